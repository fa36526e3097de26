import { hashPassword } from '../auth/password';
import { Viewer } from '../auth/viewer';
import {
  MembershipRole,
  NeedCategory,
  NeedPriority,
  OrganizationKind,
  OrganizationSector,
  ProjectStatus,
  ResourceKind,
} from '../domain/enums';
import { Organization } from '../entities/organization.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { Resource } from '../entities/resource.entity';
import { Services } from '../services';

const PASSWORD = 'gongjian2026';

/** The demo accounts `npm start` prints. */
export const DEMO_LOGINS = [
  { role: '平台管理员 admin', email: 'admin@demo.gongjian.cn', password: PASSWORD },
  { role: '社区书记 secretary', email: 'wang.shuji@demo.gongjian.cn', password: PASSWORD },
  { role: '兼职副书记 committee', email: 'li.yuanzhang@demo.gongjian.cn', password: PASSWORD },
  { role: '医院联络员 unit rep', email: 'zhao.hushi@demo.gongjian.cn', password: PASSWORD },
  { role: '供电公司联络员 unit rep', email: 'chen.gong@demo.gongjian.cn', password: PASSWORD },
  { role: '志愿者协会联络员 unit rep', email: 'liu.zhiyuan@demo.gongjian.cn', password: PASSWORD },
  { role: '监督委员 supervisor', email: 'zhou.jiandu@demo.gongjian.cn', password: PASSWORD },
];

interface OrgSpec {
  key: string;
  name: string;
  kind: OrganizationKind;
  sector: OrganizationSector;
  partyOrgName: string;
}

const ORGS: OrgSpec[] = [
  { key: 'hospital', name: '市第一人民医院', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.HOSPITAL, partyOrgName: '市第一人民医院党委' },
  { key: 'school', name: '幸福里实验小学', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.SCHOOL, partyOrgName: '幸福里实验小学党支部' },
  { key: 'power', name: '国网城东供电公司', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.STATE_OWNED_ENTERPRISE, partyOrgName: '国网城东供电公司党委' },
  { key: 'bank', name: '工商银行和平支行', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.STATE_OWNED_ENTERPRISE, partyOrgName: '工商银行和平支行党支部' },
  { key: 'agency', name: '和平街道城市管理中队', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.AGENCY, partyOrgName: '城市管理中队党支部' },
  { key: 'enterprise', name: '绿源环保科技有限公司', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.PRIVATE_ENTERPRISE, partyOrgName: '绿源环保科技党支部' },
  { key: 'library', name: '区图书馆', kind: OrganizationKind.MEMBER_UNIT, sector: OrganizationSector.PUBLIC_INSTITUTION, partyOrgName: '区图书馆党支部' },
  { key: 'volunteers', name: '幸福里志愿者协会', kind: OrganizationKind.SOCIAL_ORGANIZATION, sector: OrganizationSector.OTHER, partyOrgName: '志愿者协会功能型党支部' },
  { key: 'elders', name: '夕阳红老年协会', kind: OrganizationKind.SOCIAL_ORGANIZATION, sector: OrganizationSector.OTHER, partyOrgName: '老年协会党小组' },
  { key: 'social', name: '阳光社工服务中心', kind: OrganizationKind.SOCIAL_ORGANIZATION, sector: OrganizationSector.OTHER, partyOrgName: '阳光社工党支部' },
];

const RESOURCES: { org: string; kind: ResourceKind; name: string; unit: string; capacity: number; description: string }[] = [
  { org: 'hospital', kind: ResourceKind.EXPERTISE, name: '全科医生义诊', unit: '小时', capacity: 120, description: '每月两次社区义诊，含慢病随访' },
  { org: 'hospital', kind: ResourceKind.VOLUNTEERS, name: '护士志愿服务', unit: '小时', capacity: 200, description: '上门测血压、健康宣教' },
  { org: 'hospital', kind: ResourceKind.EQUIPMENT, name: '便携式体检设备', unit: '套', capacity: 4, description: '血压计、血糖仪、心电仪' },
  { org: 'school', kind: ResourceKind.VENUE, name: '学校操场与体育馆', unit: '小时', capacity: 300, description: '周末与寒暑假向居民开放' },
  { org: 'school', kind: ResourceKind.EXPERTISE, name: '教师课后辅导', unit: '课时', capacity: 160, description: '双职工家庭子女课后托管辅导' },
  { org: 'power', kind: ResourceKind.SERVICES, name: '老旧小区线路检修', unit: '次', capacity: 30, description: '楼道线路隐患排查与整改' },
  { org: 'power', kind: ResourceKind.VOLUNTEERS, name: '共产党员服务队', unit: '人', capacity: 40, description: '用电安全进社区' },
  { org: 'bank', kind: ResourceKind.FUNDS, name: '公益资金', unit: '元', capacity: 200000, description: '年度社区公益专项资金' },
  { org: 'bank', kind: ResourceKind.EXPERTISE, name: '反诈与金融知识讲座', unit: '场', capacity: 12, description: '面向老年人的防诈骗宣讲' },
  { org: 'agency', kind: ResourceKind.SERVICES, name: '环境综合整治', unit: '次', capacity: 24, description: '背街小巷清理、违停治理' },
  { org: 'enterprise', kind: ResourceKind.MATERIALS, name: '分类垃圾桶', unit: '个', capacity: 300, description: '四分类垃圾桶及标识' },
  { org: 'enterprise', kind: ResourceKind.FUNDS, name: '企业捐资', unit: '元', capacity: 50000, description: '垃圾分类宣传专项' },
  { org: 'library', kind: ResourceKind.VENUE, name: '社区阅览室', unit: '小时', capacity: 500, description: '可承办讲座、读书会' },
  { org: 'library', kind: ResourceKind.MATERIALS, name: '流动图书', unit: '册', capacity: 2000, description: '儿童绘本与老年读物' },
  { org: 'volunteers', kind: ResourceKind.VOLUNTEERS, name: '助老送餐志愿者', unit: '小时', capacity: 600, description: '为独居老人送餐、陪伴' },
  { org: 'elders', kind: ResourceKind.VOLUNTEERS, name: '银龄巡逻队', unit: '人', capacity: 30, description: '平安巡逻、邻里守望' },
  { org: 'social', kind: ResourceKind.SERVICES, name: '专业社工个案服务', unit: '次', capacity: 80, description: '困境家庭个案跟进' },
];

const NEEDS: { title: string; description: string; category: NeedCategory; priority: NeedPriority }[] = [
  { title: '独居老人助餐', description: '社区 86 位独居老人午餐难，需要送餐与陪伴', category: NeedCategory.ELDERLY_CARE, priority: NeedPriority.URGENT },
  { title: '老年人慢病随访', description: '高血压、糖尿病老人缺少定期随访', category: NeedCategory.HEALTH, priority: NeedPriority.HIGH },
  { title: '双职工子女课后托管', description: '放学后 3:30–6:00 无人照看', category: NeedCategory.CHILD_CARE, priority: NeedPriority.HIGH },
  { title: '老旧小区楼道线路老化', description: '3 号、7 号楼飞线充电隐患', category: NeedCategory.SAFETY, priority: NeedPriority.URGENT },
  { title: '垃圾分类设施不足', description: '6 个小区缺少四分类投放点', category: NeedCategory.ENVIRONMENT, priority: NeedPriority.MEDIUM },
  { title: '老年人防诈骗宣传', description: '近期电信诈骗多发', category: NeedCategory.SAFETY, priority: NeedPriority.HIGH },
  { title: '居民文化活动场地', description: '广场舞、合唱团缺少固定场地', category: NeedCategory.CULTURE, priority: NeedPriority.MEDIUM },
  { title: '失业人员技能培训', description: '20 余名待业居民希望学习技能', category: NeedCategory.EMPLOYMENT, priority: NeedPriority.MEDIUM },
  { title: '儿童阅读推广', description: '社区儿童缺少课外读物', category: NeedCategory.EDUCATION, priority: NeedPriority.LOW },
];

/**
 * Loads the demo alliance 幸福里社区大工委 through the services (so every change writes its event,
 * exactly as real use would). With `onlyIfEmpty` it does nothing when any alliance exists.
 */
export async function loadDemo(
  services: Services,
  opts: { onlyIfEmpty?: boolean; log?: (msg: string) => void } = {},
): Promise<boolean> {
  const { ds } = services;
  const log = opts.log ?? (() => undefined);
  if (opts.onlyIfEmpty) {
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM alliances');
    if (n > 0) return false;
  }
  log('loading the demo alliance 幸福里社区大工委');
  const hash = await hashPassword(PASSWORD);
  const [adminRow] = await ds.query(
    `INSERT INTO users (name, email, password_hash, is_admin) VALUES ('平台管理员', $1, $2, true)
     ON CONFLICT (email) DO UPDATE SET is_admin = true RETURNING id`,
    [DEMO_LOGINS[0].email, hash],
  );
  const admin = await services.auth.viewerFor(adminRow.id);

  const alliance = await services.alliances.create(admin, {
    name: '幸福里社区大工委',
    region: '和平街道 幸福里社区',
    description: '以社区党委为核心，驻区单位、社会组织共同参与的区域化党建联合体，推行“三张清单”共驻共建。',
    partyCommitteeName: '中共幸福里社区委员会',
  });
  const aid = alliance.nodeId;
  const orgs = new Map<string, Organization>();
  for (const spec of ORGS) {
    orgs.set(spec.key, await services.organizations.add(admin, { allianceId: aid, ...spec }));
  }
  const party = await ds.getRepository(Organization).findOneByOrFail({ allianceId: alliance.id, kind: OrganizationKind.PARTY_COMMITTEE });

  const grant = (email: string, name: string, role: MembershipRole, org?: Organization, title?: string) =>
    services.memberships.grant(admin, {
      allianceId: aid,
      email,
      name,
      role,
      organizationId: org?.nodeId,
      title,
      termStart: title ? '2026-01-01' : undefined,
      termEnd: title ? '2028-12-31' : undefined,
      password: PASSWORD,
    });
  const secretary = await grant(DEMO_LOGINS[1].email, '王建华', MembershipRole.SECRETARY, party, '社区党委书记');
  await grant(DEMO_LOGINS[2].email, '李明', MembershipRole.COMMITTEE_MEMBER, orgs.get('hospital'), '兼职副书记');
  await grant('zhang.xiaozhang@demo.gongjian.cn', '张丽', MembershipRole.COMMITTEE_MEMBER, orgs.get('school'), '兼职委员');
  await grant('sun.weiyuan@demo.gongjian.cn', '孙强', MembershipRole.COMMITTEE_MEMBER, orgs.get('power'), '兼职委员');
  const reps = new Map<string, Viewer>();
  const repSpecs: [string, string, string][] = [
    ['hospital', DEMO_LOGINS[3].email, '赵敏'],
    ['power', DEMO_LOGINS[4].email, '陈刚'],
    ['volunteers', DEMO_LOGINS[5].email, '刘芳'],
    ['school', 'huang.laoshi@demo.gongjian.cn', '黄涛'],
    ['bank', 'wu.hangzhang@demo.gongjian.cn', '吴静'],
    ['agency', 'zheng.duizhang@demo.gongjian.cn', '郑伟'],
    ['enterprise', 'he.jingli@demo.gongjian.cn', '何磊'],
    ['library', 'xu.guanyuan@demo.gongjian.cn', '徐雅'],
    ['elders', 'ma.laoshi@demo.gongjian.cn', '马淑珍'],
    ['social', 'lin.shegong@demo.gongjian.cn', '林晓'],
  ];
  for (const [key, email, name] of repSpecs) {
    const m = await grant(email, name, MembershipRole.UNIT_REPRESENTATIVE, orgs.get(key), '联络员');
    reps.set(key, await services.auth.viewerFor(m.userId));
  }
  await grant(DEMO_LOGINS[6].email, '周正', MembershipRole.SUPERVISOR, undefined, '监督委员会委员');
  await grant('viewer@demo.gongjian.cn', '街道观察员', MembershipRole.VIEWER);
  const sec = await services.auth.viewerFor(secretary.userId);

  const needs: import('../entities/need.entity').Need[] = [];
  for (const n of NEEDS) needs.push(await services.needs.raise(sec, { allianceId: aid, ...n }));
  const resources = new Map<string, Resource>();
  for (const r of RESOURCES) {
    const owner = reps.get(r.org)!;
    resources.set(r.name, await services.resources.register(owner, { organizationId: orgs.get(r.org)!.nodeId, ...r }));
  }

  const projectSpecs: {
    title: string;
    description: string;
    lead: string;
    needs: number[];
    requirements: { kind: ResourceKind; quantity: number; unit: string; description: string }[];
    to: ProjectStatus[];
  }[] = [
    {
      title: '助老送餐“幸福食堂”',
      description: '联合志愿者协会与医院，为独居老人每日送餐并测量血压',
      lead: 'volunteers',
      needs: [0, 1],
      requirements: [
        { kind: ResourceKind.VOLUNTEERS, quantity: 400, unit: '小时', description: '送餐与陪伴' },
        { kind: ResourceKind.FUNDS, quantity: 60000, unit: '元', description: '餐费补贴' },
        { kind: ResourceKind.EXPERTISE, quantity: 48, unit: '小时', description: '慢病随访' },
      ],
      to: [ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS],
    },
    {
      title: '四点半课堂',
      description: '学校教师与图书馆共同开设课后托管与阅读课',
      lead: 'school',
      needs: [2, 8],
      requirements: [
        { kind: ResourceKind.EXPERTISE, quantity: 120, unit: '课时', description: '课后辅导' },
        { kind: ResourceKind.VENUE, quantity: 200, unit: '小时', description: '阅览室' },
        { kind: ResourceKind.MATERIALS, quantity: 800, unit: '册', description: '绘本' },
      ],
      to: [ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS],
    },
    {
      title: '老旧小区用电安全改造',
      description: '供电公司党员服务队排查楼道线路，整治飞线充电',
      lead: 'power',
      needs: [3],
      requirements: [
        { kind: ResourceKind.SERVICES, quantity: 20, unit: '次', description: '线路检修' },
        { kind: ResourceKind.VOLUNTEERS, quantity: 20, unit: '人', description: '入户宣传' },
      ],
      to: [ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED],
    },
    {
      title: '垃圾分类示范小区',
      description: '企业捐赠分类设施，城管中队开展环境整治',
      lead: 'enterprise',
      needs: [4],
      requirements: [
        { kind: ResourceKind.MATERIALS, quantity: 240, unit: '个', description: '分类垃圾桶' },
        { kind: ResourceKind.SERVICES, quantity: 12, unit: '次', description: '环境整治' },
      ],
      to: [ProjectStatus.PROPOSED, ProjectStatus.APPROVED],
    },
    {
      title: '银发反诈课堂',
      description: '银行党支部走进社区开展防诈骗讲座',
      lead: 'bank',
      needs: [5],
      requirements: [{ kind: ResourceKind.EXPERTISE, quantity: 6, unit: '场', description: '讲座' }],
      to: [ProjectStatus.PROPOSED],
    },
    {
      title: '邻里文化节',
      description: '利用学校操场举办社区文化节',
      lead: 'school',
      needs: [6],
      requirements: [{ kind: ResourceKind.VENUE, quantity: 40, unit: '小时', description: '操场' }],
      to: [],
    },
    {
      title: '就业技能培训班',
      description: '原计划与企业合作开展技能培训，因场地调整取消',
      lead: 'enterprise',
      needs: [7],
      requirements: [{ kind: ResourceKind.FUNDS, quantity: 20000, unit: '元', description: '培训经费' }],
      to: [ProjectStatus.PROPOSED, ProjectStatus.CANCELLED],
    },
  ];
  const projects: Project[] = [];
  for (const spec of projectSpecs) {
    let project = await services.projects.create(sec, {
      allianceId: aid,
      title: spec.title,
      description: spec.description,
      leadOrganizationId: orgs.get(spec.lead)!.nodeId,
      needIds: spec.needs.map((i) => needs[i].nodeId),
      requirements: spec.requirements,
      startDate: '2026-03-01',
      endDate: '2026-12-31',
    });
    // Pledges go in while the project is open; the rest of its path follows.
    const stopAt = spec.to.indexOf(ProjectStatus.COMPLETED);
    const before = stopAt >= 0 ? spec.to.slice(0, stopAt) : spec.to;
    for (const to of before) project = await services.projects.transition(sec, { projectId: project.nodeId, to });
    projects.push(project);
  }
  const requirementsOf = async (p: Project) =>
    ds.getRepository(Requirement).find({ where: { projectId: p.id }, order: { position: 'ASC' } });
  const pledge = (org: string, resName: string, req: Requirement, quantity: number, note?: string) =>
    services.pledges.pledge(reps.get(org)!, { requirementId: req.nodeId, resourceId: resources.get(resName)!.nodeId, quantity, note });

  const [meals, afterSchool, power, waste] = projects;
  const [mealVol, mealFunds, mealCare] = await requirementsOf(meals);
  const p1 = await pledge('volunteers', '助老送餐志愿者', mealVol, 240, '每周一至周五');
  const p2 = await pledge('bank', '公益资金', mealFunds, 40000);
  const p3 = await pledge('hospital', '全科医生义诊', mealCare, 24);
  await pledge('hospital', '护士志愿服务', mealVol, 60);
  await services.pledges.confirm(sec, { pledgeId: p1.nodeId });
  await services.pledges.confirm(sec, { pledgeId: p2.nodeId });
  await services.pledges.confirm(sec, { pledgeId: p3.nodeId });
  await services.pledges.fulfill(sec, { pledgeId: p1.nodeId, deliveredQuantity: 180 });
  await services.pledges.fulfill(sec, { pledgeId: p3.nodeId, deliveredQuantity: 24 });

  const [asTeach, asVenue, asBooks] = await requirementsOf(afterSchool);
  const q1 = await pledge('school', '教师课后辅导', asTeach, 100);
  const q2 = await pledge('library', '社区阅览室', asVenue, 150);
  const q3 = await pledge('library', '流动图书', asBooks, 500);
  const q4 = await pledge('school', '学校操场与体育馆', asVenue, 80, '体育馆周末时段');
  await services.pledges.confirm(sec, { pledgeId: q1.nodeId });
  await services.pledges.confirm(sec, { pledgeId: q2.nodeId });
  await services.pledges.fulfill(sec, { pledgeId: q2.nodeId, deliveredQuantity: 60 });
  await services.pledges.reject(sec, { pledgeId: q4.nodeId, reason: '操场离托管点较远，改用阅览室 / venue too far' });
  await services.pledges.withdraw(reps.get('library')!, { pledgeId: q3.nodeId, reason: '图书调拨至区馆，下季度再认领 / books reassigned' });

  const [pwService, pwVol] = await requirementsOf(power);
  const r1 = await pledge('power', '老旧小区线路检修', pwService, 20);
  const r2 = await pledge('power', '共产党员服务队', pwVol, 15);
  const r3 = await pledge('elders', '银龄巡逻队', pwVol, 5);
  for (const p of [r1, r2, r3]) await services.pledges.confirm(sec, { pledgeId: p.nodeId });
  await services.pledges.fulfill(sec, { pledgeId: r1.nodeId, deliveredQuantity: 20 });
  await services.pledges.fulfill(sec, { pledgeId: r2.nodeId, deliveredQuantity: 15 });
  await services.pledges.fulfill(sec, { pledgeId: r3.nodeId, deliveredQuantity: 4 });
  await services.projects.transition(sec, { projectId: power.nodeId, to: ProjectStatus.COMPLETED, note: '改造完成，居民验收' });

  const [wBins, wService] = await requirementsOf(waste);
  await pledge('enterprise', '分类垃圾桶', wBins, 200);
  await pledge('agency', '环境综合整治', wService, 8);

  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM events WHERE alliance_id = $1', [alliance.id]);
  log(`demo alliance loaded: ${ORGS.length + 1} organizations, ${NEEDS.length} needs, ${RESOURCES.length} resources, ${projects.length} projects, ${n} events`);
  return true;
}
