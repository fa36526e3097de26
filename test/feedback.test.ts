import { createAllianceFixture, AllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/**
 * Residents' feedback (反馈机制) through HTTP: anonymous submission throttled per address, the tracking
 * code, the secretary's triage into an answer or a need, response times in stats, one event per change.
 */

const FEEDBACK = 'id trackingCode status category content reply respondedAt contact need { id title status category } respondedBy { id }';
const M: Record<string, string> = { submitFeedback: FEEDBACK, answerFeedback: FEEDBACK, convertFeedbackToNeed: FEEDBACK };
const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${M[name]} } }`;
const TRACK = `query($c: String!) { trackFeedback(trackingCode: $c) { trackingCode status category content reply submittedAt respondedAt allianceName } }`;
const STATS = `feedback { received open answered converted averageResponseHours medianResponseHours oldestOpenHours }`;

describe.each(STORES)('residents’ feedback on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  const fb: Record<string, any> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `fb-${store.name}`);
    other = await createAllianceFixture(t.services, `fb2-${store.name}`);
    for (const who of Object.keys(f.emails) as (keyof AllianceFixture['emails'])[]) tok[who] = await t.login(f.emails[who], PASSWORD);
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc });

  it('a resident submits anonymously and gets a tracking code; the log keeps no contact', async () => {
    await refused('submitFeedback', { allianceId: f.allianceId, content: '  ' }, null, 'BAD_USER_INPUT', 'content');
    await refused('submitFeedback', { allianceId: f.allianceId, content: 'x'.repeat(2001) }, null, 'BAD_USER_INPUT', 'content');
    await refused('submitFeedback', { allianceId: f.unitA.nodeId, content: '路灯坏了' }, null, 'BAD_USER_INPUT', 'allianceId');
    await refused('submitFeedback', { allianceId: 'QWxsaWFuY2U6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw', content: '路灯坏了' }, null, 'NOT_FOUND');
    fb.lamp = await ok('submitFeedback', { allianceId: f.allianceId, content: '3 号楼路灯坏了一周', category: 'SAFETY', contact: '138 0000 0000' }, null);
    expect(fb.lamp).toMatchObject({ status: 'RECEIVED', category: 'SAFETY', reply: null, contact: null, need: null });
    expect(fb.lamp.trackingCode).toMatch(/^[A-Z2-9]{12}$/);
    fb.lunch = await ok('submitFeedback', { allianceId: f.allianceId, content: '希望办老年食堂', category: 'ELDERLY_CARE' }, null);
    fb.noise = await ok('submitFeedback', { allianceId: f.allianceId, content: '夜间施工噪音' }, 'viewer'); // logged-in works too
    expect(fb.noise.category).toBe('OTHER');
    const [e] = await t.ds.query(`SELECT type, actor_id, payload FROM events WHERE entity_id = $1`, [Buffer.from(fb.lamp.id, 'base64url').toString().split(':')[1]]);
    expect(e).toMatchObject({ type: 'FEEDBACK_SUBMITTED', actor_id: null });
    expect(JSON.stringify(e.payload)).not.toContain('138');
    const [row] = await t.ds.query(`SELECT address_hash FROM feedback LIMIT 1`);
    expect(row.address_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the resident follows it by tracking code; unknown codes read as null', async () => {
    const r = await t.gql(TRACK, { c: fb.lamp.trackingCode.toLowerCase() });
    expect(r.data.trackFeedback).toMatchObject({ status: 'RECEIVED', content: '3 号楼路灯坏了一周', reply: null, allianceName: `测试大工委 fb-${store.name}` });
    expect((await t.gql(TRACK, { c: 'AAAAAAAAAAAA' })).data.trackFeedback).toBeNull();
    expect((await t.gql(TRACK, { c: 'not a code' })).data.trackFeedback).toBeNull();
    expect((await t.gql(TRACK, { c: 'x'.repeat(5000) })).data.trackFeedback).toBeNull();
  });

  it('submissions are throttled per address (5 an hour)', async () => {
    await ok('submitFeedback', { allianceId: other.allianceId, content: '其他社区的反馈' }, null);
    await ok('submitFeedback', { allianceId: f.allianceId, content: '第五条' }, null);
    const r = await refused('submitFeedback', { allianceId: f.allianceId, content: '第六条' }, null, 'TOO_MANY_REQUESTS');
    expect(r.errors![0].message).toMatch(/per hour/);
    // An hour later the address may submit again.
    await t.ds.query(`UPDATE feedback SET created_at = created_at - interval '2 hours'`);
    fb.late = await ok('submitFeedback', { allianceId: f.allianceId, content: '一小时后再提' }, null);
  });

  it('members read the list; only the secretary sees contacts and triages', async () => {
    const list = (who: string) =>
      t.gql(`query($id: ID!) { alliance(id: $id) { feedback(first: 20, status: RECEIVED) { totalCount edges { node { id contact } } } } }`, { id: f.allianceId }, tok[who]);
    const sec = await list('secretary');
    expect(sec.data.alliance.feedback.totalCount).toBe(5);
    expect(sec.data.alliance.feedback.edges.find((e: any) => e.node.id === fb.lamp.id).node.contact).toBe('138 0000 0000');
    const sup = await list('supervisor');
    expect(sup.data.alliance.feedback.edges.every((e: any) => e.node.contact === null)).toBe(true);
    const str = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: fb.lamp.id }, tok.stranger);
    expect(str.data.node).toBeNull();

    await refused('answerFeedback', { feedbackId: fb.lamp.id, reply: '已报修' }, 'committee', 'FORBIDDEN');
    await refused('answerFeedback', { feedbackId: fb.lamp.id, reply: '已报修' }, 'stranger', 'NOT_FOUND');
    await refused('answerFeedback', { feedbackId: fb.lamp.id, reply: '已报修' }, null, 'UNAUTHENTICATED');
    await refused('answerFeedback', { feedbackId: fb.lamp.id, reply: ' ' }, 'secretary', 'BAD_USER_INPUT', 'reply');
    const a = await ok('answerFeedback', { feedbackId: fb.lamp.id, reply: '已联系物业，3 日内修复' }, 'secretary');
    expect(a).toMatchObject({ status: 'ANSWERED', reply: '已联系物业，3 日内修复' });
    expect(a.respondedBy.id).toBeTruthy();
    await refused('answerFeedback', { feedbackId: fb.lamp.id, reply: '再答一次' }, 'secretary', 'INVALID_TRANSITION');
    await refused('convertFeedbackToNeed', { feedbackId: fb.lamp.id, title: '修路灯' }, 'secretary', 'INVALID_TRANSITION');

    await refused('convertFeedbackToNeed', { feedbackId: fb.lunch.id, title: '老年食堂' }, 'repA', 'FORBIDDEN');
    const c = await ok('convertFeedbackToNeed', { feedbackId: fb.lunch.id, title: '老年食堂', priority: 'HIGH' }, 'secretary');
    expect(c.status).toBe('CONVERTED');
    expect(c.need).toMatchObject({ title: '老年食堂', status: 'OPEN', category: 'ELDERLY_CARE' });
    expect(c.reply).toContain('转为社区需求');
    const needs = await t.gql(`query($id: ID!) { alliance(id: $id) { needs(first: 10) { edges { node { id title description priority } } } } }`, { id: f.allianceId }, tok.viewer);
    expect(needs.data.alliance.needs.edges.map((e: any) => e.node)).toContainEqual({ id: c.need.id, title: '老年食堂', description: '希望办老年食堂', priority: 'HIGH' });

    // The resident reads the reply; anonymous callers never see the need's id or the responder.
    const tr = await t.gql(TRACK, { c: fb.lamp.trackingCode });
    expect(tr.data.trackFeedback).toMatchObject({ status: 'ANSWERED', reply: '已联系物业，3 日内修复' });
    expect(tr.data.trackFeedback.respondedAt).toBeTruthy();
  });

  it('response times are in the stats, for members and the public', async () => {
    const r = await t.gql(`query($id: ID!) { alliance(id: $id) { stats { ${STATS} } } }`, { id: f.allianceId }, tok.viewer);
    const s = r.data.alliance.stats.feedback;
    expect(s).toMatchObject({ received: 5, open: 3, answered: 1, converted: 1 });
    // Both responses came about two hours after submission (the rows were aged above).
    expect(s.averageResponseHours).toBeGreaterThanOrEqual(1.9);
    expect(s.averageResponseHours).toBeLessThan(2.5);
    expect(s.medianResponseHours).toBeGreaterThanOrEqual(1.9);
    expect(s.oldestOpenHours).toBeGreaterThanOrEqual(1.9);
    const pub = await t.gql(`query($id: ID!) { publicAlliance(id: $id) { stats { ${STATS} } } }`, { id: f.allianceId });
    expect(pub.data.publicAlliance.stats.feedback).toEqual(s);
    const empty = await t.gql(`query($id: ID!) { alliance(id: $id) { stats { ${STATS} } } }`, { id: other.allianceId }, tok.stranger);
    expect(empty.data.alliance.stats.feedback).toMatchObject({ received: 1, open: 1, averageResponseHours: null });
    const ev = await t.gql(`query($id: ID!) { alliance(id: $id) { events(first: 100) { edges { node { type summary } } } } }`, { id: f.allianceId }, tok.secretary);
    const summaries = ev.data.alliance.events.edges.map((e: any) => e.node).filter((e: any) => e.type.startsWith('FEEDBACK'));
    expect(summaries.map((e: any) => e.summary)).toContain('居民反馈转为需求「老年食堂」');
  });

  it('parallel submissions from one address cannot pass the limit', async () => {
    await t.ds.query(`UPDATE feedback SET created_at = created_at - interval '2 hours'`);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.gql(doc('submitFeedback'), { input: { allianceId: f.allianceId, content: `并发 ${i}` } })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(5);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS').length).toBe(7);
  });
});
