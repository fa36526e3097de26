import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AllianceStatsRow, queryAllianceStats } from '../services/stats.query';

/** Stats of many alliances in one statement per batch. */
export function allianceStatsLoader(ds: DataSource) {
  return new DataLoader<string, AllianceStatsRow>(async (ids) => {
    const rows = await queryAllianceStats(ds, [...ids]);
    return ids.map((id) => rows.get(id)!);
  });
}
