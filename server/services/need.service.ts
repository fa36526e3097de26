import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, NeedPriority, NeedStatus } from '../domain/enums';
import { Need } from '../entities/need.entity';
import { DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { RaiseNeedInput, UpdateNeedInput } from '../resolvers/inputs/raise-need.input';
import { findOr404, ServiceDeps } from './service-context';

const RECORDERS = [MembershipRole.SECRETARY, MembershipRole.COMMITTEE_MEMBER];

/** Allowed need status moves: OPEN → MATCHED → CLOSED. */
const NEED_TRANSITIONS: Record<NeedStatus, NeedStatus[]> = {
  [NeedStatus.OPEN]: [NeedStatus.MATCHED],
  [NeedStatus.MATCHED]: [NeedStatus.CLOSED],
  [NeedStatus.CLOSED]: [],
};

/** The needs list (需求清单). */
export class NeedService {
  constructor(private readonly deps: ServiceDeps) {}

  async raise(viewer: Viewer, input: RaiseNeedInput): Promise<Need> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRole(allianceId, RECORDERS);
    return this.deps.change(
      viewer,
      { mutation: 'raiseNeed', idempotencyKey: input.idempotencyKey, input, load: (m, id) => findOr404(m, Need, id, 'The need') },
      async (m) => {
        const repo = m.getRepository(Need);
        const need = await repo.save(
          repo.create({
            allianceId,
            title: input.title,
            description: input.description ?? '',
            category: input.category,
            priority: input.priority ?? NeedPriority.MEDIUM,
            createdById: viewer.user!.id,
          }),
        );
        return {
          result: need,
          event: {
            allianceId,
            type: EventType.NEED_RAISED,
            entityType: 'Need',
            entityId: need.id,
            payload: { title: need.title, category: need.category, priority: need.priority },
          },
        };
      },
    );
  }

  async update(viewer: Viewer, input: UpdateNeedInput): Promise<Need> {
    const id = decodeId(input.needId, 'Need', 'needId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'updateNeed' }, async (m) => {
      const need = await findOr404(m, Need, id, 'The need', 'pessimistic_write');
      viewer.requireRole(need.allianceId, RECORDERS, 'The need');
      const from = need.status;
      if (input.status && input.status !== need.status) {
        if (!NEED_TRANSITIONS[need.status].includes(input.status)) {
          throw new DomainError(ErrorCode.INVALID_TRANSITION, `A need that is ${need.status} cannot become ${input.status}`);
        }
        need.status = input.status;
      }
      if (input.title !== undefined && input.title !== null) need.title = input.title;
      if (input.description !== undefined && input.description !== null) need.description = input.description;
      if (input.category) need.category = input.category;
      if (input.priority) need.priority = input.priority;
      const saved = await m.getRepository(Need).save(need);
      return {
        result: saved,
        event: {
          allianceId: need.allianceId,
          type: EventType.NEED_UPDATED,
          entityType: 'Need',
          entityId: need.id,
          payload: { title: need.title, from, to: need.status },
        },
      };
    });
  }
}
