import { Viewer } from '../auth/viewer';
import { EventType, OrganizationKind, OrganizationSector, OrganizationStatus } from '../domain/enums';
import { Organization } from '../entities/organization.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { AddOrganizationInput } from '../resolvers/inputs/add-organization.input';
import { findOr404, ServiceDeps } from './service-context';

/** Member organizations of an alliance. */
export class OrganizationService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Secretaries (and admins) admit member units and social organizations. */
  async add(viewer: Viewer, input: AddOrganizationInput): Promise<Organization> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireSecretaryOrAdmin(allianceId);
    if (input.kind === OrganizationKind.PARTY_COMMITTEE) {
      throw badInput('kind', 'An alliance has exactly one party committee, created with the alliance');
    }
    return this.deps.change(
      viewer,
      {
        mutation: 'addOrganization',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, id) => findOr404(m, Organization, id, 'The organization'),
      },
      async (m) => {
        const repo = m.getRepository(Organization);
        const org = await repo.save(
          repo.create({
            allianceId,
            name: input.name,
            kind: input.kind,
            sector: input.sector ?? OrganizationSector.OTHER,
            partyOrgName: input.partyOrgName ?? null,
          }),
        );
        return {
          result: org,
          event: {
            allianceId,
            type: EventType.ORGANIZATION_ADDED,
            entityType: 'Organization',
            entityId: org.id,
            payload: { name: org.name, kind: org.kind, sector: org.sector },
          },
        };
      },
    );
  }

  /** Suspends or reinstates a member (not the party committee, which leads the alliance). */
  async setStatus(viewer: Viewer, organizationGid: string, status: OrganizationStatus, reason?: string): Promise<Organization> {
    const id = decodeId(organizationGid, 'Organization', 'organizationId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'setOrganizationStatus' }, async (m) => {
      const org = await findOr404(m, Organization, id, 'The organization', 'pessimistic_write');
      viewer.requireSecretaryOrAdmin(org.allianceId, 'The organization');
      if (org.kind === OrganizationKind.PARTY_COMMITTEE) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The party committee leads the alliance and cannot be suspended');
      }
      const allowed =
        (org.status === OrganizationStatus.ACTIVE && status === OrganizationStatus.SUSPENDED) ||
        (org.status === OrganizationStatus.SUSPENDED && status === OrganizationStatus.ACTIVE);
      if (!allowed) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `An organization that is ${org.status} cannot become ${status}`);
      }
      const from = org.status;
      org.status = status;
      await m.getRepository(Organization).update({ id }, { status });
      return {
        result: org,
        event: {
          allianceId: org.allianceId,
          type: EventType.ORGANIZATION_UPDATED,
          entityType: 'Organization',
          entityId: org.id,
          payload: { name: org.name, from, to: status, reason: reason ?? null },
        },
      };
    });
  }
}
