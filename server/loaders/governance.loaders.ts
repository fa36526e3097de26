import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DecisionStageKind } from '../domain/governance.enums';
import { Decision, DecisionSettings, DecisionStage } from '../entities/decision.entity';
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
