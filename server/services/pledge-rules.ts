import { randomUUID } from 'node:crypto';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, OrganizationStatus, PLEDGEABLE_PROJECT_STATUSES, PledgeStatus, ProjectStatus } from '../domain/enums';
import { Pledge } from '../entities/pledge.entity';
import { badInput, DomainError, ErrorCode, forbidden, notFound } from '../errors';
import type { NewEvent } from './event.service';

/** The requirement side of a pledge's locking read (`gongjian_pledge_read`, columns prefixed q_). */
export interface RequirementRow {
  id: string;
  alliance_id: string;
  project_id: string;
  kind: string;
  unit: string;
  project_status: ProjectStatus;
  project_title: string;
}

/** The resource side of a pledge's locking read (columns prefixed r_). */
export interface ResourceRow {
  id: string;
  alliance_id: string;
  organization_id: string;
  kind: string;
  name: string;
  unit: string;
  capacity: number;
  pledged: number;
  organization_name: string;
  organization_status: OrganizationStatus;
}

/** One row of `gongjian_pledge_read` / `gongjian_pledge_read_many`. */
export type PledgeReadRow = Record<string, unknown> & { tx_now: Date };

/** What a pledge asks for, its ids decoded. */
export interface PledgeRequest {
  requirementId: string;
  resourceId: string;
  quantity: number;
  note: string | null;
}

/** Splits a locking-read row into its requirement and resource (undefined when not found). */
function splitPledgeRead(row: PledgeReadRow): { req?: RequirementRow; res?: ResourceRow } {
  const part = <T>(prefix: string): T | undefined => {
    if (row[`${prefix}id`] == null) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
    return out as T;
  };
  return { req: part<RequirementRow>('q_'), res: part<ResourceRow>('r_') };
}

/**
 * Every rule of a pledge that its locking read (one row of `gongjian_pledge_read`) can decide, in the
 * order callers see them: both rows readable, one alliance, the viewer represents the owning
 * organization, which is active, kinds match, and the project accepts pledges. Capacity is decided by
 * the write. Returns the two rows.
 */
export function checkPledge(viewer: Viewer, row: PledgeReadRow): { req: RequirementRow; res: ResourceRow } {
  const { req, res } = splitPledgeRead(row);
  if (!req || !viewer.canRead(req.alliance_id)) throw notFound('The requirement');
  if (!res || !viewer.canRead(res.alliance_id)) throw notFound('The resource');
  if (res.alliance_id !== req.alliance_id) {
    throw badInput('resourceId', 'The resource and the requirement belong to different alliances');
  }
  const membership = viewer.membership(req.alliance_id);
  if (membership?.role !== MembershipRole.UNIT_REPRESENTATIVE || membership.organizationId !== res.organization_id) {
    throw forbidden('Only a representative of the organization that owns the resource may pledge it');
  }
  if (res.organization_status !== OrganizationStatus.ACTIVE) {
    throw forbidden(`${res.organization_name} is ${res.organization_status} and cannot pledge`);
  }
  if (res.kind !== req.kind) {
    throw badInput('resourceId', `The requirement asks for ${req.kind}, but this resource is ${res.kind}`);
  }
  if (!PLEDGEABLE_PROJECT_STATUSES.includes(req.project_status)) {
    throw new DomainError(
      ErrorCode.INVALID_TRANSITION,
      `The project is ${req.project_status}; only APPROVED or IN_PROGRESS projects accept pledges`,
    );
  }
  return { req, res };
}

/** The pledge row a checked request will write: its id is made here, its time is the transaction's. */
export function newPledge(viewer: Viewer, req: RequirementRow, res: ResourceRow, request: PledgeRequest, txNow: Date): Pledge {
  return Object.assign(new Pledge(), {
    id: randomUUID(),
    allianceId: req.alliance_id,
    requirementId: req.id,
    projectId: req.project_id,
    resourceId: res.id,
    organizationId: res.organization_id,
    pledgedById: viewer.user!.id,
    quantity: request.quantity,
    deliveredQuantity: null,
    status: PledgeStatus.PLEDGED,
    note: request.note,
    reason: null,
    createdAt: txNow,
    updatedAt: txNow,
  });
}

/** The PLEDGE_CREATED event of a new pledge (what the wall screen shows without another read). */
export function pledgeCreatedEvent(pledge: Pledge, req: RequirementRow, res: ResourceRow): Omit<NewEvent, 'actorId'> {
  return {
    allianceId: pledge.allianceId,
    type: EventType.PLEDGE_CREATED,
    entityType: 'Pledge',
    entityId: pledge.id,
    payload: {
      projectId: req.project_id,
      projectTitle: req.project_title,
      organizationName: res.organization_name,
      resourceName: res.name,
      kind: res.kind,
      quantity: pledge.quantity,
      unit: res.unit,
    },
  };
}

/** CAPACITY_EXCEEDED, saying what is left of the resource (`available` null: the resource is gone). */
export function capacityExceeded(res: ResourceRow, available: number | null, quantity: number): DomainError {
  if (available === null) return notFound('The resource');
  return new DomainError(
    ErrorCode.CAPACITY_EXCEEDED,
    `Only ${available} ${res.unit} of ${res.name} are still available; ${quantity} were asked for`,
    { field: 'quantity', available, requested: quantity },
  );
}
