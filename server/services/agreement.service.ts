import { In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, OrganizationStatus } from '../domain/enums';
import { Agreement, AgreementParty } from '../entities/agreement.entity';
import { Alliance } from '../entities/alliance.entity';
import { Organization } from '../entities/organization.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { CreateAgreementInput, RenewAgreementInput, ReviewAgreementInput } from '../resolvers/inputs/agreement.input';
import { addMonths } from './points.service';
import { findOr404, ServiceDeps } from './service-context';

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Co-building agreements (共建协议): parties and commitments, a term and a review cadence. The alliance's
 * secretary signs, reviews and renews them; a platform admin, who is no party's member, does not.
 */
export class AgreementService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(viewer: Viewer, input: CreateAgreementInput): Promise<Agreement> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRole(allianceId, [MembershipRole.SECRETARY]);
    const parties = input.parties.map((p, i) => ({ organizationId: decodeId(p.organizationId, 'Organization', `parties.${i}.organizationId`), commitment: p.commitment }));
    if (new Set(parties.map((p) => p.organizationId)).size !== parties.length) throw badInput('parties', 'Each organization may be a party only once');
    if (!validDate(input.startsOn)) throw badInput('startsOn', 'startsOn is not a calendar date');
    if (!validDate(input.endsOn)) throw badInput('endsOn', 'endsOn is not a calendar date');
    if (input.endsOn <= input.startsOn) throw badInput('endsOn', 'endsOn must be after startsOn');
    return this.deps.change(viewer, { mutation: 'createAgreement' }, async (m) => {
      await findOr404(m, Alliance, allianceId, 'The alliance');
      const orgs = await m.getRepository(Organization).findBy({ id: In(parties.map((p) => p.organizationId)) });
      if (orgs.length !== parties.length || orgs.some((o) => o.allianceId !== allianceId)) {
        throw new DomainError(ErrorCode.NOT_FOUND, 'Some parties were not found in this alliance', { field: 'parties' });
      }
      const inactive = orgs.find((o) => o.status !== OrganizationStatus.ACTIVE);
      if (inactive) throw badInput('parties', `${inactive.name} is ${inactive.status}`);
      const repo = m.getRepository(Agreement);
      const agreement = await repo.save(
        repo.create({
          allianceId,
          title: input.title,
          description: input.description ?? '',
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          reviewEveryMonths: input.reviewEveryMonths,
          nextReviewOn: addMonths(input.startsOn, input.reviewEveryMonths),
          lastReviewedAt: null,
          lastReviewNote: null,
        }),
      );
      await m.getRepository(AgreementParty).insert(parties.map((p, position) => ({ agreementId: agreement.id, ...p, position })));
      return {
        result: agreement,
        event: {
          allianceId,
          type: EventType.AGREEMENT_CREATED,
          entityType: 'Agreement',
          entityId: agreement.id,
          payload: { title: agreement.title, parties: orgs.map((o) => o.name), endsOn: agreement.endsOn },
        },
      };
    });
  }

  /** Records a review; the next one falls due a cadence after the one just done. */
  async review(viewer: Viewer, input: ReviewAgreementInput): Promise<Agreement> {
    const id = decodeId(input.agreementId, 'Agreement', 'agreementId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'reviewAgreement' }, async (m) => {
      const a = await findOr404(m, Agreement, id, 'The agreement', 'pessimistic_write');
      viewer.requireRole(a.allianceId, [MembershipRole.SECRETARY], 'The agreement');
      const reviewed = a.nextReviewOn;
      a.nextReviewOn = addMonths(a.nextReviewOn, a.reviewEveryMonths);
      a.lastReviewedAt = new Date();
      a.lastReviewNote = input.note;
      const saved = await m.getRepository(Agreement).save(a);
      return {
        result: saved,
        event: {
          allianceId: a.allianceId,
          type: EventType.AGREEMENT_REVIEWED,
          entityType: 'Agreement',
          entityId: a.id,
          payload: { title: a.title, reviewed, nextReviewOn: a.nextReviewOn },
        },
      };
    });
  }

  async renew(viewer: Viewer, input: RenewAgreementInput): Promise<Agreement> {
    const id = decodeId(input.agreementId, 'Agreement', 'agreementId');
    if (!validDate(input.endsOn)) throw badInput('endsOn', 'endsOn is not a calendar date');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'renewAgreement' }, async (m) => {
      const a = await findOr404(m, Agreement, id, 'The agreement', 'pessimistic_write');
      viewer.requireRole(a.allianceId, [MembershipRole.SECRETARY], 'The agreement');
      if (input.endsOn <= a.endsOn) throw badInput('endsOn', `endsOn must be after the current end ${a.endsOn}`);
      const from = a.endsOn;
      a.endsOn = input.endsOn;
      const saved = await m.getRepository(Agreement).save(a);
      return {
        result: saved,
        event: { allianceId: a.allianceId, type: EventType.AGREEMENT_RENEWED, entityType: 'Agreement', entityId: a.id, payload: { title: a.title, from, to: a.endsOn } },
      };
    });
  }
}
