import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, OrganizationStatus } from '../domain/enums';
import { Organization } from '../entities/organization.entity';
import { Resource } from '../entities/resource.entity';
import { DomainError, ErrorCode, forbidden } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { RegisterResourceInput, UpdateResourceInput } from '../resolvers/inputs/register-resource.input';
import { findOr404, ServiceDeps } from './service-context';

/** The resource list (资源清单): what member units offer. */
export class ResourceService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A secretary of the alliance, or a representative of the owning organization, may edit it. */
  private requireEditor(viewer: Viewer, allianceId: string, organizationId: string, what: string): void {
    viewer.requireRead(allianceId, what);
    const m = viewer.membership(allianceId);
    if (m?.role === MembershipRole.SECRETARY) return;
    if (m?.role === MembershipRole.UNIT_REPRESENTATIVE && m.organizationId === organizationId) return;
    throw forbidden('Only a secretary or a representative of the owning organization may do this');
  }

  async register(viewer: Viewer, input: RegisterResourceInput): Promise<Resource> {
    const organizationId = decodeId(input.organizationId, 'Organization', 'organizationId');
    viewer.requireUser();
    return this.deps.change(
      viewer,
      {
        mutation: 'registerResource',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, id) => findOr404(m, Resource, id, 'The resource'),
      },
      async (m) => {
        const org = await findOr404(m, Organization, organizationId, 'The organization');
        this.requireEditor(viewer, org.allianceId, org.id, 'The organization');
        if (org.status !== OrganizationStatus.ACTIVE) {
          throw new DomainError(ErrorCode.FORBIDDEN, `${org.name} is ${org.status} and cannot register resources`);
        }
        const repo = m.getRepository(Resource);
        const resource = await repo.save(
          repo.create({
            allianceId: org.allianceId,
            organizationId: org.id,
            kind: input.kind,
            name: input.name,
            unit: input.unit,
            capacity: input.capacity,
            pledged: 0,
            description: input.description ?? '',
          }),
        );
        return {
          result: resource,
          event: {
            allianceId: org.allianceId,
            type: EventType.RESOURCE_REGISTERED,
            entityType: 'Resource',
            entityId: resource.id,
            payload: { name: resource.name, organizationName: org.name, kind: resource.kind, capacity: resource.capacity, unit: resource.unit },
          },
        };
      },
    );
  }

  /** Edits a resource; lowering capacity below what is pledged is refused (the row lock makes it race-free). */
  async update(viewer: Viewer, input: UpdateResourceInput): Promise<Resource> {
    const id = decodeId(input.resourceId, 'Resource', 'resourceId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'updateResource' }, async (m) => {
      const resource = await findOr404(m, Resource, id, 'The resource', 'pessimistic_write');
      this.requireEditor(viewer, resource.allianceId, resource.organizationId, 'The resource');
      const before = resource.capacity;
      if (input.capacity !== undefined && input.capacity !== null) {
        if (input.capacity < resource.pledged) {
          throw new DomainError(
            ErrorCode.CAPACITY_EXCEEDED,
            `Capacity cannot go below the ${resource.pledged} ${resource.unit} already pledged`,
            { field: 'capacity', pledged: resource.pledged },
          );
        }
        resource.capacity = input.capacity;
      }
      if (input.name) resource.name = input.name;
      if (input.description !== undefined && input.description !== null) resource.description = input.description;
      const saved = await m.getRepository(Resource).save(resource);
      return {
        result: saved,
        event: {
          allianceId: resource.allianceId,
          type: EventType.RESOURCE_UPDATED,
          entityType: 'Resource',
          entityId: resource.id,
          payload: { name: resource.name, capacityBefore: before, capacity: resource.capacity, unit: resource.unit },
        },
      };
    });
  }
}
