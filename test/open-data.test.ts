import { DecisionStageKind } from '../server/domain/governance.enums';
import { NeedCategory, ProjectStatus } from '../server/domain/enums';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

/** A spreadsheet-grade CSV reader (RFC 4180): quoted fields, doubled quotes, CRLF inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe.each(STORES)('open data exports on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  let base: string;

  beforeAll(async () => {
    t = await startTestServer(store);
    base = t.url.replace(/\/graphql$/, '/export');
    f = await createAllianceFixture(t.services, `od-${store.name}`);
    other = await createAllianceFixture(t.services, `od2-${store.name}`);
    tok.viewer = await t.login(f.emails.viewer, PASSWORD);
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
    const s = t.services;
    await s.needs.raise(f.viewers.secretary, { allianceId: f.allianceId, title: '加装电梯, "3 号楼"', description: '第一行\n第二行', category: NeedCategory.ELDERLY_CARE });
    await s.needs.raise(f.viewers.secretary, { allianceId: f.allianceId, title: '=HYPERLINK("http://x")', description: '', category: NeedCategory.OTHER });
    const { requirementId, resource } = await createPledgeable(s, f, { capacity: 50, quantity: 40 });
    const p = await s.pledges.pledge(f.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 12 });
    await s.pledges.confirm(f.viewers.secretary, { pledgeId: p.nodeId });
    await s.pledges.fulfill(f.viewers.secretary, { pledgeId: p.nodeId, deliveredQuantity: 10 });
    await s.projects.create(f.viewers.secretary, {
      allianceId: f.allianceId, title: '草拟中的项目', description: '', leadOrganizationId: f.unitB.nodeId,
      requirements: [{ kind: 'FUNDS' as never, quantity: 1000, unit: '元' }],
    });
    // A published decision and one still open.
    await s.decisions.configure(f.viewers.secretary, { allianceId: f.allianceId });
    const mk = async (title: string) => {
      const pr = await s.projects.create(f.viewers.secretary, {
        allianceId: f.allianceId, title, description: '', leadOrganizationId: f.unitA.nodeId,
        requirements: [{ kind: 'VENUE' as never, quantity: 1, unit: '场' }],
      });
      await s.projects.transition(f.viewers.secretary, { projectId: pr.nodeId, to: ProjectStatus.PROPOSED });
      return s.decisions.start(f.viewers.secretary, { projectId: pr.nodeId, proposal: `${title}的提议` });
    };
    const d = await mk('议事厅改造');
    const v = (stage: DecisionStageKind) => ({ decisionId: d.nodeId, stage, eligible: 9, present: 9, votesFor: 8, votesAgainst: 1 });
    await s.decisions.record(f.viewers.secretary, v(DecisionStageKind.DELIBERATION));
    await s.decisions.record(f.viewers.secretary, v(DecisionStageKind.REVIEW));
    await s.decisions.record(f.viewers.secretary, v(DecisionStageKind.RESOLUTION));
    await s.decisions.record(f.viewers.secretary, { decisionId: d.nodeId, stage: DecisionStageKind.DECISION_PUBLICATION, note: '公开' });
    await mk('尚在商议的项目');
  });
  afterAll(() => t?.close());

  const get = (path: string, token?: string): Promise<{ status: number; headers: Headers; json(): Promise<any>; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> }> =>
    fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('documents its lists and columns', async () => {
    const r = await get('');
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.lists.map((l: any) => l.name)).toEqual(expect.arrayContaining(['needs', 'resources', 'projects', 'pledges', 'decisions', 'decision-stages']));
    for (const l of body.lists) for (const col of l.columns) expect(col.description.length).toBeGreaterThan(2);
  });

  it('a member exports a CSV a spreadsheet reads: BOM, CRLF, quoting, no formulas', async () => {
    const r = await get(`/${f.allianceId}/needs.csv`, tok.viewer);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="needs-.*\.csv"/);
    const buf = Buffer.from(await r.arrayBuffer());
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['id', 'title', 'description', 'category', 'priority', 'status', 'createdAt', 'updatedAt']);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(rows[1].slice(1, 4)).toEqual(['加装电梯, "3 号楼"', '第一行\n第二行', 'ELDERLY_CARE']);
    expect(rows[2][1]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1][6]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The ids are the API's: node(id:) finds the need.
    const n = await t.gql(`query($id: ID!) { node(id: $id) { ... on Need { title } } }`, { id: rows[1][0] }, tok.viewer);
    expect(n.data.node.title).toBe('加装电梯, "3 号楼"');
  });

  it('JSON carries the columns and typed rows; pledges join their project, resource and organization', async () => {
    const r = await get(`/${f.allianceId}/pledges.json`, tok.viewer);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.alliance.id).toBe(f.allianceId);
    expect(body.columns.map((c: any) => c.name)).toContain('deliveredQuantity');
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ quantity: 12, deliveredQuantity: 10, status: 'FULFILLED', organizationName: f.unitA.name, kind: 'VOLUNTEERS', unit: '小时' });
    const res = await (await get(`/${f.allianceId}/resources.json`, tok.viewer)).json();
    expect(res.rows[0]).toMatchObject({ capacity: 50, pledged: 12, available: 38 });
    const proj = await (await get(`/${f.allianceId}/projects.json`, tok.viewer)).json();
    expect(proj.rows).toHaveLength(4);
    expect(proj.rows.find((p: any) => p.title === '测试项目')).toMatchObject({ required: 40, pledged: 12, fulfilled: 10, status: 'APPROVED' });
  });

  it('anonymous callers export only what is published', async () => {
    expect((await get(`/${f.allianceId}/needs.csv`)).status).toBe(401);
    expect((await get(`/${f.allianceId}/pledges.json`)).status).toBe(401);
    const proj = await (await get(`/${f.allianceId}/projects.json`)).json();
    expect(proj.rows.map((p: any) => p.status)).toEqual(['APPROVED']);
    const dec = await (await get(`/${f.allianceId}/decisions.json`)).json();
    expect(dec.rows).toHaveLength(1);
    expect(dec.rows[0]).toMatchObject({ title: '议事厅改造', status: 'PASSED', stages: 'PROPOSAL>DELIBERATION>REVIEW>RESOLUTION>DECISION_PUBLICATION>RESULT_PUBLICATION', results: null });
    const allDec = await (await get(`/${f.allianceId}/decisions.json`, tok.viewer)).json();
    expect(allDec.rows).toHaveLength(2);
    const stages = parseCsv((await (await get(`/${f.allianceId}/decision-stages.csv`)).text()).replace(/^\ufeff/, ''));
    expect(stages.slice(1).map((s) => s[3])).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION']);
    expect(stages[3].slice(6, 10)).toEqual(['9', '9', '8', '1']);
  });

  it('strangers, bad tokens, unknown lists and ids are refused without details', async () => {
    expect((await get(`/${f.allianceId}/needs.csv`, tok.stranger)).status).toBe(404);
    expect((await get(`/${f.allianceId}/projects.csv`, tok.stranger)).status).toBe(404);
    const bad = await get(`/${f.allianceId}/projects.csv`, 'not-a-token');
    expect(bad.status).toBe(401);
    expect((await bad.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(`/${f.allianceId}/secrets.csv`, tok.viewer)).status).toBe(404);
    expect((await get(`/${f.allianceId}/needs.xlsx`, tok.viewer)).status).toBe(404);
    expect((await get(`/${f.unitA.nodeId}/needs.csv`, tok.viewer)).status).toBe(404);
    expect((await get(`/%27%3B--/projects.csv`)).status).toBe(404);
  });
});
