import { createHash, randomInt } from 'node:crypto';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, NeedCategory, NeedPriority, NeedStatus } from '../domain/enums';
import { FeedbackStatus } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Feedback } from '../entities/feedback.entity';
import { Need } from '../entities/need.entity';
import { DomainError, ErrorCode, notFound } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { AnswerFeedbackInput, ConvertFeedbackToNeedInput, SubmitFeedbackInput } from '../resolvers/inputs/feedback.input';
import { findOr404, ServiceDeps } from './service-context';

/** Submissions one address may make per window (across alliances). */
export const FEEDBACK_LIMIT = 5;
export const FEEDBACK_WINDOW_MINUTES = 60;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no I, O, 0, 1
const CODE_RE = /^[A-Z2-9]{12}$/;

/** 12 characters from a 32-letter alphabet: 60 random bits, easy to read out over the phone. */
export function newTrackingCode(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

export const STANDARD_CONVERSION_REPLY = '您的反馈已转为社区需求，大工委将组织成员单位共同办理。';

/**
 * Residents' feedback (反馈机制). Anyone may submit (no login), at most FEEDBACK_LIMIT per address per
 * hour; the resident keeps the tracking code to follow it. The secretary answers it or turns it into a
 * need; the time to that first response feeds the stats.
 */
export class FeedbackService {
  constructor(private readonly deps: ServiceDeps) {}

  async submit(viewer: Viewer, input: SubmitFeedbackInput, clientAddress: string | undefined): Promise<Feedback> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    const addressHash = createHash('sha256').update(`gongjian-feedback:${clientAddress ?? 'unknown'}`).digest('hex');
    return this.deps.change(viewer, { mutation: 'submitFeedback' }, async (m) => {
      if (!(await m.getRepository(Alliance).existsBy({ id: allianceId }))) throw notFound('The alliance');
      // Serialise submissions from one address so parallel requests cannot slip past the limit.
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`feedback:${addressHash}`]);
      const [{ n }] = await m.query(
        `SELECT count(*)::int AS n FROM feedback WHERE address_hash = $1 AND created_at > now() - make_interval(mins => $2)`,
        [addressHash, FEEDBACK_WINDOW_MINUTES],
      );
      if (n >= FEEDBACK_LIMIT) {
        throw new DomainError(
          ErrorCode.TOO_MANY_REQUESTS,
          `At most ${FEEDBACK_LIMIT} submissions per hour from one address; please try again later`,
        );
      }
      const repo = m.getRepository(Feedback);
      const feedback = await repo.save(
        repo.create({
          allianceId,
          trackingCode: newTrackingCode(),
          category: input.category ?? NeedCategory.OTHER,
          content: input.content,
          contact: input.contact?.trim() ? input.contact.trim() : null,
          addressHash,
          status: FeedbackStatus.RECEIVED,
          reply: null,
          needId: null,
          respondedById: null,
          respondedAt: null,
        }),
      );
      return {
        result: feedback,
        event: {
          allianceId,
          type: EventType.FEEDBACK_SUBMITTED,
          entityType: 'Feedback',
          entityId: feedback.id,
          // Neither the contact nor the address goes into the log.
          payload: { category: feedback.category },
        },
      };
    });
  }

  /** The resident's view by tracking code (anyone holding the code); null for an unknown code. */
  async track(code: string): Promise<Feedback | null> {
    const normalized = typeof code === 'string' ? code.trim().toUpperCase() : '';
    if (!CODE_RE.test(normalized)) return null;
    return this.deps.ds.getRepository(Feedback).findOneBy({ trackingCode: normalized });
  }

  async answer(viewer: Viewer, input: AnswerFeedbackInput): Promise<Feedback> {
    const id = decodeId(input.feedbackId, 'Feedback', 'feedbackId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'answerFeedback' }, async (m) => {
      const f = await findOr404(m, Feedback, id, 'The feedback', 'pessimistic_write');
      viewer.requireRole(f.allianceId, [MembershipRole.SECRETARY], 'The feedback');
      if (f.status !== FeedbackStatus.RECEIVED) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `This feedback is already ${f.status}`, { from: f.status, to: FeedbackStatus.ANSWERED });
      }
      f.status = FeedbackStatus.ANSWERED;
      f.reply = input.reply;
      f.respondedById = viewer.user!.id;
      f.respondedAt = new Date();
      const saved = await m.getRepository(Feedback).save(f);
      return {
        result: saved,
        event: {
          allianceId: f.allianceId,
          type: EventType.FEEDBACK_ANSWERED,
          entityType: 'Feedback',
          entityId: f.id,
          payload: { category: f.category, responseMinutes: Math.round((f.respondedAt.getTime() - f.createdAt.getTime()) / 60000) },
        },
      };
    });
  }

  /** Triage into the needs list: a new OPEN need linked to the feedback, with a reply to the resident. */
  async convert(viewer: Viewer, input: ConvertFeedbackToNeedInput): Promise<Feedback> {
    const id = decodeId(input.feedbackId, 'Feedback', 'feedbackId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'convertFeedbackToNeed' }, async (m) => {
      const f = await findOr404(m, Feedback, id, 'The feedback', 'pessimistic_write');
      viewer.requireRole(f.allianceId, [MembershipRole.SECRETARY], 'The feedback');
      if (f.status !== FeedbackStatus.RECEIVED) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `This feedback is already ${f.status}`, { from: f.status, to: FeedbackStatus.CONVERTED });
      }
      const needRepo = m.getRepository(Need);
      const need = await needRepo.save(
        needRepo.create({
          allianceId: f.allianceId,
          title: input.title,
          description: f.content,
          category: input.category ?? f.category,
          priority: input.priority ?? NeedPriority.MEDIUM,
          status: NeedStatus.OPEN,
          createdById: viewer.user!.id,
        }),
      );
      f.status = FeedbackStatus.CONVERTED;
      f.needId = need.id;
      f.reply = input.reply?.trim() ? input.reply : STANDARD_CONVERSION_REPLY;
      f.respondedById = viewer.user!.id;
      f.respondedAt = new Date();
      const saved = await m.getRepository(Feedback).save(f);
      return {
        result: saved,
        event: {
          allianceId: f.allianceId,
          type: EventType.FEEDBACK_CONVERTED,
          entityType: 'Feedback',
          entityId: f.id,
          payload: {
            needId: need.id,
            needTitle: need.title,
            category: need.category,
            responseMinutes: Math.round((f.respondedAt.getTime() - f.createdAt.getTime()) / 60000),
          },
        },
      };
    });
  }
}
