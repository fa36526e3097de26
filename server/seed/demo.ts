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
import { DecisionStageKind } from '../domain/governance.enums';
import { Organization } from '../entities/organization.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { Resource } from '../entities/resource.entity';
import { Services } from '../services';

/** YYYY-MM-DD of today plus `days` (UTC), so the demo's dates stay current whenever it is loaded. */
function dayFrom(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO time `days` from now at `hour`:00 Beijing time. */
function timeFrom(days: number, hour: number): string {
  return `${dayFrom(days)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

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
  const committee = [
    await grant(DEMO_LOGINS[2].email, '李明', MembershipRole.COMMITTEE_MEMBER, orgs.get('hospital'), '兼职副书记'),
    await grant('zhang.xiaozhang@demo.gongjian.cn', '张丽', MembershipRole.COMMITTEE_MEMBER, orgs.get('school'), '兼职委员'),
    await grant('sun.weiyuan@demo.gongjian.cn', '孙强', MembershipRole.COMMITTEE_MEMBER, orgs.get('power'), '兼职委员'),
  ];
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
  const liMing = await services.auth.viewerFor(committee[0].userId);

  // 积分规则 before any delivery, so fulfilled pledges earn points as they would in real use.
  const rules: [ResourceKind, number, number][] = [
    [ResourceKind.VOLUNTEERS, 1, 10],
    [ResourceKind.EXPERTISE, 1, 2],
    [ResourceKind.SERVICES, 2, 1],
    [ResourceKind.FUNDS, 1, 1000],
    [ResourceKind.VENUE, 1, 10],
    [ResourceKind.MATERIALS, 1, 20],
    [ResourceKind.EQUIPMENT, 1, 1],
  ];
  for (const [resourceKind, points, per] of rules) await services.points.setRule(sec, { allianceId: aid, resourceKind, points, per });
  // 四议两公开: every project is approved only after its decision passes.
  await services.decisions.configure(sec, { allianceId: aid });

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
    decision?: string;
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
  /** 提议 → 两委商议 → 党员大会审议 → 代表会议决议, as recorded by the secretary after each meeting. */
  const decisionOf = new Map<string, string>();
  const vote = (decisionId: string, stage: DecisionStageKind, heldOn: string, eligible: number, present: number, votesFor: number, note: string) =>
    services.decisions.record(sec, { decisionId, stage, heldOn, eligible, present, votesFor, votesAgainst: present - votesFor - 1, votesAbstain: 1, note });
  const decide = async (project: Project, proposal: string) => {
    const d = await services.decisions.start(liMing, { projectId: project.nodeId, proposal, heldOn: dayFrom(-60) });
    decisionOf.set(project.title, d.nodeId);
    await vote(d.nodeId, DecisionStageKind.DELIBERATION, dayFrom(-55), 9, 8, 7, '两委联席会议商议，同意提交党员大会审议');
    await vote(d.nodeId, DecisionStageKind.REVIEW, dayFrom(-50), 45, 38, 35, '党员大会审议通过');
    await vote(d.nodeId, DecisionStageKind.RESOLUTION, dayFrom(-45), 31, 27, 25, '居民代表会议表决通过');
  };
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
    for (const to of before) {
      if (to === ProjectStatus.APPROVED) await decide(project, spec.decision ?? `提请审议“${spec.title}”`);
      project = await services.projects.transition(sec, { projectId: project.nodeId, to });
    }
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

  // 两公开: the decisions taken are published; the finished project's results too.
  for (const title of [meals.title, afterSchool.title, power.title]) {
    await services.decisions.record(sec, {
      decisionId: decisionOf.get(title)!,
      stage: DecisionStageKind.DECISION_PUBLICATION,
      heldOn: dayFrom(-44),
      note: `经“四议”程序，“${title}”项目决议通过，现予公开，公示期 7 天。`,
    });
  }
  await services.decisions.record(sec, {
    decisionId: decisionOf.get(power.title)!,
    stage: DecisionStageKind.RESULT_PUBLICATION,
    heldOn: dayFrom(-5),
    results: '完成 3 号、7 号楼等 20 次线路检修，拆除飞线 46 处，新增集中充电桩 12 个，居民验收满意率 96%。',
  });
  // A decision under way: 银发反诈课堂 has been proposed and deliberated; the members' meeting is next.
  const fraud = projects[4];
  const open = await services.decisions.start(liMing, {
    projectId: fraud.nodeId,
    proposal: '由工商银行和平支行党支部承办 6 场面向老年人的防诈骗讲座，社区党委组织居民参加。',
    heldOn: dayFrom(-8),
  });
  await vote(open.nodeId, DecisionStageKind.DELIBERATION, dayFrom(-3), 9, 7, 6, '两委商议同意，提交党员大会审议');

  // 联席会议: one held (minutes, attendance, resolutions), one coming with its agenda open.
  const userId = (v: Viewer) => v.user!.nodeId;
  const held = await services.meetings.schedule(sec, {
    allianceId: aid,
    title: '大工委第三次联席会议',
    scheduledAt: timeFrom(-10, 14),
    location: '幸福里社区党群服务中心三楼会议室',
    agendaLeadHours: 72,
    attendancePoints: 5,
  });
  const zhangLi = await services.auth.viewerFor(committee[1].userId);
  const sunQiang = await services.auth.viewerFor(committee[2].userId);
  await services.meetings.record(sec, {
    meetingId: held.nodeId,
    attendeeUserIds: [sec, liMing, zhangLi, sunQiang, ...['hospital', 'power', 'volunteers', 'school', 'bank', 'enterprise'].map((k) => reps.get(k)!)].map(userId),
    minutes:
      '会议由王建华书记主持。一、通报“幸福食堂”送餐进展：已送餐 180 小时，覆盖独居老人 62 位；二、讨论垃圾分类示范小区分类桶投放点位；三、各单位交流下季度可提供的资源。',
    resolutions: [
      { text: '“幸福食堂”送餐服务延伸至周末，由志愿者协会补充排班。', projectId: meals.nodeId },
      { text: '垃圾分类示范小区首批 6 个投放点于下月 15 日前建成。', projectId: waste.nodeId },
      { text: '下次联席会议听取“银发反诈课堂”决策进展。' },
    ],
  });
  const next = await services.meetings.schedule(sec, {
    allianceId: aid,
    title: '大工委第四次联席会议',
    scheduledAt: timeFrom(8, 14),
    location: '幸福里社区党群服务中心三楼会议室',
    agendaLeadHours: 72,
    attendancePoints: 5,
  });
  await services.meetings.submitAgendaItem(liMing, {
    meetingId: next.nodeId,
    title: '“银发反诈课堂”提交党员大会审议的准备',
    description: '商议已通过，拟安排党员大会审议时间。',
    projectId: fraud.nodeId,
  });
  await services.meetings.submitAgendaItem(reps.get('volunteers')!, {
    meetingId: next.nodeId,
    title: '周末送餐志愿者招募情况',
    description: '目前周末缺少 8 名送餐志愿者，请各单位支持。',
    projectId: meals.nodeId,
  });

  // 党员奉献日: last month's, attendance recorded; the next ones open for sign-up.
  const pastDay = await services.points.scheduleServiceDay(sec, {
    allianceId: aid,
    title: '党员奉献日·清洁家园',
    date: dayFrom(-20),
    points: 10,
    capacity: 20,
    repeatMonthly: 0,
  });
  const pastSigners = ['hospital', 'power', 'volunteers', 'school', 'library'].map((k) => reps.get(k)!);
  for (const v of [...pastSigners, zhangLi]) await services.points.signUp(v, { serviceDayId: pastDay.nodeId });
  await services.points.recordAttendance(sec, {
    serviceDayId: pastDay.nodeId,
    attendedUserIds: [...pastSigners.slice(0, 4), zhangLi].map(userId),
  });
  const nextDay = await services.points.scheduleServiceDay(sec, {
    allianceId: aid,
    title: '党员奉献日·助老服务',
    date: dayFrom(12),
    points: 10,
    capacity: 15,
    repeatMonthly: 2,
  });
  for (const k of ['power', 'library']) await services.points.signUp(reps.get(k)!, { serviceDayId: nextDay.nodeId });

  // 共建协议: one due for review soon, one due for renewal, one just signed.
  await services.agreements.create(sec, {
    allianceId: aid,
    title: '医疗健康共建协议',
    description: '社区党委与市第一人民医院党委结对共建，服务社区老年人健康。',
    startsOn: dayFrom(-170),
    endsOn: dayFrom(560),
    reviewEveryMonths: 6,
    parties: [
      { organizationId: party.nodeId, commitment: '提供义诊场地，组织居民预约，建立慢病老人台账' },
      { organizationId: orgs.get('hospital')!.nodeId, commitment: '每月两次社区义诊，为 60 岁以上慢病老人每季度随访一次' },
    ],
  });
  await services.agreements.create(sec, {
    allianceId: aid,
    title: '用电安全共建协议',
    description: '老旧小区用电安全隐患排查与整改。',
    startsOn: dayFrom(-340),
    endsOn: dayFrom(20),
    reviewEveryMonths: 12,
    parties: [
      { organizationId: party.nodeId, commitment: '摸排隐患楼栋，组织居民配合入户检查' },
      { organizationId: orgs.get('power')!.nodeId, commitment: '共产党员服务队每季度巡检一次，隐患 48 小时内整改' },
    ],
  });
  await services.agreements.create(sec, {
    allianceId: aid,
    title: '书香社区共建协议',
    description: '学校、图书馆与社区共建儿童阅读阵地。',
    startsOn: dayFrom(-30),
    endsOn: dayFrom(700),
    reviewEveryMonths: 6,
    parties: [
      { organizationId: party.nodeId, commitment: '提供四点半课堂场地与志愿者' },
      { organizationId: orgs.get('school')!.nodeId, commitment: '每周安排教师课后辅导 4 课时' },
      { organizationId: orgs.get('library')!.nodeId, commitment: '每季度轮换流动图书 200 册' },
    ],
  });

  // 居民反馈: one answered, one waiting for the secretary.
  const resident = Viewer.anonymous();
  const f1 = await services.feedback.submit(
    resident,
    { allianceId: aid, category: NeedCategory.ENVIRONMENT, content: '5 号楼北侧的路灯坏了两周，晚上出行很不方便，希望尽快修好。', contact: '5 号楼 王阿姨' },
    'demo-seed',
  );
  await services.feedback.answer(sec, {
    feedbackId: f1.nodeId,
    reply: '感谢反馈！已联系城管中队，路灯已于本周三修复。如仍有问题请再次反馈。',
  });
  await services.feedback.submit(
    resident,
    { allianceId: aid, category: NeedCategory.ELDERLY_CARE, content: '我母亲 82 岁独居，能否也加入“幸福食堂”的送餐名单？', contact: '138****2266' },
    'demo-seed',
  );

  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM events WHERE alliance_id = $1', [alliance.id]);
  log(`demo alliance loaded: ${ORGS.length + 1} organizations, ${NEEDS.length} needs, ${RESOURCES.length} resources, ${projects.length} projects, ${n} events`);
  return true;
}
