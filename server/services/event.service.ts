import { sqlLiteral } from '../db/sql-literal';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole } from '../domain/enums';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { badInput, forbidden } from '../errors';
import { Page } from '../graphql/connection';
import { NodeTypeName } from '../graphql/global-id';

/** What a service records about a change it is committing. */
export interface NewEvent {
  allianceId: string;
  type: EventType;
  actorId: string | null;
  entityType: NodeTypeName;
  entityId: string;
  payload?: Record<string, unknown>;
}

/** PostgreSQL NOTIFY channel; payload `<allianceId>:<seq>`, delivered only on commit. */
export const EVENTS_CHANNEL = 'gongjian_events';

/** Event cursors are opaque but carry the per-alliance sequence number. */
export function encodeEventCursor(seq: string | number): string {
  return Buffer.from(`e:${seq}`, 'utf8').toString('base64url');
}

/** Decodes an event cursor to its sequence number (0 for none); malformed is BAD_USER_INPUT. */
export function decodeEventCursor(cursor: string | null | undefined, field = 'after'): string {
  if (cursor == null || cursor === '') return '0';
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^e:(\d{1,18})$/.exec(raw);
  if (!m) throw badInput(field, `${field} is not a valid event cursor`);
  return m[1];
}

/**
 * The alliance's append-only activity log. Each writing transaction appends exactly one event.
 * The sequence comes from the alliance's row in `alliance_event_sequences` (not the alliance row,
 * which every insert key-share locks: see migration 1765300000000), bumped in that same
 * transaction: the row lock it takes is held until commit, so sequence numbers are handed out in
 * commit order and a rolled-back change leaves no hole, which lets readers resume by
 * "seq > cursor" without skipping.
 */
export class EventService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The append as one parameterless statement (values as escaped literals), for a transaction that
   * sends it together with its COMMIT in one round trip: the sequence row lock is then held for the
   * commit alone, not for a round trip back to the application first. The work is done by
   * `gongjian_append_event` (migration 1765400000000), whose statements keep their plans per session.
   * If the alliance is gone it raises (and the transaction fails), so no change commits without its event.
   */
  appendStatement(e: NewEvent): string {
    return `SELECT gongjian_append_event(${sqlLiteral(e.allianceId)}::uuid, ${sqlLiteral(e.type)}, ${sqlLiteral(e.actorId)}::uuid, ${sqlLiteral(e.entityType)}, ${sqlLiteral(e.entityId)}::uuid, ${sqlLiteral(JSON.stringify(e.payload ?? {}))}::jsonb)`;
  }

  /** The seq of the alliance's latest event (0 before its first, or for an unknown alliance). */
  async headSeq(allianceId: string): Promise<bigint> {
    const rows: { last_seq: string }[] = await this.ds.query('SELECT last_seq FROM alliance_event_sequences WHERE alliance_id = $1', [allianceId]);
    return BigInt(rows[0]?.last_seq ?? 0);
  }

  /** Events of an alliance with seq > afterSeq, oldest first (for replays and the events connection). */
  async after(allianceId: string, afterSeq: string, limit: number): Promise<AllianceEvent[]> {
    return this.ds
      .getRepository(AllianceEvent)
      .createQueryBuilder('e')
      .where('e.allianceId = :allianceId AND e.seq > :afterSeq', { allianceId, afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The `events` connection: members read it; actors are shown to those the role matrix allows. */
  async page(viewer: Viewer, allianceId: string, first: number, after: string | null | undefined): Promise<Page<AllianceEvent>> {
    viewer.requireRead(allianceId);
    const afterSeq = decodeEventCursor(after);
    const rows = await this.after(allianceId, afterSeq, first + 1);
    return new Page(
      rows.slice(0, first),
      rows.length > first,
      afterSeq !== '0',
      (e) => encodeEventCursor(e.seq),
      async () => {
        const [{ n }] = await this.ds.query('SELECT count(*)::int AS n FROM events WHERE alliance_id = $1', [allianceId]);
        return n;
      },
    );
  }

  /** Whether the viewer may see who did what (secretaries, supervisors, admins). */
  static canSeeActors(viewer: Viewer, allianceId: string): boolean {
    if (viewer.isAdmin) return true;
    const role = viewer.membership(allianceId)?.role;
    return role === MembershipRole.SECRETARY || role === MembershipRole.SUPERVISOR;
  }

  static requireActors(viewer: Viewer, allianceId: string): void {
    if (!EventService.canSeeActors(viewer, allianceId)) throw forbidden('Only secretaries and supervisors see who did what');
  }
}
