import { Viewer } from '../auth/viewer';
import { EventType, OrganizationKind, OrganizationSector } from '../domain/enums';
import { Alliance } from '../entities/alliance.entity';
import { Organization } from '../entities/organization.entity';
import { forbidden } from '../errors';
import { decodeCursor, encodeCursor, Page } from '../graphql/connection';
import type { CreateAllianceInput } from '../resolvers/inputs/create-alliance.input';
import { ServiceDeps } from './service-context';

/** Alliances: the tenant boundary. */
export class AllianceService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Platform admins create alliances; each comes with its community party committee. */
  async create(viewer: Viewer, input: CreateAllianceInput): Promise<Alliance> {
    viewer.requireUser();
    if (!viewer.isAdmin) throw forbidden('Only a platform administrator may create an alliance');
    return this.deps.change(
      viewer,
      {
        mutation: 'createAlliance',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, id) => m.getRepository(Alliance).findOneByOrFail({ id }),
      },
      async (m) => {
        const alliance = await m.getRepository(Alliance).save(
          m.getRepository(Alliance).create({ name: input.name, region: input.region, description: input.description ?? '' }),
        );
        await m.getRepository(Organization).save(
          m.getRepository(Organization).create({
            allianceId: alliance.id,
            name: input.partyCommitteeName,
            kind: OrganizationKind.PARTY_COMMITTEE,
            sector: OrganizationSector.AGENCY,
            partyOrgName: input.partyCommitteeName,
          }),
        );
        return {
          result: alliance,
          event: {
            allianceId: alliance.id,
            type: EventType.ALLIANCE_CREATED,
            entityType: 'Alliance',
            entityId: alliance.id,
            payload: { name: alliance.name, region: alliance.region },
          },
        };
      },
    );
  }

  /** Alliances the viewer may read (all for admins), newest first. */
  async list(viewer: Viewer, first: number, after?: string | null): Promise<Page<Alliance>> {
    const afterId = decodeCursor(after);
    if (!viewer.user) return new Page<Alliance>([], false, false, (a) => encodeCursor(a.id), async () => 0);
    const repo = this.deps.ds.getRepository(Alliance);
    const scope = (qb: ReturnType<typeof repo.createQueryBuilder>) =>
      viewer.isAdmin ? qb : qb.where('a.id = ANY(:mine)', { mine: [...viewer.memberships.keys()] });
    const qb = scope(repo.createQueryBuilder('a'));
    if (afterId) qb.andWhere('(a.created_at, a.id) < (SELECT created_at, id FROM alliances WHERE id = :afterId)', { afterId });
    const rows = await qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(first + 1).getMany();
    return new Page(rows.slice(0, first), rows.length > first, afterId !== null, (a) => encodeCursor(a.id), () =>
      scope(repo.createQueryBuilder('a')).getCount(),
    );
  }
}
