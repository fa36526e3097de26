import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DecisionStageKind } from '../domain/governance.enums';
import { Decision, DecisionSettings, DecisionStage } from '../entities/decision.entity';
import { Agreement, AgreementParty } from '../entities/agreement.entity';
import { Feedback } from '../entities/feedback.entity';
import { AgendaItem, Meeting, MeetingAttendance, MeetingResolution } from '../entities/meeting.entity';
import { PointEntry, PointRule, ServiceDay, ServiceDaySignup } from '../entities/points.entity';
import { byIdLoader, groupLoader } from './by-id.loader';
import { connectionLoader } from './connection.loader';

/** Per-request loaders of the governance features (staged decisions …). */
export function governanceLoaders(ds: DataSource) {
  return {
    decision: byIdLoader(ds, Decision),
    decisionStage: byIdLoader(ds, DecisionStage),
    decisionsByAlliance: connectionLoader(ds, Decision, 'allianceId'),
    decisionsByProject: groupLoader(ds, Decision, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    stagesByDecision: groupLoader(ds, DecisionStage, 'decisionId', { position: 'ASC' }),
    feedback: byIdLoader(ds, Feedback),
    feedbackByAlliance: connectionLoader(ds, Feedback, 'allianceId'),
    feedbackStats: feedbackStatsLoader(ds),
    pointEntry: byIdLoader(ds, PointEntry),
    serviceDay: byIdLoader(ds, ServiceDay),
    serviceDaySignup: byIdLoader(ds, ServiceDaySignup),
    pointEntriesByAlliance: connectionLoader(ds, PointEntry, 'allianceId'),
    serviceDaysByAlliance: connectionLoader(ds, ServiceDay, 'allianceId'),
    signupsByServiceDay: groupLoader(ds, ServiceDaySignup, 'serviceDayId', { createdAt: 'ASC', id: 'ASC' }),
    pointRulesByAlliance: groupLoader(ds, PointRule, 'allianceId', { resourceKind: 'ASC' }),
    pointsLeaderboard: pointsLeaderboardLoader(ds),
    meeting: byIdLoader(ds, Meeting),
    agendaItem: byIdLoader(ds, AgendaItem),
    meetingAttendance: byIdLoader(ds, MeetingAttendance),
    meetingResolution: byIdLoader(ds, MeetingResolution),
    meetingsByAlliance: connectionLoader(ds, Meeting, 'allianceId'),
    agendaByMeeting: groupLoader(ds, AgendaItem, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
    attendanceByMeeting: groupLoader(ds, MeetingAttendance, 'meetingId', { createdAt: 'ASC', id: 'ASC' }),
    resolutionsByMeeting: groupLoader(ds, MeetingResolution, 'meetingId', { position: 'ASC' }),
    resolutionsByProject: groupLoader(ds, MeetingResolution, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    agreement: byIdLoader(ds, Agreement),
    agreementsByAlliance: connectionLoader(ds, Agreement, 'allianceId'),
    partiesByAgreement: groupLoader(ds, AgreementParty, 'agreementId', { position: 'ASC' }),
    decisionStagesByAlliance: new DataLoader<string, DecisionStageKind[] | null>(async (ids) => {
      const rows = await ds
        .getRepository(DecisionSettings)
        .createQueryBuilder('s')
        .where('s.allianceId = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const by = new Map(rows.map((r) => [r.allianceId, r.stages]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  };
}

export type GovernanceLoaders = ReturnType<typeof governanceLoaders>;

const perOperation = new WeakMap<object, GovernanceLoaders>();

/**
 * The governance loaders of one operation: created on first use and kept beside (and as long as) the
 * operation's own `loaders` object, so nothing cached outlives the operation.
 */
export function govLoaders(ctx: { loaders: object; services: { ds: DataSource } }): GovernanceLoaders {
  let l = perOperation.get(ctx.loaders);
  if (!l) {
    l = governanceLoaders(ctx.services.ds);
    perOperation.set(ctx.loaders, l);
  }
  return l;
}

/** Feedback figures of one alliance; response times in hours over answered and converted feedback. */
export interface FeedbackStatsRow {
  received: number;
  open: number;
  answered: number;
  converted: number;
  averageResponseHours: number | null;
  medianResponseHours: number | null;
  oldestOpenHours: number | null;
}

export function feedbackStatsLoader(ds: DataSource) {
  return new DataLoader<string, FeedbackStatsRow>(async (ids) => {
    const rows: (FeedbackStatsRow & { alliance_id: string })[] = await ds.query(
      `SELECT alliance_id,
              count(*)::int AS received,
              count(*) FILTER (WHERE status = 'RECEIVED')::int AS open,
              count(*) FILTER (WHERE status = 'ANSWERED')::int AS answered,
              count(*) FILTER (WHERE status = 'CONVERTED')::int AS converted,
              round((avg(extract(epoch FROM responded_at - created_at)) / 3600)::numeric, 2)::float8 AS "averageResponseHours",
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - created_at)) / 3600)::numeric, 2)::float8
                AS "medianResponseHours",
              round((max(extract(epoch FROM now() - created_at)) FILTER (WHERE status = 'RECEIVED') / 3600)::numeric, 2)::float8
                AS "oldestOpenHours"
       FROM feedback WHERE alliance_id = ANY($1) GROUP BY alliance_id`,
      [[...ids]],
    );
    const by = new Map(rows.map((r) => [r.alliance_id, r]));
    const empty: FeedbackStatsRow = {
      received: 0, open: 0, answered: 0, converted: 0, averageResponseHours: null, medianResponseHours: null, oldestOpenHours: null,
    };
    return ids.map((id) => {
      const r = by.get(id);
      if (!r) return empty;
      const { alliance_id: _a, ...rest } = r;
      return rest;
    });
  });
}

export interface LeaderRow {
  holder: 'ORGANIZATION' | 'MEMBER';
  holderId: string;
  points: number;
  entries: number;
}

/** The top 10 organizations and top 10 members by points, per alliance, in one statement. */
export function pointsLeaderboardLoader(ds: DataSource) {
  return new DataLoader<string, LeaderRow[]>(async (ids) => {
    const rows: (LeaderRow & { alliance_id: string })[] = await ds.query(
      `SELECT alliance_id, holder, "holderId", points, entries FROM (
         SELECT alliance_id, holder, coalesce(organization_id, user_id) AS "holderId", sum(points)::int AS points, count(*)::int AS entries,
                row_number() OVER (PARTITION BY alliance_id, holder ORDER BY sum(points) DESC, coalesce(organization_id, user_id)) AS rn
         FROM point_entries WHERE alliance_id = ANY($1)
         GROUP BY alliance_id, holder, coalesce(organization_id, user_id)
       ) ranked WHERE rn <= 10 ORDER BY alliance_id, holder, points DESC, "holderId"`,
      [[...ids]],
    );
    const by = new Map<string, LeaderRow[]>(ids.map((id) => [id, []]));
    for (const { alliance_id, ...r } of rows) by.get(alliance_id)?.push(r);
    return ids.map((id) => by.get(id)!);
  });
}
