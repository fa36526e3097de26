import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DecisionStageKind } from '../domain/governance.enums';
import { Decision, DecisionSettings, DecisionStage } from '../entities/decision.entity';
import { Feedback } from '../entities/feedback.entity';
import { byIdLoader, groupLoader } from './by-id.loader';
import { connectionLoader } from './connection.loader';

/** Per-request loaders of the governance features (staged decisions …). */
export function governanceLoaders(ds: DataSource) {
  return {
    decision: byIdLoader(ds, Decision),
    decisionStage: byIdLoader(ds, DecisionStage),
    decisionsByAlliance: connectionLoader(ds, Decision, 'allianceId'),
    decisionsByProject: groupLoader(ds, Decision, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    stagesByDecision: groupLoader(ds, DecisionStage, 'decisionId', { position: 'ASC' }),
    feedback: byIdLoader(ds, Feedback),
    feedbackByAlliance: connectionLoader(ds, Feedback, 'allianceId'),
    feedbackStats: feedbackStatsLoader(ds),
    decisionStagesByAlliance: new DataLoader<string, DecisionStageKind[] | null>(async (ids) => {
      const rows = await ds
        .getRepository(DecisionSettings)
        .createQueryBuilder('s')
        .where('s.allianceId = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const by = new Map(rows.map((r) => [r.allianceId, r.stages]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  };
}

export type GovernanceLoaders = ReturnType<typeof governanceLoaders>;

const perOperation = new WeakMap<object, GovernanceLoaders>();

/**
 * The governance loaders of one operation: created on first use and kept beside (and as long as) the
 * operation's own `loaders` object, so nothing cached outlives the operation.
 */
export function govLoaders(ctx: { loaders: object; services: { ds: DataSource } }): GovernanceLoaders {
  let l = perOperation.get(ctx.loaders);
  if (!l) {
    l = governanceLoaders(ctx.services.ds);
    perOperation.set(ctx.loaders, l);
  }
  return l;
}

/** Feedback figures of one alliance; response times in hours over answered and converted feedback. */
export interface FeedbackStatsRow {
  received: number;
  open: number;
  answered: number;
  converted: number;
  averageResponseHours: number | null;
  medianResponseHours: number | null;
  oldestOpenHours: number | null;
}

export function feedbackStatsLoader(ds: DataSource) {
  return new DataLoader<string, FeedbackStatsRow>(async (ids) => {
    const rows: (FeedbackStatsRow & { alliance_id: string })[] = await ds.query(
      `SELECT alliance_id,
              count(*)::int AS received,
              count(*) FILTER (WHERE status = 'RECEIVED')::int AS open,
              count(*) FILTER (WHERE status = 'ANSWERED')::int AS answered,
              count(*) FILTER (WHERE status = 'CONVERTED')::int AS converted,
              round((avg(extract(epoch FROM responded_at - created_at)) / 3600)::numeric, 2)::float8 AS "averageResponseHours",
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - created_at)) / 3600)::numeric, 2)::float8
                AS "medianResponseHours",
              round((max(extract(epoch FROM now() - created_at)) FILTER (WHERE status = 'RECEIVED') / 3600)::numeric, 2)::float8
                AS "oldestOpenHours"
       FROM feedback WHERE alliance_id = ANY($1) GROUP BY alliance_id`,
      [[...ids]],
    );
    const by = new Map(rows.map((r) => [r.alliance_id, r]));
    const empty: FeedbackStatsRow = {
      received: 0, open: 0, answered: 0, converted: 0, averageResponseHours: null, medianResponseHours: null, oldestOpenHours: null,
    };
    return ids.map((id) => {
      const r = by.get(id);
      if (!r) return empty;
      const { alliance_id: _a, ...rest } = r;
      return rest;
    });
  });
}
