import { hashPassword } from '../../server/auth/password';
import { Viewer } from '../../server/auth/viewer';
import { MembershipRole, OrganizationKind, ProjectStatus, ResourceKind } from '../../server/domain/enums';
import { Organization } from '../../server/entities/organization.entity';
import { toGlobalId } from '../../server/graphql/global-id';
import { Services } from '../../server/services';

export const PASSWORD = 'correct-horse-9';

/** One alliance with a person in every role, ready for API tests. */
export interface AllianceFixture {
  allianceId: string; // global id
  allianceUuid: string;
  party: Organization;
  unitA: Organization;
  unitB: Organization;
  emails: Record<'admin' | 'secretary' | 'committee' | 'repA' | 'repB' | 'supervisor' | 'viewer', string>;
  viewers: Record<'admin' | 'secretary' | 'committee' | 'repA' | 'repB' | 'supervisor' | 'viewer', Viewer>;
}

let adminSeq = 0;

/** Creates an admin (or reuses `adminEmail`) and a fully staffed alliance through the services. */
export async function createAllianceFixture(services: Services, tag: string): Promise<AllianceFixture> {
  const adminEmail = `admin-${tag}-${++adminSeq}@test.cn`;
  const [row] = await services.ds.query(
    `INSERT INTO users (name, email, password_hash, is_admin) VALUES ('管理员', $1, $2, true) RETURNING id`,
    [adminEmail, await hashPassword(PASSWORD)],
  );
  const admin = await services.auth.viewerFor(row.id);
  const alliance = await services.alliances.create(admin, {
    name: `测试大工委 ${tag}`,
    region: '测试街道',
    description: '',
    partyCommitteeName: `${tag} 社区党委`,
  });
  const allianceId = alliance.nodeId;
  const party = await services.ds.getRepository(Organization).findOneByOrFail({ allianceId: alliance.id, kind: OrganizationKind.PARTY_COMMITTEE });
  const unitA = await services.organizations.add(admin, { allianceId, name: `${tag} 医院`, kind: OrganizationKind.MEMBER_UNIT });
  const unitB = await services.organizations.add(admin, { allianceId, name: `${tag} 学校`, kind: OrganizationKind.MEMBER_UNIT });
  const emails = {
    admin: adminEmail,
    secretary: `sec-${tag}@test.cn`,
    committee: `com-${tag}@test.cn`,
    repA: `repa-${tag}@test.cn`,
    repB: `repb-${tag}@test.cn`,
    supervisor: `sup-${tag}@test.cn`,
    viewer: `view-${tag}@test.cn`,
  };
  const grant = async (email: string, role: MembershipRole, org?: Organization) => {
    const m = await services.memberships.grant(admin, {
      allianceId,
      email,
      name: email.split('@')[0],
      role,
      organizationId: org?.nodeId,
      password: PASSWORD,
    });
    return services.auth.viewerFor(m.userId);
  };
  const viewers = {
    admin,
    secretary: await grant(emails.secretary, MembershipRole.SECRETARY, party),
    committee: await grant(emails.committee, MembershipRole.COMMITTEE_MEMBER, unitA),
    repA: await grant(emails.repA, MembershipRole.UNIT_REPRESENTATIVE, unitA),
    repB: await grant(emails.repB, MembershipRole.UNIT_REPRESENTATIVE, unitB),
    supervisor: await grant(emails.supervisor, MembershipRole.SUPERVISOR),
    viewer: await grant(emails.viewer, MembershipRole.VIEWER),
  };
  return { allianceId, allianceUuid: alliance.id, party, unitA, unitB, emails, viewers };
}

/** An approved project with one requirement of `kind` and a resource of unit A with `capacity`. */
export async function createPledgeable(
  services: Services,
  f: AllianceFixture,
  opts: { capacity?: number; quantity?: number; kind?: ResourceKind } = {},
) {
  const kind = opts.kind ?? ResourceKind.VOLUNTEERS;
  const resource = await services.resources.register(f.viewers.repA, {
    organizationId: f.unitA.nodeId,
    kind,
    name: '志愿服务',
    unit: '小时',
    capacity: opts.capacity ?? 100,
  });
  let project = await services.projects.create(f.viewers.secretary, {
    allianceId: f.allianceId,
    title: '测试项目',
    description: '',
    leadOrganizationId: f.unitA.nodeId,
    requirements: [{ kind, quantity: opts.quantity ?? 1000, unit: '小时' }],
  });
  for (const to of [ProjectStatus.PROPOSED, ProjectStatus.APPROVED]) {
    project = await services.projects.transition(f.viewers.secretary, { projectId: project.nodeId, to });
  }
  const [requirement] = await services.ds.query('SELECT id FROM requirements WHERE project_id = $1', [project.id]);
  return { resource, project, requirementId: toGlobalId('Requirement', requirement.id) };
}
