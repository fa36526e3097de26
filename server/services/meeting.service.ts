import { In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole } from '../domain/enums';
import { MeetingStatus } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { AgendaItem, Meeting, MeetingAttendance, MeetingResolution } from '../entities/meeting.entity';
import { Membership } from '../entities/membership.entity';
import { Project } from '../entities/project.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { RecordMeetingInput, ScheduleMeetingInput, SubmitAgendaItemInput } from '../resolvers/inputs/meeting.input';
import { findOr404, ServiceDeps } from './service-context';

const AGENDA_SUBMITTERS = [MembershipRole.SECRETARY, MembershipRole.COMMITTEE_MEMBER, MembershipRole.UNIT_REPRESENTATIVE];

/**
 * Joint meetings (联席会议): the alliance's secretary schedules and records them (a platform admin, who
 * is no member, does not run an alliance's meetings); secretaries, committee members and unit
 * representatives put items on the agenda in time.
 */
export class MeetingService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The secretary schedules a meeting: when, where, how long before it the agenda closes, and the points for attending. */
  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<Meeting> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRole(allianceId, [MembershipRole.SECRETARY]);
    const at = new Date(input.scheduledAt);
    if (Number.isNaN(at.getTime())) throw badInput('scheduledAt', 'scheduledAt is not a valid date and time');
    return this.deps.change(viewer, { mutation: 'scheduleMeeting' }, async (m) => {
      await findOr404(m, Alliance, allianceId, 'The alliance');
      const repo = m.getRepository(Meeting);
      const meeting = await repo.save(
        repo.create({
          allianceId,
          title: input.title,
          scheduledAt: at,
          location: input.location ?? '',
          agendaLeadHours: input.agendaLeadHours ?? 72,
          attendancePoints: input.attendancePoints ?? 0,
          status: MeetingStatus.SCHEDULED,
          minutes: null,
          heldAt: null,
        }),
      );
      return {
        result: meeting,
        event: {
          allianceId,
          type: EventType.MEETING_SCHEDULED,
          entityType: 'Meeting',
          entityId: meeting.id,
          payload: { title: meeting.title, scheduledAt: at.toISOString(), agendaLeadHours: meeting.agendaLeadHours },
        },
      };
    });
  }

  /** The agenda closes `agendaLeadHours` before the meeting. */
  async submitAgendaItem(viewer: Viewer, input: SubmitAgendaItemInput): Promise<AgendaItem> {
    const meetingId = decodeId(input.meetingId, 'Meeting', 'meetingId');
    const projectId = input.projectId ? decodeId(input.projectId, 'Project', 'projectId') : null;
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'submitAgendaItem' }, async (m) => {
      const meeting = await findOr404(m, Meeting, meetingId, 'The meeting', 'pessimistic_read');
      viewer.requireRole(meeting.allianceId, AGENDA_SUBMITTERS, 'The meeting');
      const closesAt = new Date(meeting.scheduledAt.getTime() - meeting.agendaLeadHours * 3600_000);
      if (meeting.status !== MeetingStatus.SCHEDULED || Date.now() > closesAt.getTime()) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `The agenda closed at ${closesAt.toISOString()} (${meeting.agendaLeadHours} h before the meeting)`, {
          closesAt: closesAt.toISOString(),
        });
      }
      if (projectId) await this.requireProject(m, projectId, meeting.allianceId, 'projectId');
      const repo = m.getRepository(AgendaItem);
      const item = await repo.save(
        repo.create({
          allianceId: meeting.allianceId,
          meetingId,
          title: input.title,
          description: input.description ?? '',
          submittedById: viewer.user!.id,
          projectId,
        }),
      );
      return {
        result: item,
        event: {
          allianceId: meeting.allianceId,
          type: EventType.AGENDA_ITEM_SUBMITTED,
          entityType: 'Meeting',
          entityId: meetingId,
          payload: { meetingTitle: meeting.title, title: item.title },
        },
      };
    });
  }

  /**
   * Minutes, attendance and resolutions, once, after the meeting started; attendees earn the meeting's
   * points. With an idempotency key a retry returns the recorded meeting and counts nothing twice.
   */
  async record(viewer: Viewer, input: RecordMeetingInput): Promise<Meeting> {
    const meetingId = decodeId(input.meetingId, 'Meeting', 'meetingId');
    const userIds = [...new Set(input.attendeeUserIds.map((u) => decodeId(u, 'User', 'attendeeUserIds')))];
    const resolutions = (input.resolutions ?? []).map((r, i) => ({
      text: r.text,
      projectId: r.projectId ? decodeId(r.projectId, 'Project', `resolutions.${i}.projectId`) : null,
    }));
    viewer.requireUser();
    return this.deps.change(
      viewer,
      { mutation: 'recordMeeting', idempotencyKey: input.idempotencyKey, input, load: (m, mid) => findOr404(m, Meeting, mid, 'The meeting') },
      async (m) => {
        const meeting = await findOr404(m, Meeting, meetingId, 'The meeting', 'pessimistic_write');
        viewer.requireRole(meeting.allianceId, [MembershipRole.SECRETARY], 'The meeting');
        if (meeting.status !== MeetingStatus.SCHEDULED) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This meeting is already recorded');
        if (meeting.scheduledAt.getTime() > Date.now()) {
          throw new DomainError(ErrorCode.INVALID_TRANSITION, `The meeting is at ${meeting.scheduledAt.toISOString()}; record it once held`);
        }
        const members = userIds.length
          ? await m.getRepository(Membership).find({ where: { allianceId: meeting.allianceId, userId: In(userIds) } })
          : [];
        if (members.length !== userIds.length) throw badInput('attendeeUserIds', 'Every attendee must be a member of the alliance');
        for (const [i, r] of resolutions.entries()) if (r.projectId) await this.requireProject(m, r.projectId, meeting.allianceId, `resolutions.${i}.projectId`);
        if (members.length) {
          await m.getRepository(MeetingAttendance).insert(
            members.map((mb) => ({ allianceId: meeting.allianceId, meetingId, userId: mb.userId, organizationId: mb.organizationId })),
          );
        }
        if (resolutions.length) {
          await m.getRepository(MeetingResolution).insert(
            resolutions.map((r, position) => ({ allianceId: meeting.allianceId, meetingId, position, text: r.text, projectId: r.projectId })),
          );
        }
        if (meeting.attendancePoints > 0 && members.length) {
          const explanation = `出席联席会议「${meeting.title}」：${meeting.attendancePoints}`;
          await m.query(
            `INSERT INTO point_entries (alliance_id, holder, organization_id, user_id, points, cause, cause_id, explanation)
             SELECT a.alliance_id, h.holder, CASE WHEN h.holder = 'ORGANIZATION' THEN a.organization_id END,
                    CASE WHEN h.holder = 'MEMBER' THEN a.user_id END, $2, 'MEETING_ATTENDANCE', a.id, $3
             FROM meeting_attendance a CROSS JOIN (VALUES ('ORGANIZATION'), ('MEMBER')) h(holder)
             WHERE a.meeting_id = $1 AND (h.holder = 'MEMBER' OR a.organization_id IS NOT NULL)
             ON CONFLICT (cause, cause_id, holder) DO NOTHING`,
            [meetingId, meeting.attendancePoints, explanation],
          );
        }
        meeting.status = MeetingStatus.HELD;
        meeting.minutes = input.minutes;
        meeting.heldAt = new Date();
        const saved = await m.getRepository(Meeting).save(meeting);
        return {
          result: saved,
          event: {
            allianceId: meeting.allianceId,
            type: EventType.MEETING_RECORDED,
            entityType: 'Meeting',
            entityId: meetingId,
            payload: { title: meeting.title, attendees: members.length, resolutions: resolutions.length },
          },
        };
      },
    );
  }

  private async requireProject(m: import('typeorm').EntityManager, projectId: string, allianceId: string, field: string): Promise<void> {
    const p = await m.getRepository(Project).findOneBy({ id: projectId });
    if (!p || p.allianceId !== allianceId) throw new DomainError(ErrorCode.NOT_FOUND, 'The project was not found in this alliance', { field });
  }
}
