import { MembershipRole } from '../domain/enums';
import { Membership } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../errors';

/** Who is calling: the user (null when anonymous) and their memberships by alliance id. */
export class Viewer {
  constructor(
    readonly user: User | null,
    readonly memberships: ReadonlyMap<string, Membership>,
  ) {}

  static anonymous(): Viewer {
    return new Viewer(null, new Map());
  }

  get isAdmin(): boolean {
    return this.user?.isAdmin ?? false;
  }

  /** The user, or UNAUTHENTICATED. */
  requireUser(): User {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  membership(allianceId: string): Membership | undefined {
    return this.memberships.get(allianceId);
  }

  /** Members of the alliance and platform admins may read everything in it. */
  canRead(allianceId: string): boolean {
    return this.isAdmin || this.memberships.has(allianceId);
  }

  /**
   * Refuses a caller who may not see the alliance at all as NOT_FOUND (its existence is not theirs to
   * learn) and an anonymous one as UNAUTHENTICATED.
   */
  requireRead(allianceId: string, what = 'The alliance'): void {
    if (!this.user) throw unauthenticated();
    if (!this.canRead(allianceId)) throw new DomainError(ErrorCode.NOT_FOUND, `${what} was not found`);
  }

  /**
   * Requires one of `roles` in the alliance (admins pass when `adminToo`). Strangers get NOT_FOUND,
   * members without the role FORBIDDEN.
   */
  requireRole(allianceId: string, roles: MembershipRole[], what = 'The alliance', adminToo = false): Membership | null {
    this.requireRead(allianceId, what);
    const m = this.memberships.get(allianceId);
    if (m && roles.includes(m.role)) return m;
    if (adminToo && this.isAdmin) return null;
    throw forbidden(`Your role${m ? ` (${m.role})` : ''} may not do this`);
  }

  /** Admin or the alliance's secretary. */
  requireSecretaryOrAdmin(allianceId: string, what?: string): void {
    this.requireRole(allianceId, [MembershipRole.SECRETARY], what, true);
  }
}
