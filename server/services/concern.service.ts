import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole } from '../domain/enums';
import { CONCERN_TARGET_TYPES, ConcernStatus, ConcernTargetType } from '../domain/notification.enums';
import { Concern } from '../entities/concern.entity';
import { badInput, DomainError, ErrorCode, notFound } from '../errors';
import { fromGlobalId } from '../graphql/global-id';
import type { AnswerConcernInput, RaiseConcernInput } from '../resolvers/inputs/concern.input';
import { findOr404, ServiceDeps } from './service-context';

/** Who may raise a concern (DESIGN.md: "raise concerns" — admin, secretary, supervisor). */
const RAISERS = [MembershipRole.SUPERVISOR, MembershipRole.SECRETARY];

/** Per target type: the table, and a label for messages. */
const TARGETS: Record<ConcernTargetType, { sql: string }> = {
  Project: { sql: 'SELECT alliance_id, title AS label FROM projects WHERE id = $1' },
  Pledge: { sql: `SELECT p.alliance_id, o.name || ' → ' || pr.title AS label FROM pledges p JOIN organizations o ON o.id = p.organization_id JOIN projects pr ON pr.id = p.project_id WHERE p.id = $1` },
  Decision: { sql: 'SELECT alliance_id, title AS label FROM decisions WHERE id = $1' },
  Need: { sql: 'SELECT alliance_id, title AS label FROM needs WHERE id = $1' },
  Resource: { sql: 'SELECT alliance_id, name AS label FROM resources WHERE id = $1' },
  Organization: { sql: 'SELECT alliance_id, name AS label FROM organizations WHERE id = $1' },
  Requirement: { sql: 'SELECT q.alliance_id, pr.title AS label FROM requirements q JOIN projects pr ON pr.id = q.project_id WHERE q.id = $1' },
  Membership: { sql: 'SELECT m.alliance_id, u.name AS label FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = $1' },
};

/** Supervision concerns (监督意见): raised on the record, answered by the secretary. */
export class ConcernService {
  constructor(private readonly deps: ServiceDeps) {}

  private async target(m: EntityManager, viewer: Viewer, globalId: string) {
    const decoded = fromGlobalId(globalId);
    if (!decoded || !(CONCERN_TARGET_TYPES as readonly string[]).includes(decoded.type)) {
      throw badInput('targetId', 'targetId must be the id of a project, pledge, need, resource, organization, requirement or membership');
    }
    const type = decoded.type as ConcernTargetType;
    const [row]: { alliance_id: string; label: string }[] = await m.query(TARGETS[type].sql, [decoded.id]);
    if (!row || !viewer.canRead(row.alliance_id)) throw new DomainError(ErrorCode.NOT_FOUND, 'The target was not found', { field: 'targetId' });
    return { type, id: decoded.id, allianceId: row.alliance_id, label: row.label };
  }

  async raise(viewer: Viewer, input: RaiseConcernInput): Promise<Concern> {
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'raiseConcern' }, async (m) => {
      const t = await this.target(m, viewer, input.targetId);
      viewer.requireRole(t.allianceId, RAISERS, 'The target', true);
      const repo = m.getRepository(Concern);
      const concern = await repo.save(
        repo.create({ allianceId: t.allianceId, targetType: t.type, targetId: t.id, text: input.text, raisedById: viewer.user!.id, status: ConcernStatus.OPEN, answer: null, answeredById: null, answeredAt: null }),
      );
      return {
        result: concern,
        event: {
          allianceId: t.allianceId,
          type: EventType.CONCERN_RAISED,
          entityType: 'Concern',
          entityId: concern.id,
          payload: { targetType: t.type, targetLabel: t.label, text: input.text.slice(0, 200) },
        },
      };
    });
  }

  async answer(viewer: Viewer, input: AnswerConcernInput): Promise<Concern> {
    const decoded = fromGlobalId(input.concernId);
    if (!decoded || decoded.type !== 'Concern') throw badInput('concernId', 'concernId is not a valid Concern id');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'answerConcern' }, async (m) => {
      const concern = await findOr404(m, Concern, decoded.id, 'The concern', 'pessimistic_write');
      if (!viewer.canRead(concern.allianceId)) throw notFound('The concern');
      viewer.requireSecretaryOrAdmin(concern.allianceId, 'The concern');
      if (concern.status !== ConcernStatus.OPEN) throw new DomainError(ErrorCode.CONFLICT, 'This concern has already been answered');
      concern.status = ConcernStatus.ANSWERED;
      concern.answer = input.answer;
      concern.answeredById = viewer.user!.id;
      concern.answeredAt = new Date();
      const saved = await m.getRepository(Concern).save(concern);
      return {
        result: saved,
        event: {
          allianceId: concern.allianceId,
          type: EventType.CONCERN_ANSWERED,
          entityType: 'Concern',
          entityId: concern.id,
          payload: { text: concern.text.slice(0, 200), answer: input.answer.slice(0, 200) },
        },
      };
    });
  }
}
