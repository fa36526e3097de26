import { registerEnumType } from 'type-graphql';

/** Kinds of alliance members. */
export enum OrganizationKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  MEMBER_UNIT = 'MEMBER_UNIT',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
}

export enum OrganizationSector {
  AGENCY = 'AGENCY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  STATE_OWNED_ENTERPRISE = 'STATE_OWNED_ENTERPRISE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  OTHER = 'OTHER',
}

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}

export enum MembershipRole {
  SECRETARY = 'SECRETARY',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  UNIT_REPRESENTATIVE = 'UNIT_REPRESENTATIVE',
  SUPERVISOR = 'SUPERVISOR',
  VIEWER = 'VIEWER',
}

export enum NeedCategory {
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_CARE = 'CHILD_CARE',
  EMPLOYMENT = 'EMPLOYMENT',
  ENVIRONMENT = 'ENVIRONMENT',
  CULTURE = 'CULTURE',
  HEALTH = 'HEALTH',
  SAFETY = 'SAFETY',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}

export enum NeedPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum NeedStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
}

export enum ResourceKind {
  VENUE = 'VENUE',
  FUNDS = 'FUNDS',
  VOLUNTEERS = 'VOLUNTEERS',
  EXPERTISE = 'EXPERTISE',
  EQUIPMENT = 'EQUIPMENT',
  MATERIALS = 'MATERIALS',
  SERVICES = 'SERVICES',
}

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum PledgeStatus {
  PLEDGED = 'PLEDGED',
  CONFIRMED = 'CONFIRMED',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}

export enum EventType {
  ALLIANCE_CREATED = 'ALLIANCE_CREATED',
  ALLIANCE_UPDATED = 'ALLIANCE_UPDATED',
  ORGANIZATION_ADDED = 'ORGANIZATION_ADDED',
  ORGANIZATION_UPDATED = 'ORGANIZATION_UPDATED',
  MEMBERSHIP_GRANTED = 'MEMBERSHIP_GRANTED',
  MEMBERSHIP_REVOKED = 'MEMBERSHIP_REVOKED',
  NEED_RAISED = 'NEED_RAISED',
  NEED_UPDATED = 'NEED_UPDATED',
  RESOURCE_REGISTERED = 'RESOURCE_REGISTERED',
  RESOURCE_UPDATED = 'RESOURCE_UPDATED',
  PROJECT_CREATED = 'PROJECT_CREATED',
  PROJECT_TRANSITIONED = 'PROJECT_TRANSITIONED',
  PLEDGE_CREATED = 'PLEDGE_CREATED',
  PLEDGE_CONFIRMED = 'PLEDGE_CONFIRMED',
  PLEDGE_REJECTED = 'PLEDGE_REJECTED',
  PLEDGE_WITHDRAWN = 'PLEDGE_WITHDRAWN',
  PLEDGE_FULFILLED = 'PLEDGE_FULFILLED',
  CONCERN_RAISED = 'CONCERN_RAISED',
  CONCERN_ANSWERED = 'CONCERN_ANSWERED',
  NOTIFICATION_CHANNEL_ADDED = 'NOTIFICATION_CHANNEL_ADDED',
  NOTIFICATION_CHANNEL_UPDATED = 'NOTIFICATION_CHANNEL_UPDATED',
  NOTIFICATION_CHANNEL_REMOVED = 'NOTIFICATION_CHANNEL_REMOVED',
  NOTIFICATION_PREFERENCES_UPDATED = 'NOTIFICATION_PREFERENCES_UPDATED',
  DECISION_STAGES_CONFIGURED = 'DECISION_STAGES_CONFIGURED',
  DECISION_STARTED = 'DECISION_STARTED',
  DECISION_STAGE_RECORDED = 'DECISION_STAGE_RECORDED',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  FEEDBACK_ANSWERED = 'FEEDBACK_ANSWERED',
  FEEDBACK_CONVERTED = 'FEEDBACK_CONVERTED',
  POINT_RULE_SET = 'POINT_RULE_SET',
  SERVICE_DAY_SCHEDULED = 'SERVICE_DAY_SCHEDULED',
  SERVICE_DAY_SIGNED_UP = 'SERVICE_DAY_SIGNED_UP',
  SERVICE_DAY_ATTENDANCE_RECORDED = 'SERVICE_DAY_ATTENDANCE_RECORDED',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  AGENDA_ITEM_SUBMITTED = 'AGENDA_ITEM_SUBMITTED',
  MEETING_RECORDED = 'MEETING_RECORDED',
  AGREEMENT_CREATED = 'AGREEMENT_CREATED',
  AGREEMENT_REVIEWED = 'AGREEMENT_REVIEWED',
  AGREEMENT_RENEWED = 'AGREEMENT_RENEWED',
  AGREEMENT_REVIEW_DUE = 'AGREEMENT_REVIEW_DUE',
  AGREEMENT_RENEWAL_DUE = 'AGREEMENT_RENEWAL_DUE',
  PROJECT_AT_RISK = 'PROJECT_AT_RISK',
  PLEDGE_AT_RISK = 'PLEDGE_AT_RISK',
}

/** Pledge statuses whose quantity counts against a resource's capacity. */
export const ACTIVE_PLEDGE_STATUSES = [PledgeStatus.PLEDGED, PledgeStatus.CONFIRMED, PledgeStatus.FULFILLED];

/** Project statuses in which a project accepts pledges. */
export const PLEDGEABLE_PROJECT_STATUSES = [ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS];

/** Project statuses whose decision has been taken and is therefore public (两公开). */
export const PUBLISHED_PROJECT_STATUSES = [ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED];

type Descriptions<E extends string> = Record<E, string>;

/** Registers a GraphQL enum with a description for the type and for every value ("中文 English"). */
export function registerDescribedEnum<E extends string>(e: Record<string, E>, name: string, description: string, values: Descriptions<E>) {
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { description: v as string }])),
  });
}

registerDescribedEnum(OrganizationKind, 'OrganizationKind', '成员类型 Kind of alliance member', {
  PARTY_COMMITTEE: '社区党委（牵头） Community party committee, the lead',
  MEMBER_UNIT: '驻区单位 Member unit based in the area',
  SOCIAL_ORGANIZATION: '社会组织 Social organization',
});
registerDescribedEnum(OrganizationSector, 'OrganizationSector', '单位性质 Sector', {
  AGENCY: '机关 Government agency',
  PUBLIC_INSTITUTION: '事业单位 Public institution',
  STATE_OWNED_ENTERPRISE: '国有企业 State-owned enterprise',
  PRIVATE_ENTERPRISE: '非公企业 Private enterprise',
  SCHOOL: '学校 School',
  HOSPITAL: '医院 Hospital',
  OTHER: '其他 Other',
});
registerDescribedEnum(OrganizationStatus, 'OrganizationStatus', '成员状态 Membership status of an organization', {
  ACTIVE: '在册 Active',
  SUSPENDED: '暂停 Suspended',
  LEFT: '已退出 Left',
});
registerDescribedEnum(MembershipRole, 'MembershipRole', '角色 Role in an alliance', {
  SECRETARY: '社区书记 Community secretary',
  COMMITTEE_MEMBER: '兼职委员 Part-time committee member',
  UNIT_REPRESENTATIVE: '单位联络员 Unit representative',
  SUPERVISOR: '监督委员 Supervision committee member',
  VIEWER: '观察员 Viewer',
});
registerDescribedEnum(NeedCategory, 'NeedCategory', '需求类别 Need category', {
  ELDERLY_CARE: '养老助老 Elderly care',
  CHILD_CARE: '托幼育儿 Child care',
  EMPLOYMENT: '就业创业 Employment',
  ENVIRONMENT: '环境整治 Environment',
  CULTURE: '文化活动 Culture',
  HEALTH: '医疗健康 Health',
  SAFETY: '平安建设 Safety',
  EDUCATION: '教育培训 Education',
  OTHER: '其他 Other',
});
registerDescribedEnum(NeedPriority, 'NeedPriority', '优先级 Priority', {
  LOW: '低 Low',
  MEDIUM: '中 Medium',
  HIGH: '高 High',
  URGENT: '紧急 Urgent',
});
registerDescribedEnum(NeedStatus, 'NeedStatus', '需求状态 Need status', {
  OPEN: '待认领 Open',
  MATCHED: '已对接 Matched to a project',
  CLOSED: '已关闭 Closed',
});
registerDescribedEnum(ResourceKind, 'ResourceKind', '资源类型 Resource kind', {
  VENUE: '场地 Venue',
  FUNDS: '资金 Funds',
  VOLUNTEERS: '志愿服务 Volunteers',
  EXPERTISE: '专业技能 Expertise',
  EQUIPMENT: '设备 Equipment',
  MATERIALS: '物资 Materials',
  SERVICES: '服务 Services',
});
registerDescribedEnum(ProjectStatus, 'ProjectStatus', '项目状态 Project status', {
  DRAFT: '草拟 Draft',
  PROPOSED: '已提议 Proposed',
  APPROVED: '已通过 Approved',
  IN_PROGRESS: '实施中 In progress',
  COMPLETED: '已完成 Completed',
  CANCELLED: '已取消 Cancelled',
});
registerDescribedEnum(PledgeStatus, 'PledgeStatus', '认领状态 Pledge status', {
  PLEDGED: '已认领 Pledged',
  CONFIRMED: '已确认 Confirmed',
  FULFILLED: '已兑现 Fulfilled',
  WITHDRAWN: '已撤回 Withdrawn',
  REJECTED: '未采纳 Rejected',
});
registerDescribedEnum(EventType, 'EventType', '动态类型 Activity type', {
  ALLIANCE_CREATED: '成立大工委 Alliance created',
  ALLIANCE_UPDATED: '更新大工委信息 Alliance updated',
  ORGANIZATION_ADDED: '吸纳成员单位 Organization admitted',
  ORGANIZATION_UPDATED: '成员单位变更 Organization updated',
  MEMBERSHIP_GRANTED: '授予角色 Membership granted',
  MEMBERSHIP_REVOKED: '撤销角色 Membership revoked',
  NEED_RAISED: '登记需求 Need raised',
  NEED_UPDATED: '更新需求 Need updated',
  RESOURCE_REGISTERED: '登记资源 Resource registered',
  RESOURCE_UPDATED: '更新资源 Resource updated',
  PROJECT_CREATED: '创建项目 Project created',
  PROJECT_TRANSITIONED: '项目状态变更 Project status changed',
  PLEDGE_CREATED: '认领资源 Resource pledged',
  PLEDGE_CONFIRMED: '确认认领 Pledge confirmed',
  PLEDGE_REJECTED: '未采纳认领 Pledge rejected',
  PLEDGE_WITHDRAWN: '撤回认领 Pledge withdrawn',
  PLEDGE_FULFILLED: '兑现认领 Pledge fulfilled',
  CONCERN_RAISED: '提出监督意见 Concern raised',
  CONCERN_ANSWERED: '答复监督意见 Concern answered',
  NOTIFICATION_CHANNEL_ADDED: '添加通知渠道 Notification channel added',
  NOTIFICATION_CHANNEL_UPDATED: '修改通知渠道 Notification channel updated',
  NOTIFICATION_CHANNEL_REMOVED: '删除通知渠道 Notification channel removed',
  NOTIFICATION_PREFERENCES_UPDATED: '修改个人通知设置 Notification preferences updated',
  DECISION_STAGES_CONFIGURED: '设定决策环节 Decision stages configured',
  DECISION_STARTED: '启动项目决策 Staged decision started',
  DECISION_STAGE_RECORDED: '记录决策环节 Decision stage recorded',
  FEEDBACK_SUBMITTED: '收到居民反馈 Resident feedback received',
  FEEDBACK_ANSWERED: '答复居民反馈 Resident feedback answered',
  FEEDBACK_CONVERTED: '居民反馈转为需求 Resident feedback turned into a need',
  POINT_RULE_SET: '设定积分规则 Points rule set',
  SERVICE_DAY_SCHEDULED: '安排党员奉献日 Service day scheduled',
  SERVICE_DAY_SIGNED_UP: '报名党员奉献日 Signed up for a service day',
  SERVICE_DAY_ATTENDANCE_RECORDED: '登记奉献日出席 Service day attendance recorded',
  MEETING_SCHEDULED: '安排联席会议 Joint meeting scheduled',
  AGENDA_ITEM_SUBMITTED: '提交会议议题 Agenda item submitted',
  MEETING_RECORDED: '记录联席会议 Joint meeting recorded',
  AGREEMENT_CREATED: '签订共建协议 Co-building agreement recorded',
  AGREEMENT_REVIEWED: '评估共建协议 Agreement reviewed',
  AGREEMENT_RENEWED: '续签共建协议 Agreement renewed',
  AGREEMENT_REVIEW_DUE: '协议评估到期 Agreement review due',
  AGREEMENT_RENEWAL_DUE: '协议即将到期 Agreement renewal due',
  PROJECT_AT_RISK: '项目逾期预警 Project past its end date',
  PLEDGE_AT_RISK: '认领逾期预警 Pledge past its expected date',
});
