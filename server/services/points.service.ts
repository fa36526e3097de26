import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole } from '../domain/enums';
import { PointCause, PointHolder } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Pledge } from '../entities/pledge.entity';
import { PointRule, ServiceDay, ServiceDaySignup } from '../entities/points.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type {
  RecordServiceDayAttendanceInput,
  ScheduleServiceDayInput,
  SetPointRuleInput,
  SignUpForServiceDayInput,
} from '../resolvers/inputs/points.input';
import { findOr404, ServiceDeps } from './service-context';

/** Adds `months` calendar months to a YYYY-MM-DD date, clamping to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Points (积分). Entries are only ever written here, each naming its cause (a fulfilled pledge or a
 * service-day sign-up) and unique per cause and holder (a unique index), so nothing counts twice.
 */
export class PointsService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Secretaries (or admins: a rule of the alliance, like its notification channels) set how many points
   * a fulfilled pledge of a resource kind earns (points per `per` units).
   */
  async setRule(viewer: Viewer, input: SetPointRuleInput): Promise<PointRule> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireSecretaryOrAdmin(allianceId);
    return this.deps.change(viewer, { mutation: 'setPointRule' }, async (m) => {
      await findOr404(m, Alliance, allianceId, 'The alliance');
      const [row] = await m.query(
        `INSERT INTO point_rules (alliance_id, resource_kind, points, per) VALUES ($1, $2, $3, $4)
         ON CONFLICT (alliance_id, resource_kind) DO UPDATE SET points = EXCLUDED.points, per = EXCLUDED.per RETURNING id`,
        [allianceId, input.resourceKind, input.points, input.per],
      );
      const rule = await m.getRepository(PointRule).findOneByOrFail({ id: row.id });
      return {
        result: rule,
        event: {
          allianceId,
          type: EventType.POINT_RULE_SET,
          entityType: 'Alliance',
          entityId: allianceId,
          payload: { resourceKind: input.resourceKind, points: input.points, per: input.per },
        },
      };
    });
  }

  /**
   * Called by the pledge service in the transaction that fulfils a pledge: the organization and the
   * member who pledged each earn floor(delivered × points / per) under the alliance's rule for the kind.
   */
  static async awardForPledge(m: EntityManager, pledge: Pledge, delivered: number): Promise<void> {
    const [rule] = await m.query(
      `SELECT r.points, r.per, q.kind FROM requirements q JOIN point_rules r ON r.alliance_id = q.alliance_id AND r.resource_kind = q.kind
       WHERE q.id = $1`,
      [pledge.requirementId],
    );
    if (!rule) return;
    const points = Math.floor((delivered * rule.points) / rule.per);
    if (points <= 0) return;
    const explanation = `兑现 ${delivered} × ${rule.points}/${rule.per}（${rule.kind}）= ${points}`;
    await m.query(
      `INSERT INTO point_entries (alliance_id, holder, organization_id, user_id, points, cause, cause_id, explanation)
       VALUES ($1, 'ORGANIZATION', $2, NULL, $4, 'PLEDGE_FULFILLED', $5, $6), ($1, 'MEMBER', NULL, $3, $4, 'PLEDGE_FULFILLED', $5, $6)
       ON CONFLICT (cause, cause_id, holder) DO NOTHING`,
      [pledge.allianceId, pledge.organizationId, pledge.pledgedById, points, pledge.id, explanation],
    );
  }

  /**
   * The secretary schedules a service day (党员奉献日), optionally repeating on the same day of later
   * months; running the days (schedule and attendance) is the secretary's, not a platform admin's.
   */
  async scheduleServiceDay(viewer: Viewer, input: ScheduleServiceDayInput): Promise<ServiceDay> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRole(allianceId, [MembershipRole.SECRETARY]);
    if (!validDate(input.date)) throw badInput('date', 'date is not a calendar date');
    return this.deps.change(viewer, { mutation: 'scheduleServiceDay' }, async (m) => {
      await findOr404(m, Alliance, allianceId, 'The alliance');
      const repo = m.getRepository(ServiceDay);
      const dates = Array.from({ length: (input.repeatMonthly ?? 0) + 1 }, (_, i) => addMonths(input.date, i));
      const days = await repo.save(
        dates.map((date) =>
          repo.create({ allianceId, title: input.title, date, points: input.points, capacity: input.capacity ?? null, signedUp: 0, attendanceRecorded: false }),
        ),
      );
      return {
        result: days[0],
        event: {
          allianceId,
          type: EventType.SERVICE_DAY_SCHEDULED,
          entityType: 'ServiceDay',
          entityId: days[0].id,
          payload: { title: input.title, dates, points: input.points },
        },
      };
    });
  }

  /** Unit representatives (and committee members) sign up for a service day, within its places. */
  async signUp(viewer: Viewer, input: SignUpForServiceDayInput): Promise<ServiceDaySignup> {
    const id = decodeId(input.serviceDayId, 'ServiceDay', 'serviceDayId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'signUpForServiceDay' }, async (m) => {
      const day = await findOr404(m, ServiceDay, id, 'The service day', 'pessimistic_write');
      const membership = viewer.requireRole(day.allianceId, [MembershipRole.UNIT_REPRESENTATIVE, MembershipRole.COMMITTEE_MEMBER], 'The service day');
      if (day.attendanceRecorded) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Attendance for this service day is already recorded');
      const exists = await m.getRepository(ServiceDaySignup).existsBy({ serviceDayId: id, userId: viewer.user!.id });
      if (exists) throw new DomainError(ErrorCode.CONFLICT, 'You have already signed up for this service day');
      if (day.capacity !== null && day.signedUp >= day.capacity) {
        throw new DomainError(ErrorCode.CAPACITY_EXCEEDED, `All ${day.capacity} places of this service day are taken`, { capacity: day.capacity });
      }
      await m.getRepository(ServiceDay).update({ id }, { signedUp: day.signedUp + 1 });
      const repo = m.getRepository(ServiceDaySignup);
      const signup = await repo.save(
        repo.create({ allianceId: day.allianceId, serviceDayId: id, userId: viewer.user!.id, organizationId: membership!.organizationId!, attended: null }),
      );
      return {
        result: signup,
        event: {
          allianceId: day.allianceId,
          type: EventType.SERVICE_DAY_SIGNED_UP,
          entityType: 'ServiceDay',
          entityId: id,
          payload: { title: day.title, date: day.date, userName: viewer.user!.name },
        },
      };
    });
  }

  /**
   * The secretary records who attended (once, on or after the day): attendees and their organizations
   * each earn the day's points, one entry per sign-up and holder. With an idempotency key a retry
   * returns the day as recorded and counts nothing twice.
   */
  async recordAttendance(viewer: Viewer, input: RecordServiceDayAttendanceInput): Promise<ServiceDay> {
    const id = decodeId(input.serviceDayId, 'ServiceDay', 'serviceDayId');
    const userIds = [...new Set(input.attendedUserIds.map((u) => decodeId(u, 'User', 'attendedUserIds')))];
    viewer.requireUser();
    return this.deps.change(
      viewer,
      {
        mutation: 'recordServiceDayAttendance',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, did) => findOr404(m, ServiceDay, did, 'The service day'),
      },
      async (m) => {
        const day = await findOr404(m, ServiceDay, id, 'The service day', 'pessimistic_write');
        viewer.requireRole(day.allianceId, [MembershipRole.SECRETARY], 'The service day');
        if (day.attendanceRecorded) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Attendance for this service day is already recorded');
        const [{ future }] = await m.query('SELECT $1::date > current_date AS future', [day.date]);
        if (future) throw new DomainError(ErrorCode.INVALID_TRANSITION, `The service day is on ${day.date}; record attendance on or after it`);
        const signups = await m.getRepository(ServiceDaySignup).findBy({ serviceDayId: id });
        const signed = new Set(signups.map((s) => s.userId));
        if (userIds.some((u) => !signed.has(u))) throw badInput('attendedUserIds', 'Every attendee must have signed up for the service day');
        const attended = new Set(userIds);
        await m.query(`UPDATE service_day_signups SET attended = (user_id = ANY($2::uuid[])) WHERE service_day_id = $1`, [id, userIds]);
        await m.getRepository(ServiceDay).update({ id }, { attendanceRecorded: true });
        day.attendanceRecorded = true;
        if (day.points > 0 && userIds.length) {
          const explanation = `出席党员奉献日「${day.title}」${day.date}：${day.points}`;
          await m.query(
            `INSERT INTO point_entries (alliance_id, holder, organization_id, user_id, points, cause, cause_id, explanation)
             SELECT s.alliance_id, h.holder, CASE WHEN h.holder = 'ORGANIZATION' THEN s.organization_id END,
                    CASE WHEN h.holder = 'MEMBER' THEN s.user_id END, $3, 'SERVICE_DAY', s.id, $4
             FROM service_day_signups s CROSS JOIN (VALUES ('ORGANIZATION'), ('MEMBER')) h(holder)
             WHERE s.service_day_id = $1 AND s.user_id = ANY($2::uuid[])
             ON CONFLICT (cause, cause_id, holder) DO NOTHING`,
            [id, userIds, day.points, explanation],
          );
        }
        return {
          result: day,
          event: {
            allianceId: day.allianceId,
            type: EventType.SERVICE_DAY_ATTENDANCE_RECORDED,
            entityType: 'ServiceDay',
            entityId: id,
            payload: { title: day.title, date: day.date, signedUp: signups.length, attended: attended.size, points: day.points },
          },
        };
      },
    );
  }
}

export { PointCause, PointHolder };
