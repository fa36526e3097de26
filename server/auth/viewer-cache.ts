import { Viewer } from './viewer';

/** The NOTIFY channel the users/memberships triggers send a changed user's id on. */
export const VIEWERS_CHANNEL = 'gongjian_viewers';

/**
 * Viewers (a user and their memberships) by user id, shared by the requests of one process so that
 * an authenticated request does not start with a statement of its own.
 *
 * Trust comes from PostgreSQL: triggers on `users` and `memberships` NOTIFY the changed user's id at
 * commit, and the process's LISTEN connection (the event bus) calls `invalidate`. The cache is used
 * only while that connection is up (`setListening`): a process that cannot hear about changes reads
 * every viewer afresh, and every (re)connect starts from empty. A read that was in flight when an
 * invalidation arrived is not kept (it may predate the change). The process that made a change also
 * drops the entry itself right after its commit, so its own next request never sees the old viewer.
 * Entries live at most `ttlMs` as a last bound.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; at: number }>();
  private listening = false;
  /** Bumped by every invalidation; a read started under an older epoch is not stored. */
  private epoch = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether changes are being heard; entries are dropped on every change of state. */
  setListening(on: boolean): void {
    this.listening = on;
    this.invalidate();
  }

  /** Drops one user's entry, or all of them. */
  invalidate(userId?: string): void {
    this.epoch++;
    if (userId === undefined) this.entries.clear();
    else this.entries.delete(userId);
  }

  /** How many viewers are held (tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /** The user's viewer: cached while trusted and fresh, otherwise from `load` (and kept if still valid). */
  async get(userId: string, load: () => Promise<Viewer>): Promise<Viewer> {
    if (!this.listening) return load();
    const hit = this.entries.get(userId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.viewer;
    const epoch = this.epoch;
    const at = this.now();
    const viewer = await load();
    if (this.listening && this.epoch === epoch && viewer.user) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(userId, { viewer, at });
    }
    return viewer;
  }
}
