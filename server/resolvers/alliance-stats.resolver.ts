import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../entities/organization.entity';
import { GqlContext } from '../graphql/context';
import { AllianceStatsRow } from '../services/stats.query';
import { AllianceStats, ContributorStats } from './types/alliance-stats.type';

/** Shapes the stats row for GraphQL (the rate is derived, contributors resolved through a loader). */
export function toAllianceStats(row: AllianceStatsRow): AllianceStats {
  return Object.assign(new AllianceStats(), row, {
    fulfilmentRate: row.activePledges ? Math.round((row.fulfilledPledges / row.activePledges) * 10000) / 10000 : 0,
    topContributors: row.topContributors.map((c) => Object.assign(new ContributorStats(), c)),
  });
}

@Resolver(() => ContributorStats)
export class ContributorStatsResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() c: ContributorStats, @Ctx() ctx: GqlContext): Promise<Organization> {
    const row = (c as ContributorStats & { organization?: Organization }).organization;
    if (row) {
      ctx.loaders.organization.prime(row.id, row);
      return row;
    }
    return (await ctx.loaders.organization.load(c.organizationId))!;
  }
}
