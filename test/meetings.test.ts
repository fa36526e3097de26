import { ProjectStatus } from '../server/domain/enums';
import { AllianceFixture, createAllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/** Joint meetings (联席会议) through HTTP: agenda lead time, attendance by person and organization, minutes, resolutions on projects, points. */

const MEETING = `id title status scheduledAt agendaClosesAt agendaLeadHours attendancePoints minutes heldAt
  agenda { title submittedBy { id } project { id } }
  attendance { user { id } organization { id } }
  resolutions { position text project { id } }`;
const M: Record<string, string> = {
  scheduleMeeting: MEETING,
  submitAgendaItem: 'id title description project { id } submittedBy { id }',
  recordMeeting: MEETING,
};
const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${M[name]} } }`;

describe.each(STORES)('joint meetings on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  const uid: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `mt-${store.name}`);
    other = await createAllianceFixture(t.services, `mt2-${store.name}`);
    for (const who of Object.keys(f.emails) as (keyof AllianceFixture['emails'])[]) {
      tok[who] = await t.login(f.emails[who], PASSWORD);
      uid[who] = f.viewers[who].user!.nodeId;
    }
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
    uid.stranger = other.viewers.secretary.user!.nodeId;
    const p = await t.services.projects.create(f.viewers.committee, {
      allianceId: f.allianceId, title: '口袋公园', description: '', leadOrganizationId: f.unitA.nodeId,
      requirements: [{ kind: 'FUNDS' as never, quantity: 1000, unit: '元' }],
    });
    await t.services.projects.transition(f.viewers.committee, { projectId: p.nodeId, to: ProjectStatus.PROPOSED });
    id.project = p.nodeId;
    const op = await t.services.projects.create(other.viewers.secretary, {
      allianceId: other.allianceId, title: '别处的项目', description: '', leadOrganizationId: other.unitA.nodeId,
      requirements: [{ kind: 'FUNDS' as never, quantity: 1, unit: '元' }],
    });
    id.foreignProject = op.nodeId;
  });
  afterAll(() => t?.close());

  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc });

  const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

  it('the secretary schedules a meeting; the agenda closes the lead time before it', async () => {
    await refused('scheduleMeeting', { allianceId: f.allianceId, title: '联席会议', scheduledAt: inHours(100) }, 'committee', 'FORBIDDEN');
    await refused('scheduleMeeting', { allianceId: f.allianceId, title: '联席会议', scheduledAt: 'tomorrow' }, 'secretary', 'BAD_USER_INPUT', 'scheduledAt');
    await refused('scheduleMeeting', { allianceId: f.allianceId, title: '联席会议', scheduledAt: inHours(100), agendaLeadHours: 721 }, 'secretary', 'BAD_USER_INPUT', 'agendaLeadHours');
    const m = await ok('scheduleMeeting', { allianceId: f.allianceId, title: '第一季度联席会议', scheduledAt: inHours(100), location: '社区议事厅', attendancePoints: 3 }, 'secretary');
    expect(m).toMatchObject({ status: 'SCHEDULED', agendaLeadHours: 72, attendancePoints: 3, minutes: null });
    expect(new Date(m.scheduledAt).getTime() - new Date(m.agendaClosesAt).getTime()).toBe(72 * 3600_000);
    id.meeting = m.id;
    const soon = await ok('scheduleMeeting', { allianceId: f.allianceId, title: '临时会议', scheduledAt: inHours(10), agendaLeadHours: 24 }, 'secretary');
    id.soon = soon.id;
  });

  it('members submit agenda items in time, optionally on a project of the alliance', async () => {
    await refused('submitAgendaItem', { meetingId: id.meeting, title: '议题' }, 'viewer', 'FORBIDDEN');
    await refused('submitAgendaItem', { meetingId: id.meeting, title: '议题' }, 'supervisor', 'FORBIDDEN');
    await refused('submitAgendaItem', { meetingId: id.meeting, title: '议题' }, 'stranger', 'NOT_FOUND');
    await refused('submitAgendaItem', { meetingId: id.meeting, title: '议题', projectId: id.foreignProject }, 'committee', 'NOT_FOUND', 'projectId');
    const a = await ok('submitAgendaItem', { meetingId: id.meeting, title: '口袋公园选址', projectId: id.project }, 'committee');
    expect(a).toMatchObject({ project: { id: id.project }, submittedBy: { id: uid.committee }, description: '' });
    await ok('submitAgendaItem', { meetingId: id.meeting, title: '医院义诊进社区', description: '每月一次' }, 'repA');
    const r = await refused('submitAgendaItem', { meetingId: id.soon, title: '来不及了' }, 'repA', 'INVALID_TRANSITION');
    expect(r.errors![0].message).toMatch(/agenda closed/);
  });

  it('the secretary records minutes, attendance and resolutions once the meeting is held; attendees earn points', async () => {
    const input = {
      meetingId: id.meeting,
      minutes: '会议讨论了口袋公园选址与义诊安排。',
      attendeeUserIds: [uid.secretary, uid.committee, uid.repA, uid.repB],
      resolutions: [{ text: '口袋公园选址于 5 号地块', projectId: id.project }, { text: '义诊每月第一个周六举行' }],
    };
    await refused('recordMeeting', input, 'secretary', 'INVALID_TRANSITION'); // not held yet
    await t.ds.query(`UPDATE meetings SET scheduled_at = now() - interval '1 hour'`);
    await refused('recordMeeting', input, 'committee', 'FORBIDDEN');
    await refused('recordMeeting', { ...input, attendeeUserIds: [uid.stranger] }, 'secretary', 'BAD_USER_INPUT', 'attendeeUserIds');
    await refused('recordMeeting', { ...input, resolutions: [{ text: 'x', projectId: id.foreignProject }] }, 'secretary', 'NOT_FOUND', 'resolutions.0.projectId');
    await refused('recordMeeting', { ...input, minutes: ' ' }, 'secretary', 'BAD_USER_INPUT', 'minutes');
    const m = await ok('recordMeeting', input, 'secretary');
    expect(m.status).toBe('HELD');
    expect(m.heldAt).toBeTruthy();
    expect(m.attendance).toHaveLength(4);
    expect(m.attendance.find((a: any) => a.user.id === uid.repB).organization.id).toBe(f.unitB.nodeId);
    expect(m.resolutions).toEqual([
      { position: 0, text: '口袋公园选址于 5 号地块', project: { id: id.project } },
      { position: 1, text: '义诊每月第一个周六举行', project: null },
    ]);
    await refused('recordMeeting', input, 'secretary', 'INVALID_TRANSITION');
    await refused('submitAgendaItem', { meetingId: id.meeting, title: '会后' }, 'repA', 'INVALID_TRANSITION');

    const proj = await t.gql(`query($id: ID!) { node(id: $id) { ... on Project { resolutions { text meeting { id title } } } } }`, { id: id.project }, tok.viewer);
    expect(proj.data.node.resolutions).toEqual([{ text: '口袋公园选址于 5 号地块', meeting: { id: id.meeting, title: '第一季度联席会议' } }]);

    // 4 people × 3 points, and one organization entry per attendee (party committee, unit A twice, unit B).
    const pts = await t.gql(
      `query($id: ID!) { alliance(id: $id) { pointEntries(first: 20, cause: MEETING_ATTENDANCE) { totalCount edges { node { holder points causeId } } } stats { points { organizations { organization { id } points } } } } }`,
      { id: f.allianceId },
      tok.viewer,
    );
    const entries = pts.data.alliance.pointEntries.edges.map((e: any) => e.node);
    expect(entries.filter((e: any) => e.holder === 'MEMBER')).toHaveLength(4);
    expect(entries.filter((e: any) => e.holder === 'ORGANIZATION')).toHaveLength(4);
    const unitA = pts.data.alliance.stats.points.organizations.find((o: any) => o.organization.id === f.unitA.nodeId);
    expect(unitA.points).toBe(6);
    const cause = await t.gql(`query($id: ID!) { node(id: $id) { ... on MeetingAttendance { meeting { id } user { id } } } }`, { id: entries[0].causeId }, tok.viewer);
    expect(cause.data.node.meeting.id).toBe(id.meeting);

    const list = await t.gql(`query($id: ID!) { alliance(id: $id) { meetings(first: 10) { totalCount edges { node { title status agenda { title } } } } } }`, { id: f.allianceId }, tok.supervisor);
    expect(list.data.alliance.meetings.totalCount).toBe(2);
    const ev = await t.gql(`query($id: ID!) { alliance(id: $id) { events(first: 100) { edges { node { type summary } } } } }`, { id: f.allianceId }, tok.secretary);
    expect(ev.data.alliance.events.edges.map((e: any) => e.node.summary)).toContain('联席会议「第一季度联席会议」已召开：出席 4 人，决议 2 项');
  });
});
