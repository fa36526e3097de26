import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, OrganizationStatus } from '../domain/enums';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { GrantMembershipInput } from '../resolvers/inputs/grant-membership.input';
import { AuthService } from './auth.service';
import { findOr404, ServiceDeps } from './service-context';

const NEEDS_ORGANIZATION = [MembershipRole.COMMITTEE_MEMBER, MembershipRole.UNIT_REPRESENTATIVE];

/** Who holds which role in an alliance. */
export class MembershipService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly auth: AuthService,
  ) {}

  /**
   * Grants (or changes) a user's role in an alliance, creating the user when the email is new.
   * Admins may appoint anyone, including the first secretary; secretaries manage their own alliance.
   */
  async grant(viewer: Viewer, input: GrantMembershipInput): Promise<Membership> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireSecretaryOrAdmin(allianceId);
    const organizationId = input.organizationId ? decodeId(input.organizationId, 'Organization', 'organizationId') : null;
    if (NEEDS_ORGANIZATION.includes(input.role) && !organizationId) {
      throw badInput('organizationId', `A ${input.role} must belong to an organization: give organizationId`);
    }
    if (input.termStart && input.termEnd && input.termEnd < input.termStart) {
      throw badInput('termEnd', 'termEnd must not be before termStart');
    }
    return this.afterCommit(this.deps.change(viewer, { mutation: 'grantMembership' }, async (m) => {
      if (organizationId) {
        const org = await m.getRepository(Organization).findOneBy({ id: organizationId });
        if (!org || org.allianceId !== allianceId) {
          throw new DomainError(ErrorCode.NOT_FOUND, 'The organization was not found in this alliance', { field: 'organizationId' });
        }
        if (org.status !== OrganizationStatus.ACTIVE) throw badInput('organizationId', `The organization is ${org.status}`);
      }
      const { user, created } = await this.auth.findOrCreateUser(m, input.email, input.name, input.password);
      const repo = m.getRepository(Membership);
      const existing = await repo.findOne({ where: { allianceId, userId: user.id }, lock: { mode: 'pessimistic_write' } });
      const membership = existing ?? repo.create({ allianceId, userId: user.id });
      Object.assign(membership, {
        role: input.role,
        organizationId,
        title: input.title ?? null,
        termStart: input.termStart ?? null,
        termEnd: input.termEnd ?? null,
      });
      const saved = await repo.save(membership);
      return {
        result: saved,
        event: {
          allianceId,
          type: EventType.MEMBERSHIP_GRANTED,
          entityType: 'Membership',
          entityId: saved.id,
          payload: { userName: user.name, role: input.role, title: input.title ?? null, newUser: created },
        },
      };
    }));
  }

  /** Ends a membership; the user loses access at once (also on open subscriptions). */
  async revoke(viewer: Viewer, membershipGid: string): Promise<Membership> {
    const id = decodeId(membershipGid, 'Membership', 'membershipId');
    viewer.requireUser();
    return this.afterCommit(this.deps.change(viewer, { mutation: 'revokeMembership' }, async (m) => {
      const membership = await findOr404(m, Membership, id, 'The membership', 'pessimistic_write');
      viewer.requireSecretaryOrAdmin(membership.allianceId, 'The membership');
      if (membership.userId === viewer.user!.id && !viewer.isAdmin) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'You cannot revoke your own membership');
      }
      await m.getRepository(Membership).delete({ id });
      return {
        result: membership,
        event: {
          allianceId: membership.allianceId,
          type: EventType.MEMBERSHIP_REVOKED,
          entityType: 'Membership',
          entityId: membership.id,
          payload: { role: membership.role, userId: membership.userId },
        },
      };
    }));
  }

  /**
   * This process drops the user's cached viewer as soon as the change has committed, so that the
   * caller's next request already sees it; other processes hear it from the triggers' NOTIFY.
   */
  private async afterCommit(change: Promise<Membership>): Promise<Membership> {
    const membership = await change;
    this.auth.viewers.invalidate(membership.userId);
    return membership;
  }
}
