import { DataSource, EntityManager } from 'typeorm';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password';
import { bearer, signToken, verifyToken } from '../auth/token';
import { Viewer } from '../auth/viewer';
import { ViewerCache } from '../auth/viewer-cache';
import { Membership } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { DomainError, ErrorCode } from '../errors';
import { RowReader } from '../loaders/row-reader';

/** Failed logins allowed per account per window before it is throttled. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_SECONDS = 60;

/** Normalises an email for storage and lookup. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Logins, tokens and who-is-calling. */
export class AuthService {
  /** Viewers of this process's requests; trusted only while the event bus hears user/membership changes. */
  readonly viewers = new ViewerCache();

  constructor(
    private readonly ds: DataSource,
    private readonly jwtSecret: string,
  ) {}

  /**
   * Checks a password and issues a token. Unknown email and wrong password get the same message
   * and take the same time; after LOGIN_MAX_FAILURES failures in a minute the account is throttled
   * (the counter lives in PostgreSQL, so every instance enforces it).
   */
  async login(emailRaw: string, password: string): Promise<{ token: string; user: User }> {
    const email = normaliseEmail(emailRaw);
    // Reserve this attempt atomically before checking the password: a check-then-count would let a
    // burst of parallel guesses all pass the check before any of them is counted.
    const [attempt]: { failures: number }[] = await this.ds.query(
      `INSERT INTO login_attempts (email, failures, window_start) VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_start > now() - make_interval(secs => $2) THEN login_attempts.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_attempts.window_start > now() - make_interval(secs => $2) THEN login_attempts.window_start ELSE now() END
       RETURNING failures`,
      [email, LOGIN_WINDOW_SECONDS],
    );
    if (attempt.failures > LOGIN_MAX_FAILURES) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many failed logins for this account; try again in a minute');
    }
    const user = await this.ds.getRepository(User).findOne({ where: { email } });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password');
    // A successful login clears the account's failures (as before), including the attempt reserved above.
    await this.ds.query('DELETE FROM login_attempts WHERE email = $1', [email]);
    return { token: signToken(this.jwtSecret, user.id), user };
  }

  /**
   * Resolves an Authorization header to a Viewer. No header is anonymous; a bad or expired token
   * is UNAUTHENTICATED rather than silently anonymous, so clients know to log in again.
   */
  async viewerFromHeader(header: unknown): Promise<Viewer> {
    if (header === undefined || header === null || header === '') return Viewer.anonymous();
    const token = bearer(header);
    const userId = token ? verifyToken(this.jwtSecret, token) : null;
    if (!userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The session token is invalid or expired; log in again');
    const viewer = await this.viewers.get(userId, () => this.viewerFor(userId));
    if (!viewer.user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The session token is invalid or expired; log in again');
    return viewer;
  }

  /** Loads a user and their memberships in one statement. */
  async viewerFor(userId: string): Promise<Viewer> {
    return (await this.viewersFor([userId])).get(userId) ?? Viewer.anonymous();
  }

  /** Loads several users and their memberships in one statement (absent users are left out). */
  async viewersFor(userIds: string[]): Promise<Map<string, Viewer>> {
    const rows: Record<string, unknown>[] = await this.ds.query(this.viewerSql.sql, [userIds]);
    const found = new Map<string, { user: User; memberships: Map<string, Membership> }>();
    for (const raw of rows) {
      const id = this.viewerSql.users.idOf(raw)!;
      let entry = found.get(id);
      if (!entry) found.set(id, (entry = { user: this.viewerSql.users.read(raw)!, memberships: new Map() }));
      const membership = this.viewerSql.memberships.read(raw);
      if (membership) entry.memberships.set(membership.allianceId, membership);
    }
    return new Map([...found].map(([id, e]) => [id, new Viewer(e.user, e.memberships)]));
  }

  private get viewerSql() {
    if (!this.viewerReaders) {
      const users = RowReader.of(this.ds, User, 'u');
      const memberships = RowReader.of(this.ds, Membership, 'm');
      this.viewerReaders = {
        users,
        memberships,
        sql: `SELECT ${users.selectList}, ${memberships.selectList} FROM users u LEFT JOIN memberships m ON m.user_id = u.id WHERE u.id = ANY($1)`,
      };
    }
    return this.viewerReaders;
  }
  private viewerReaders?: { users: RowReader<User>; memberships: RowReader<Membership>; sql: string };

  /** Creates the platform admin named by BOOTSTRAP_ADMIN_* if no user has that email yet. */
  async bootstrapAdmin(email: string, password: string): Promise<boolean> {
    const normalised = normaliseEmail(email);
    const res = await this.ds.query(
      `INSERT INTO users (name, email, password_hash, is_admin) VALUES ($1, $2, $3, true)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      ['平台管理员 Platform admin', normalised, await hashPassword(password)],
    );
    return res.length > 0;
  }

  /** Finds a user by email or creates one (for memberships granted to new people). */
  async findOrCreateUser(m: EntityManager, email: string, name: string, password?: string | null): Promise<{ user: User; created: boolean }> {
    const repo = m.getRepository(User);
    const normalised = normaliseEmail(email);
    const existing = await repo.findOne({ where: { email: normalised } });
    if (existing) return { user: existing, created: false };
    if (!password) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A password is needed to create an account for a new email', {
        field: 'password',
      });
    }
    const user = await repo.save(repo.create({ email: normalised, name, passwordHash: await hashPassword(password), isAdmin: false }));
    return { user, created: true };
  }
}
