import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { ProjectStatus, ResourceKind } from '../server/domain/enums';
import { getSchema } from '../server/graphql/schema';
import { toGlobalId } from '../server/graphql/global-id';
import { pageColumns, PROJECTABLE, rowColumns } from '../server/loaders/projection';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

/** The resolve info (its field nodes and fragments: all the projection reads) of the field at `path`. */
function infoOf(doc: string, path: string[]): GraphQLResolveInfo {
  const document = parse(doc);
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  let nodes: FieldNode[] = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === path[0]);
  for (const name of path.slice(1)) {
    nodes = nodes.flatMap((n) => n.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
  }
  return { fieldNodes: nodes, fragments } as unknown as GraphQLResolveInfo;
}

describe('selection → columns', () => {
  it('reads only the columns of listed fields, through fragments, aliases and __typename, and the key of each joined row', () => {
    const info = infoOf(
      `{ p { pledges { totalCount pageInfo { hasNextPage } edges { cursor node { __typename quantity q2: status ...F ... on Pledge { organization { name } }
         resource { available } } } } } }
       fragment F on Pledge { organization { kind } }`,
      ['p', 'pledges'],
    );
    const cols = pageColumns(info, 'Pledge');
    expect(cols.own).toEqual(['id', 'organizationId', 'quantity', 'resourceId', 'status']);
    expect(cols.refs.get('organizationId')).toEqual(['id', 'kind', 'name']);
    expect(cols.refs.get('resourceId')).toEqual(['capacity', 'id', 'pledged']);
    // Memoised per parsed field node: the same object again.
    expect(pageColumns(info, 'Pledge')).toBe(cols);
  });

  it('needs the full row for any field it does not know, and joins nothing that is not selected', () => {
    const unknown = pageColumns(infoOf('{ p { pledges { edges { node { quantity someNewField } } } } }', ['p', 'pledges']), 'Pledge');
    expect(unknown.own).toBeNull();
    expect(unknown.refs.size).toBe(0);
    const nestedUnknown = pageColumns(infoOf('{ p { pledges { edges { node { organization { name contributions } } } } } }', ['p', 'pledges']), 'Pledge');
    expect(nestedUnknown.own).toEqual(['id', 'organizationId']);
    expect(nestedUnknown.refs.get('organizationId')).toBeNull();
    expect(nestedUnknown.key).not.toBe(unknown.key);
    const countOnly = pageColumns(infoOf('{ p { pledges { totalCount } } }', ['p', 'pledges']), 'Pledge');
    expect(countOnly.own).toEqual(['id']);
    expect(rowColumns(infoOf('{ p { organization { name pledges { totalCount } } } }', ['p', 'organization']), 'Organization')).toEqual([
      'allianceId', 'id', 'name',
    ]);
    expect(rowColumns(infoOf('{ p { organization { name } } }', ['p', 'organization']), 'Unlisted')).toBeNull();
  });

  it('lists only fields that exist, on the types it names', async () => {
    const schema: GraphQLSchema = await getSchema();
    for (const [type, fields] of Object.entries(PROJECTABLE)) {
      const t = schema.getType(type) as GraphQLObjectType;
      for (const f of fields) expect(Object.keys(t.getFields())).toContain(f);
    }
  });
});

/** A selection of one field of a type (object-valued fields get `{ id }`, connections `{ totalCount }`). */
function selectionOf(schema: GraphQLSchema, type: string, field: string): string {
  const t = getNamedType((schema.getType(type) as GraphQLObjectType).getFields()[field].type);
  if (!(t instanceof GraphQLObjectType)) return field;
  return t.getFields().totalCount ? `${field} { totalCount }` : `${field} { id }`;
}

/** `value` cut down to the keys `template` has (recursively); other values as they are. */
function shapeLike(value: any, template: any): any {
  if (!value || !template || typeof template !== 'object') return value;
  return Object.fromEntries(Object.keys(template).map((k) => [k, shapeLike(value[k], template[k])]));
}

describe.each(STORES)('partial rows on the $name PostgreSQL', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let token: string;
  let projectId: string;
  let requirementId: string;
  let resourceId: string;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestServer(store);
    schema = await getSchema();
    f = await createAllianceFixture(t.services, 'proj');
    token = await t.login(f.emails.secretary, PASSWORD);
    const { services } = t;
    // Every nullable column set somewhere, so that a column left out would show as a difference.
    await services.ds.query(`UPDATE organizations SET party_org_name = '第一党支部' WHERE alliance_id = $1`, [f.allianceUuid]);
    const res = await services.resources.register(f.viewers.repA, {
      organizationId: f.unitA.nodeId, kind: ResourceKind.VOLUNTEERS, name: '志愿者', unit: '小时', capacity: 1000, description: '周末服务',
    });
    let p = await services.projects.create(f.viewers.secretary, {
      allianceId: f.allianceId, title: '项目', description: '', leadOrganizationId: f.unitA.nodeId,
      requirements: [{ kind: ResourceKind.VOLUNTEERS, quantity: 50, unit: '小时' }],
    });
    for (const to of [ProjectStatus.PROPOSED, ProjectStatus.APPROVED]) p = await services.projects.transition(f.viewers.secretary, { projectId: p.nodeId, to });
    projectId = p.nodeId;
    const [req] = await services.ds.query('SELECT id FROM requirements WHERE project_id = $1', [p.id]);
    requirementId = toGlobalId('Requirement', req.id);
    resourceId = res.nodeId;
    const pledge = (quantity: number, note?: string) =>
      services.pledges.pledge(f.viewers.repA, { requirementId: toGlobalId('Requirement', req.id), resourceId: res.nodeId, quantity, note });
    await pledge(3, '周六上午');
    const withdrawn = await pledge(2);
    await services.pledges.withdraw(f.viewers.repA, { pledgeId: withdrawn.nodeId, reason: '人手不足' });
    const done = await pledge(4);
    await services.pledges.confirm(f.viewers.secretary, { pledgeId: done.nodeId });
    await services.pledges.fulfill(f.viewers.secretary, { pledgeId: done.nodeId, deliveredQuantity: 4 });
  });
  afterAll(() => t?.close());

  const all = (type: string) => PROJECTABLE[type].map((field) => selectionOf(schema, type, field)).join(' ');

  /** Each pledge, organization and resource by node(id): full rows, nothing primed. */
  async function reference(ids: string[]) {
    const out = new Map<string, any>();
    for (const id of ids) {
      const r = await t.gql(`query($id: ID!) { node(id: $id) { ... on Pledge { ${all('Pledge').replace(/organization \{ id \}|resource \{ id \}/g, '')}
          organization { ${all('Organization')} } resource { ${all('Resource')} } } } }`, { id }, token);
      expect(r.errors).toBeUndefined();
      out.set(id, r.data.node);
    }
    return out;
  }

  it('answers every listed field alone, under each pledge connection, as the full rows do', async () => {
    const listing = await t.gql(`query($id: ID!) { node(id: $id) { ... on Project { pledges(first: 10) { edges { node { id } } } } } }`, { id: projectId }, token);
    const ids: string[] = listing.data.node.pledges.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(3);
    const ref = await reference(ids);
    const expectNonNull = (type: string, field: string, values: unknown[]) => {
      // Set on at least one row, so a missing column (read as null) cannot pass unnoticed.
      if (!/^(deliveredQuantity|note|reason)$/.test(field) || type !== 'Pledge') expect(values.every((v) => v !== null && v !== undefined)).toBe(true);
      else expect(values.some((v) => v !== null && v !== undefined)).toBe(true);
    };
    const selections: { pick: (node: any) => any; sel: string; type: string; field: string }[] = [
      ...PROJECTABLE.Pledge.map((field) => ({ type: 'Pledge', field, sel: selectionOf(schema, 'Pledge', field), pick: (n: any) => n[field] })),
      ...PROJECTABLE.Organization.map((field) => ({ type: 'Organization', field, sel: `organization { ${selectionOf(schema, 'Organization', field)} }`, pick: (n: any) => n.organization[field] })),
      ...PROJECTABLE.Resource.map((field) => ({ type: 'Resource', field, sel: `resource { ${selectionOf(schema, 'Resource', field)} }`, pick: (n: any) => n.resource[field] })),
    ];
    const connections = [
      ['Project', projectId, 'pledges(first: 10)'],
      ['Requirement', requirementId, 'pledges(first: 10)'],
      ['Resource', resourceId, 'pledges(first: 10)'],
      ['Organization', f.unitA.nodeId, 'pledges(first: 10)'],
    ];
    for (const [type, id, field] of connections) {
      for (const s of selections) {
        const r = await t.gql(`query($id: ID!) { node(id: $id) { ... on ${type} { ${field} { edges { node { id ${s.sel} } } } } } }`, { id }, token);
        expect(r.errors).toBeUndefined();
        const nodes = r.data.node[field.split('(')[0]].edges.map((e: any) => e.node);
        expect(nodes.map((n: any) => n.id).sort()).toEqual([...ids].sort());
        const got = nodes.map((n: any) => s.pick(n));
        // The reference holds whole objects where the selection asked for `{ id }`: compare what was asked.
        const want = nodes.map((n: any, i: number) => shapeLike(s.pick(ref.get(n.id)), got[i]));
        expect({ on: `${type}.pledges`, field: `${s.type}.${s.field}`, got }).toEqual({ on: `${type}.pledges`, field: `${s.type}.${s.field}`, got: want });
        expectNonNull(s.type, s.field, got);
      }
    }
  });

  it('never hands a partial row to a reader of the full one in the same request', async () => {
    // The page joins in each organization with its name only; node(id) and the organization list then
    // ask for every column of the same rows, in the same request (same loaders).
    const q = `query($p: ID!, $o: ID!, $a: ID!) {
      node(id: $p) { ... on Project { pledges(first: 10) { edges { node { organization { name } resource { name } } } } } }
      org: node(id: $o) { ... on Organization { ${all('Organization')} } }
      alliance(id: $a) { organizations(first: 20) { edges { node { id ${all('Organization')} } } } resources(first: 20) { edges { node { id ${all('Resource')} } } } } }`;
    const r = await t.gql(q, { p: projectId, o: f.unitA.nodeId, a: f.allianceId }, token);
    expect(r.errors).toBeUndefined();
    const alone = await t.gql(`query($o: ID!) { node(id: $o) { ... on Organization { ${all('Organization')} } } }`, { o: f.unitA.nodeId }, token);
    expect(r.data.org).toEqual(alone.data.node);
    expect(r.data.org.partyOrgName).toBe('第一党支部');
    const listedA = r.data.alliance.organizations.edges.find((e: any) => e.node.id === f.unitA.nodeId).node;
    expect(listedA).toEqual({ id: f.unitA.nodeId, ...alone.data.node });
    for (const e of r.data.alliance.resources.edges) expect(e.node.description).toBe('周末服务');
  });

  it('answers from the page’s own statement, never from a row read earlier in the request', async () => {
    // `a` reads the resource whole; `b` then pledges more and lists the pledges with the resource's
    // counters. The page's (partial) resource row is newer than the one `a` left in the loader.
    const { resource, requirementId: q } = await createPledgeable(t.services, f, { capacity: 100 });
    const rep = await t.login(f.emails.repA, PASSWORD);
    const r = await t.gql(`mutation($r: String!, $q: String!) {
      a: pledgeResource(input: { requirementId: $q, resourceId: $r, quantity: 1 }) { resource { ${all('Resource')} } organization { ${all('Organization')} } }
      b: pledgeResource(input: { requirementId: $q, resourceId: $r, quantity: 2 }) {
        requirement { pledges(first: 10) { edges { node { quantity resource { pledged available } organization { name } } } } } }
    }`, { r: resource.nodeId, q }, rep);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.resource.pledged).toBe(1);
    const nodes = r.data.b.requirement.pledges.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.quantity).sort()).toEqual([1, 2]);
    for (const n of nodes) expect(n.resource).toEqual({ pledged: 3, available: 97 });
  });

  it('costs no extra statement: the dashboard shape is still one statement for the pledge pages', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Project { requirements { pledges(first: 5) { edges { node { quantity organization { name } resource { name available } } } } } } } }`;
    // The measured request finds the caller's viewer cached (it is, once the process listens for changes).
    for (let i = 0; i < 100 && !t.server.live.bus.listening; i++) await new Promise((res) => setTimeout(res, 50));
    await t.gql(q, { id: projectId }, token);
    const r = await t.gql(q, { id: projectId }, token);
    expect(r.errors).toBeUndefined();
    // node(id) reads the project, the requirements, then one page statement that also brings the
    // organizations and resources (no by-id statement for them).
    expect(r.statements).toBe(3);
  });
});
