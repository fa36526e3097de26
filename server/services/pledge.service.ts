import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { sqlLiteral } from '../db/sql-literal';
import { EventType, MembershipRole, PledgeStatus } from '../domain/enums';
import { Pledge } from '../entities/pledge.entity';
import { badInput, DomainError, ErrorCode, forbidden } from '../errors';
import { decodeId } from '../graphql/global-id';
import type {
  FulfillPledgeInput,
  PledgeResourceInput,
  RejectPledgeInput,
  WithdrawPledgeInput,
} from '../resolvers/inputs/pledge.input';
import { BatchCounters, BatchLimits, PledgeBatcher } from './pledge-batcher';
import {
  capacityExceeded,
  checkPledge,
  newPledge,
  pledgeCreatedEvent,
  PledgeReadRow,
  PledgeRequest,
  ResourceRow,
} from './pledge-rules';
import { PointsService } from './points.service';
import { findOr404, ServiceDeps } from './service-context';

/** SQLSTATE raised by `gongjian_pledge_write` (migration 1765400000000) when the resource had no room. */
const CAPACITY_EXCEEDED_SQLSTATE = 'GJ001';

function isCapacityRefusal(err: unknown): boolean {
  const e = err as { driverError?: { code?: string }; code?: string };
  return (e.driverError?.code ?? e.code) === CAPACITY_EXCEEDED_SQLSTATE;
}

/**
 * Pledges: a unit promises part of one of its resources to a project's requirement.
 *
 * Capacity is enforced by one conditional UPDATE on the resource's `pledged` counter
 * (`… WHERE capacity - pledged >= $q`): under READ COMMITTED a concurrent pledge waits for the row
 * lock and re-evaluates the condition on the committed row, so no interleaving can over-commit; the
 * table's CHECK (pledged <= capacity) is the backstop. Lock order everywhere: project, pledge,
 * resource, requirement, organization (contributions), alliance (event sequence) — so these
 * transactions cannot deadlock; a batch of pledges takes each kind in id order (migration 1765600000000).
 */
export class PledgeService {
  private readonly batcher: PledgeBatcher;

  /** `batches` overrides how pledges are batched (PledgeBatcher's defaults otherwise). */
  constructor(
    private readonly deps: ServiceDeps,
    batches?: Partial<BatchLimits>,
  ) {
    this.batcher = new PledgeBatcher(deps, (viewer, request) => this.pledgeAlone(viewer, request), batches);
  }

  /** What the pledge batcher has done since the service started (metrics, tests). */
  get batchCounters(): Readonly<BatchCounters> {
    return this.batcher.counters;
  }

  /**
   * Pledges part of a resource to a requirement. Without an idempotency key the pledge joins whatever
   * pledges arrive while earlier ones are being written (PledgeBatcher: one transaction for them all,
   * each still checked and refused on its own); with one, it runs in its own transaction, where the
   * key is claimed.
   */
  async pledge(viewer: Viewer, input: PledgeResourceInput): Promise<Pledge> {
    const request: PledgeRequest = {
      requirementId: decodeId(input.requirementId, 'Requirement', 'requirementId'),
      resourceId: decodeId(input.resourceId, 'Resource', 'resourceId'),
      quantity: Math.trunc(input.quantity),
      note: input.note ?? null,
    };
    viewer.requireUser();
    if (input.idempotencyKey) return this.pledgeAlone(viewer, request, input);
    return this.batcher.submit(viewer, request);
  }

  /** One pledge in its own transaction (ServiceDeps.change), claiming its idempotency key if it has one. */
  private async pledgeAlone(viewer: Viewer, request: PledgeRequest, input?: PledgeResourceInput): Promise<Pledge> {
    // What the capacity refusal needs to say how much is left, once the transaction has failed.
    let refused: ResourceRow | null = null;
    return this.deps.change(
      viewer,
      {
        mutation: 'pledgeResource',
        idempotencyKey: input?.idempotencyKey,
        input,
        load: (m, id) => findOr404(m, Pledge, id, 'The pledge'),
      },
      async (m) => {
        // One round trip for both rows (the project row share-locked first, as everywhere): the locking
        // read of gongjian_pledge_read, called with literals (ids are checked UUIDs) so the transaction's
        // BEGIN travels with it (ServiceDeps).
        const [row]: PledgeReadRow[] = await m.query(
          `SELECT * FROM gongjian_pledge_read(${sqlLiteral(request.requirementId)}::uuid, ${sqlLiteral(request.resourceId)}::uuid)`,
        );
        const { req, res } = checkPledge(viewer, row);
        // Capacity, the requirement's counter and the pledge row in one statement (gongjian_pledge_write),
        // sent with the event and the COMMIT in the transaction's last round trip: the resource row
        // (locked first, by its conditional UPDATE), the requirement and the alliance's sequence row are
        // held for the commit only — on a hot resource that lock is what every pledge queues behind.
        // Nothing is written unless the resource had room; if it had none, the function raises
        // (CAPACITY_EXCEEDED_SQLSTATE) and the transaction fails with it. The row is known in advance:
        // its id is made here and `now()` is the transaction's timestamp, read above.
        const pledge = newPledge(viewer, req, res, request, row.tx_now);
        refused = res;
        const ids = [pledge.id, req.alliance_id, req.id, req.project_id, res.id, res.organization_id, pledge.pledgedById];
        const final = `SELECT gongjian_pledge_write(${ids.map((id) => `${sqlLiteral(id)}::uuid`).join(', ')}, ${request.quantity}, ${sqlLiteral(pledge.note)})`;
        return { result: pledge, final, event: pledgeCreatedEvent(pledge, req, res) };
      },
    ).catch(async (err: unknown) => {
      if (refused && isCapacityRefusal(err)) await this.refuseCapacity(this.deps.ds.manager, refused, request.quantity);
      throw err;
    });
  }

  /** CAPACITY_EXCEEDED with what is left (after a conditional UPDATE found no room). */
  private async refuseCapacity(m: EntityManager, res: ResourceRow, quantity: number): Promise<never> {
    const [now]: { available: number }[] = await m.query('SELECT capacity - pledged AS available FROM resources WHERE id = $1', [res.id]);
    throw capacityExceeded(res, now?.available ?? null, quantity);
  }

  /** Loads a pledge for a status change, locked, with the secretary check of its alliance. */
  private async lockForSecretary(m: EntityManager, viewer: Viewer, pledgeId: string): Promise<Pledge> {
    const pledge = await findOr404(m, Pledge, pledgeId, 'The pledge', 'pessimistic_write');
    viewer.requireRole(pledge.allianceId, [MembershipRole.SECRETARY], 'The pledge');
    return pledge;
  }

  private static refuse(pledge: Pledge, to: PledgeStatus): never {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `A pledge that is ${pledge.status} cannot become ${to}`, {
      from: pledge.status,
      to,
    });
  }

  /** Gives an active pledge's quantity back to its resource and requirement. */
  private async release(m: EntityManager, pledge: Pledge): Promise<void> {
    await m.query('UPDATE resources SET pledged = pledged - $2, updated_at = now() WHERE id = $1', [pledge.resourceId, pledge.quantity]);
    await m.query('UPDATE requirements SET pledged = pledged - $2 WHERE id = $1', [pledge.requirementId, pledge.quantity]);
  }

  private async setStatus(m: EntityManager, pledge: Pledge, patch: Partial<Pledge>): Promise<Pledge> {
    Object.assign(pledge, patch, { updatedAt: new Date() });
    await m.getRepository(Pledge).update({ id: pledge.id }, { ...patch, updatedAt: pledge.updatedAt });
    return pledge;
  }

  private event(pledge: Pledge, type: EventType, payload: Record<string, unknown>) {
    return {
      allianceId: pledge.allianceId,
      type,
      entityType: 'Pledge' as const,
      entityId: pledge.id,
      payload: { projectId: pledge.projectId, quantity: pledge.quantity, ...payload },
    };
  }

  async confirm(viewer: Viewer, input: { pledgeId: string }): Promise<Pledge> {
    const id = decodeId(input.pledgeId, 'Pledge', 'pledgeId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'confirmPledge' }, async (m) => {
      const pledge = await this.lockForSecretary(m, viewer, id);
      if (pledge.status !== PledgeStatus.PLEDGED) PledgeService.refuse(pledge, PledgeStatus.CONFIRMED);
      await this.setStatus(m, pledge, { status: PledgeStatus.CONFIRMED });
      return { result: pledge, event: this.event(pledge, EventType.PLEDGE_CONFIRMED, {}) };
    });
  }

  async reject(viewer: Viewer, input: RejectPledgeInput): Promise<Pledge> {
    const id = decodeId(input.pledgeId, 'Pledge', 'pledgeId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'rejectPledge' }, async (m) => {
      const pledge = await this.lockForSecretary(m, viewer, id);
      if (pledge.status !== PledgeStatus.PLEDGED) PledgeService.refuse(pledge, PledgeStatus.REJECTED);
      await this.release(m, pledge);
      await this.setStatus(m, pledge, { status: PledgeStatus.REJECTED, reason: input.reason });
      return { result: pledge, event: this.event(pledge, EventType.PLEDGE_REJECTED, { reason: input.reason }) };
    });
  }

  /** The pledging organization's representatives withdraw a pledge not yet fulfilled. */
  async withdraw(viewer: Viewer, input: WithdrawPledgeInput): Promise<Pledge> {
    const id = decodeId(input.pledgeId, 'Pledge', 'pledgeId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'withdrawPledge' }, async (m) => {
      const pledge = await findOr404(m, Pledge, id, 'The pledge', 'pessimistic_write');
      const membership = viewer.requireRole(pledge.allianceId, [MembershipRole.UNIT_REPRESENTATIVE], 'The pledge');
      if (membership?.organizationId !== pledge.organizationId) {
        throw forbidden('Only a representative of the pledging organization may withdraw this pledge');
      }
      if (pledge.status !== PledgeStatus.PLEDGED && pledge.status !== PledgeStatus.CONFIRMED) {
        PledgeService.refuse(pledge, PledgeStatus.WITHDRAWN);
      }
      await this.release(m, pledge);
      await this.setStatus(m, pledge, { status: PledgeStatus.WITHDRAWN, reason: input.reason });
      return { result: pledge, event: this.event(pledge, EventType.PLEDGE_WITHDRAWN, { reason: input.reason }) };
    });
  }

  /**
   * Records delivery of a confirmed pledge: at most the pledged quantity; the points it earns are
   * awarded in the same transaction. With an idempotency key a retry returns the fulfilled pledge
   * instead of INVALID_TRANSITION, and nothing is delivered or counted twice.
   */
  async fulfill(viewer: Viewer, input: FulfillPledgeInput): Promise<Pledge> {
    const id = decodeId(input.pledgeId, 'Pledge', 'pledgeId');
    viewer.requireUser();
    return this.deps.change(
      viewer,
      { mutation: 'fulfillPledge', idempotencyKey: input.idempotencyKey, input, load: (m, pid) => findOr404(m, Pledge, pid, 'The pledge') },
      async (m) => {
        const pledge = await this.lockForSecretary(m, viewer, id);
        if (pledge.status !== PledgeStatus.CONFIRMED) PledgeService.refuse(pledge, PledgeStatus.FULFILLED);
        if (input.deliveredQuantity > pledge.quantity) {
          throw badInput('deliveredQuantity', `deliveredQuantity may be at most the ${pledge.quantity} pledged`);
        }
        await m.query('UPDATE requirements SET fulfilled = fulfilled + $2 WHERE id = $1', [pledge.requirementId, input.deliveredQuantity]);
        await this.setStatus(m, pledge, { status: PledgeStatus.FULFILLED, deliveredQuantity: input.deliveredQuantity });
        await PointsService.awardForPledge(m, pledge, input.deliveredQuantity);
        return {
          result: pledge,
          event: this.event(pledge, EventType.PLEDGE_FULFILLED, { deliveredQuantity: input.deliveredQuantity }),
        };
      },
    );
  }
}
