/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgreementPartyInput = {
  /** 承诺 What this party commits to */
  commitment: string;
  organizationId: string;
};

export type AnswerFeedbackInput = {
  feedbackId: string;
  /** 答复 The reply the resident will read */
  reply: string;
};

export type ConfirmPledgeInput = {
  pledgeId: string;
};

export type ConvertFeedbackToNeedInput = {
  /** 缺省沿用反馈类别 Defaults to the feedback’s category */
  category?: NeedCategory | null | undefined;
  feedbackId: string;
  priority?: NeedPriority | null | undefined;
  /** 给居民的答复（缺省为标准答复）Reply to the resident; a standard one when left out */
  reply?: string | null | undefined;
  /** 需求标题 Title of the new need */
  title: string;
};

export type CreateAgreementInput = {
  allianceId: string;
  description?: string | null | undefined;
  /** YYYY-MM-DD */
  endsOn: string;
  /** 协议各方（至少两方）The parties, at least two */
  parties: Array<AgreementPartyInput>;
  /** 评估周期（月）Review every this many months */
  reviewEveryMonths: number;
  /** YYYY-MM-DD */
  startsOn: string;
  title: string;
};

/** 决策环节（四议两公开）Stage of a staged decision */
export type DecisionStageKind =
  /** 决议公开 Publication of the decision */
  | 'DECISION_PUBLICATION'
  /** 两委商议 Deliberation by the committee (majority of those present) */
  | 'DELIBERATION'
  /** 党组织提议 Proposal by the party organization */
  | 'PROPOSAL'
  /** 代表会议决议 Resolution by the representatives (more than half present, majority of those present) */
  | 'RESOLUTION'
  /** 结果公开 Publication of the results */
  | 'RESULT_PUBLICATION'
  /** 党员大会审议 Review by the members’ meeting (≥ 2/3 present, majority of those present) */
  | 'REVIEW'
  /** 街道一审 Review by the street (optional) */
  | 'STREET_REVIEW';

/** 决策状态 Status of a staged decision */
export type DecisionStatus =
  /** 进行中：项目暂不能批准 Stages being recorded; the project cannot be approved meanwhile */
  | 'OPEN'
  /** 已通过：项目可以批准 The resolution passed; the project may be approved */
  | 'PASSED'
  /** 未通过：可重新提议 A stage rejected it; a new decision may be started */
  | 'REJECTED';

/** 动态类型 Activity type */
export type EventType =
  /** 提交会议议题 Agenda item submitted */
  | 'AGENDA_ITEM_SUBMITTED'
  /** 签订共建协议 Co-building agreement recorded */
  | 'AGREEMENT_CREATED'
  /** 协议即将到期 Agreement renewal due */
  | 'AGREEMENT_RENEWAL_DUE'
  /** 续签共建协议 Agreement renewed */
  | 'AGREEMENT_RENEWED'
  /** 评估共建协议 Agreement reviewed */
  | 'AGREEMENT_REVIEWED'
  /** 协议评估到期 Agreement review due */
  | 'AGREEMENT_REVIEW_DUE'
  /** 成立大工委 Alliance created */
  | 'ALLIANCE_CREATED'
  /** 更新大工委信息 Alliance updated */
  | 'ALLIANCE_UPDATED'
  /** 答复监督意见 Concern answered */
  | 'CONCERN_ANSWERED'
  /** 提出监督意见 Concern raised */
  | 'CONCERN_RAISED'
  /** 设定决策环节 Decision stages configured */
  | 'DECISION_STAGES_CONFIGURED'
  /** 记录决策环节 Decision stage recorded */
  | 'DECISION_STAGE_RECORDED'
  /** 启动项目决策 Staged decision started */
  | 'DECISION_STARTED'
  /** 答复居民反馈 Resident feedback answered */
  | 'FEEDBACK_ANSWERED'
  /** 居民反馈转为需求 Resident feedback turned into a need */
  | 'FEEDBACK_CONVERTED'
  /** 收到居民反馈 Resident feedback received */
  | 'FEEDBACK_SUBMITTED'
  /** 记录联席会议 Joint meeting recorded */
  | 'MEETING_RECORDED'
  /** 安排联席会议 Joint meeting scheduled */
  | 'MEETING_SCHEDULED'
  /** 授予角色 Membership granted */
  | 'MEMBERSHIP_GRANTED'
  /** 撤销角色 Membership revoked */
  | 'MEMBERSHIP_REVOKED'
  /** 登记需求 Need raised */
  | 'NEED_RAISED'
  /** 更新需求 Need updated */
  | 'NEED_UPDATED'
  /** 添加通知渠道 Notification channel added */
  | 'NOTIFICATION_CHANNEL_ADDED'
  /** 删除通知渠道 Notification channel removed */
  | 'NOTIFICATION_CHANNEL_REMOVED'
  /** 修改通知渠道 Notification channel updated */
  | 'NOTIFICATION_CHANNEL_UPDATED'
  /** 修改个人通知设置 Notification preferences updated */
  | 'NOTIFICATION_PREFERENCES_UPDATED'
  /** 吸纳成员单位 Organization admitted */
  | 'ORGANIZATION_ADDED'
  /** 成员单位变更 Organization updated */
  | 'ORGANIZATION_UPDATED'
  /** 认领逾期预警 Pledge past its expected date */
  | 'PLEDGE_AT_RISK'
  /** 确认认领 Pledge confirmed */
  | 'PLEDGE_CONFIRMED'
  /** 认领资源 Resource pledged */
  | 'PLEDGE_CREATED'
  /** 兑现认领 Pledge fulfilled */
  | 'PLEDGE_FULFILLED'
  /** 未采纳认领 Pledge rejected */
  | 'PLEDGE_REJECTED'
  /** 撤回认领 Pledge withdrawn */
  | 'PLEDGE_WITHDRAWN'
  /** 设定积分规则 Points rule set */
  | 'POINT_RULE_SET'
  /** 项目逾期预警 Project past its end date */
  | 'PROJECT_AT_RISK'
  /** 创建项目 Project created */
  | 'PROJECT_CREATED'
  /** 项目状态变更 Project status changed */
  | 'PROJECT_TRANSITIONED'
  /** 登记资源 Resource registered */
  | 'RESOURCE_REGISTERED'
  /** 更新资源 Resource updated */
  | 'RESOURCE_UPDATED'
  /** 登记奉献日出席 Service day attendance recorded */
  | 'SERVICE_DAY_ATTENDANCE_RECORDED'
  /** 安排党员奉献日 Service day scheduled */
  | 'SERVICE_DAY_SCHEDULED'
  /** 报名党员奉献日 Signed up for a service day */
  | 'SERVICE_DAY_SIGNED_UP';

/** 居民反馈状态 Status of a resident’s feedback */
export type FeedbackStatus =
  /** 已答复 Answered */
  | 'ANSWERED'
  /** 已转为需求 Turned into an item of the needs list */
  | 'CONVERTED'
  /** 已收到 Received, awaiting the secretary */
  | 'RECEIVED';

export type FulfillPledgeInput = {
  /** 实际交付数量（不超过认领数量）Delivered, at most the pledged quantity */
  deliveredQuantity: number;
  /** 幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice */
  idempotencyKey?: string | null | undefined;
  pledgeId: string;
};

/** 会议状态 Status of a joint meeting */
export type MeetingStatus =
  /** 已召开 Held; minutes, attendance and resolutions recorded */
  | 'HELD'
  /** 已安排 Scheduled; agenda open until the lead time */
  | 'SCHEDULED';

/** 角色 Role in an alliance */
export type MembershipRole =
  /** 兼职委员 Part-time committee member */
  | 'COMMITTEE_MEMBER'
  /** 社区书记 Community secretary */
  | 'SECRETARY'
  /** 监督委员 Supervision committee member */
  | 'SUPERVISOR'
  /** 单位联络员 Unit representative */
  | 'UNIT_REPRESENTATIVE'
  /** 观察员 Viewer */
  | 'VIEWER';

/** 需求类别 Need category */
export type NeedCategory =
  /** 托幼育儿 Child care */
  | 'CHILD_CARE'
  /** 文化活动 Culture */
  | 'CULTURE'
  /** 教育培训 Education */
  | 'EDUCATION'
  /** 养老助老 Elderly care */
  | 'ELDERLY_CARE'
  /** 就业创业 Employment */
  | 'EMPLOYMENT'
  /** 环境整治 Environment */
  | 'ENVIRONMENT'
  /** 医疗健康 Health */
  | 'HEALTH'
  /** 其他 Other */
  | 'OTHER'
  /** 平安建设 Safety */
  | 'SAFETY';

/** 优先级 Priority */
export type NeedPriority =
  /** 高 High */
  | 'HIGH'
  /** 低 Low */
  | 'LOW'
  /** 中 Medium */
  | 'MEDIUM'
  /** 紧急 Urgent */
  | 'URGENT';

/** 需求状态 Need status */
export type NeedStatus =
  /** 已关闭 Closed */
  | 'CLOSED'
  /** 已对接 Matched to a project */
  | 'MATCHED'
  /** 待认领 Open */
  | 'OPEN';

/** 成员类型 Kind of alliance member */
export type OrganizationKind =
  /** 驻区单位 Member unit based in the area */
  | 'MEMBER_UNIT'
  /** 社区党委（牵头） Community party committee, the lead */
  | 'PARTY_COMMITTEE'
  /** 社会组织 Social organization */
  | 'SOCIAL_ORGANIZATION';

/** 单位性质 Sector */
export type OrganizationSector =
  /** 机关 Government agency */
  | 'AGENCY'
  /** 医院 Hospital */
  | 'HOSPITAL'
  /** 其他 Other */
  | 'OTHER'
  /** 非公企业 Private enterprise */
  | 'PRIVATE_ENTERPRISE'
  /** 事业单位 Public institution */
  | 'PUBLIC_INSTITUTION'
  /** 学校 School */
  | 'SCHOOL'
  /** 国有企业 State-owned enterprise */
  | 'STATE_OWNED_ENTERPRISE';

/** 成员状态 Membership status of an organization */
export type OrganizationStatus =
  /** 在册 Active */
  | 'ACTIVE'
  /** 已退出 Left */
  | 'LEFT'
  /** 暂停 Suspended */
  | 'SUSPENDED';

export type PledgeResourceInput = {
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  quantity: number;
  requirementId: string;
  resourceId: string;
};

/** 认领状态 Pledge status */
export type PledgeStatus =
  /** 已确认 Confirmed */
  | 'CONFIRMED'
  /** 已兑现 Fulfilled */
  | 'FULFILLED'
  /** 已认领 Pledged */
  | 'PLEDGED'
  /** 未采纳 Rejected */
  | 'REJECTED'
  /** 已撤回 Withdrawn */
  | 'WITHDRAWN';

/** 积分来源 What points are earned for */
export type PointCause =
  /** 出席联席会议 Attending a joint meeting */
  | 'MEETING_ATTENDANCE'
  /** 兑现认领 A fulfilled pledge (per resource kind rule) */
  | 'PLEDGE_FULFILLED'
  /** 党员奉献日 Attending a service day */
  | 'SERVICE_DAY';

/** 积分归属 Who holds the points */
export type PointHolder =
  /** 个人 The member */
  | 'MEMBER'
  /** 单位 The organization */
  | 'ORGANIZATION';

/** 项目状态 Project status */
export type ProjectStatus =
  /** 已通过 Approved */
  | 'APPROVED'
  /** 已取消 Cancelled */
  | 'CANCELLED'
  /** 已完成 Completed */
  | 'COMPLETED'
  /** 草拟 Draft */
  | 'DRAFT'
  /** 实施中 In progress */
  | 'IN_PROGRESS'
  /** 已提议 Proposed */
  | 'PROPOSED';

export type RecordDecisionStageInput = {
  /** 街道一审是否同意（一审必填）Whether the street approved (street review only) */
  approved?: boolean | null | undefined;
  decisionId: string;
  /** 应到人数（表决环节必填）Entitled to attend (voting stages) */
  eligible?: number | null | undefined;
  /** 会议日期 Date held (YYYY-MM-DD) */
  heldOn?: string | null | undefined;
  /** 说明；决议公开时为公开文本 Note; the published text for 决议公开 */
  note?: string | null | undefined;
  /** 实到人数（表决环节必填）Present (voting stages) */
  present?: number | null | undefined;
  /** 实施结果（结果公开必填）The results (required for 结果公开) */
  results?: string | null | undefined;
  /** 要记录的环节，须为下一个环节 The stage being recorded; must be the next one */
  stage: DecisionStageKind;
  votesAbstain?: number | null | undefined;
  votesAgainst?: number | null | undefined;
  votesFor?: number | null | undefined;
};

export type RecordMeetingInput = {
  /** 出席者（用户 ID，须为本大工委成员）Attendees: users who are members of the alliance */
  attendeeUserIds: Array<string>;
  /** 幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice */
  idempotencyKey?: string | null | undefined;
  meetingId: string;
  /** 会议纪要 Minutes */
  minutes: string;
  resolutions?: Array<ResolutionInput>;
};

export type RecordServiceDayAttendanceInput = {
  /** 出席者（用户 ID）Users who attended; every other sign-up is recorded absent */
  attendedUserIds: Array<string>;
  /** 幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice */
  idempotencyKey?: string | null | undefined;
  serviceDayId: string;
};

export type RejectPledgeInput = {
  pledgeId: string;
  reason: string;
};

export type RenewAgreementInput = {
  agreementId: string;
  /** 新的到期日期 New end date (YYYY-MM-DD) */
  endsOn: string;
};

export type ResolutionInput = {
  /** 关联项目 The project it concerns */
  projectId?: string | null | undefined;
  text: string;
};

/** 资源类型 Resource kind */
export type ResourceKind =
  /** 设备 Equipment */
  | 'EQUIPMENT'
  /** 专业技能 Expertise */
  | 'EXPERTISE'
  /** 资金 Funds */
  | 'FUNDS'
  /** 物资 Materials */
  | 'MATERIALS'
  /** 服务 Services */
  | 'SERVICES'
  /** 场地 Venue */
  | 'VENUE'
  /** 志愿服务 Volunteers */
  | 'VOLUNTEERS';

export type ReviewAgreementInput = {
  agreementId: string;
  /** 评估意见 What the review found */
  note: string;
};

export type ScheduleMeetingInput = {
  /** 议题提交截止：会前小时数 Agenda closes this many hours before */
  agendaLeadHours?: number;
  allianceId: string;
  /** 出席积分 Points per attendee and their organization */
  attendancePoints?: number;
  location?: string | null | undefined;
  /** 召开时间（ISO 8601，含时区）When, e.g. 2026-03-01T09:00:00+08:00 */
  scheduledAt: string;
  title: string;
};

export type ScheduleServiceDayInput = {
  allianceId: string;
  /** 名额 Places; unlimited when left out */
  capacity?: number | null | undefined;
  /** 日期 YYYY-MM-DD */
  date: string;
  /** 出席可得积分 Points per attendee */
  points: number;
  /** 按月重复的次数（每月同日）Further monthly occurrences on the same day of the month */
  repeatMonthly?: number;
  title: string;
};

export type SignUpForServiceDayInput = {
  serviceDayId: string;
};

/** 环节结果 Outcome of one stage */
export type StageOutcome =
  /** 已完成 Done (proposal or publication) */
  | 'DONE'
  /** 通过 Passed */
  | 'PASSED'
  /** 未通过 Rejected */
  | 'REJECTED';

export type StartDecisionInput = {
  /** 提议会议日期 Date of the proposing meeting (YYYY-MM-DD) */
  heldOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  projectId: string;
  /** 提议内容 The proposal */
  proposal: string;
};

export type SubmitAgendaItemInput = {
  description?: string | null | undefined;
  meetingId: string;
  /** 相关项目 The project it concerns */
  projectId?: string | null | undefined;
  title: string;
};

export type SubmitFeedbackInput = {
  allianceId: string;
  category?: NeedCategory | null | undefined;
  /** 联系方式（可选，仅书记可见）Optional contact, shown to secretaries only */
  contact?: string | null | undefined;
  /** 反馈内容 What the resident wants to say */
  content: string;
};

export type TransitionProjectInput = {
  note?: string | null | undefined;
  projectId: string;
  to: ProjectStatus;
};

export type WithdrawPledgeInput = {
  pledgeId: string;
  reason: string;
};

export type MembersQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type MembersQuery = { alliance: { id: string, members: { edges: Array<{ node: { id: string, role: MembershipRole, title: string | null, user: { id: string, name: string }, organization: { id: string, name: string } | null } }> } } | null };

export type ProjectChoicesQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type ProjectChoicesQuery = { alliance: { id: string, projects: { edges: Array<{ node: { id: string, title: string, status: ProjectStatus } }> } } | null };

export type MeetingFieldsFragment = { id: string, title: string, scheduledAt: string, location: string, status: MeetingStatus, agendaLeadHours: number, agendaClosesAt: string, attendancePoints: number, heldAt: string | null, minutes: string | null, agenda: Array<{ id: string, title: string, description: string, createdAt: string, submittedBy: { id: string, name: string }, project: { id: string, title: string } | null }>, attendance: Array<{ id: string, user: { id: string, name: string }, organization: { id: string, name: string } | null }>, resolutions: Array<{ id: string, position: number, text: string, project: { id: string, title: string } | null }> };

export type MeetingsQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type MeetingsQuery = { alliance: { id: string, meetings: { totalCount: number, edges: Array<{ node: { id: string, title: string, scheduledAt: string, location: string, status: MeetingStatus, agendaLeadHours: number, agendaClosesAt: string, attendancePoints: number, heldAt: string | null, minutes: string | null, agenda: Array<{ id: string, title: string, description: string, createdAt: string, submittedBy: { id: string, name: string }, project: { id: string, title: string } | null }>, attendance: Array<{ id: string, user: { id: string, name: string }, organization: { id: string, name: string } | null }>, resolutions: Array<{ id: string, position: number, text: string, project: { id: string, title: string } | null }> } }> } } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type SubmitAgendaItemMutationVariables = Exact<{
  input: SubmitAgendaItemInput;
}>;


export type SubmitAgendaItemMutation = { submitAgendaItem: { id: string } };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { recordMeeting: { id: string, status: MeetingStatus } };

export type DecisionFieldsFragment = { id: string, title: string, proposal: string, status: DecisionStatus, stages: Array<DecisionStageKind>, nextStage: DecisionStageKind | null, createdAt: string, passedAt: string | null, decisionPublishedAt: string | null, resultsPublishedAt: string | null, results: string | null, project: { id: string, title: string, status: ProjectStatus }, records: Array<{ id: string, kind: DecisionStageKind, position: number, outcome: StageOutcome, heldOn: string | null, eligible: number | null, present: number | null, votesFor: number | null, votesAgainst: number | null, votesAbstain: number | null, note: string, createdAt: string }> };

export type DecisionsQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type DecisionsQuery = { alliance: { id: string, decisionStages: Array<DecisionStageKind> | null, decisions: { totalCount: number, edges: Array<{ node: { id: string, title: string, proposal: string, status: DecisionStatus, stages: Array<DecisionStageKind>, nextStage: DecisionStageKind | null, createdAt: string, passedAt: string | null, decisionPublishedAt: string | null, resultsPublishedAt: string | null, results: string | null, proposedBy: { id: string, name: string } | null, records: Array<{ id: string, kind: DecisionStageKind, position: number, outcome: StageOutcome, heldOn: string | null, eligible: number | null, present: number | null, votesFor: number | null, votesAgainst: number | null, votesAbstain: number | null, note: string, createdAt: string, recordedBy: { id: string, name: string } | null }>, project: { id: string, title: string, status: ProjectStatus } } }> }, projects: { edges: Array<{ node: { id: string, title: string, status: ProjectStatus } }> } } | null };

export type StartDecisionMutationVariables = Exact<{
  input: StartDecisionInput;
}>;


export type StartDecisionMutation = { startDecision: { id: string, status: DecisionStatus } };

export type RecordDecisionStageMutationVariables = Exact<{
  input: RecordDecisionStageInput;
}>;


export type RecordDecisionStageMutation = { recordDecisionStage: { id: string, status: DecisionStatus, nextStage: DecisionStageKind | null } };

export type PublicAllianceQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicAllianceQuery = { publicAlliance: { id: string, name: string, region: string, description: string, decisionStages: Array<DecisionStageKind> | null, decisions: { totalCount: number, edges: Array<{ node: { id: string, title: string, proposal: string, status: DecisionStatus, stages: Array<DecisionStageKind>, nextStage: DecisionStageKind | null, createdAt: string, passedAt: string | null, decisionPublishedAt: string | null, resultsPublishedAt: string | null, results: string | null, project: { id: string, title: string, status: ProjectStatus }, records: Array<{ id: string, kind: DecisionStageKind, position: number, outcome: StageOutcome, heldOn: string | null, eligible: number | null, present: number | null, votesFor: number | null, votesAgainst: number | null, votesAbstain: number | null, note: string, createdAt: string }> } }> }, stats: { feedback: { received: number, answered: number, converted: number, open: number, averageResponseHours: number | null, medianResponseHours: number | null } } } | null };

export type PointsQueryVariables = Exact<{
  allianceId: string | number;
  holder?: PointHolder | null | undefined;
  cause?: PointCause | null | undefined;
}>;


export type PointsQuery = { alliance: { id: string, pointRules: Array<{ resourceKind: ResourceKind, points: number, per: number }>, stats: { points: { organizations: Array<{ points: number, entries: number, organization: { id: string, name: string } }>, members: Array<{ points: number, entries: number, user: { id: string, name: string } }> } }, pointEntries: { totalCount: number, edges: Array<{ node: { id: string, cause: PointCause, causeId: string, holder: PointHolder, points: number, explanation: string, createdAt: string, organization: { id: string, name: string } | null, user: { id: string, name: string } | null } }> }, serviceDays: { edges: Array<{ node: { id: string, title: string, date: string, points: number, capacity: number | null, signedUp: number, attendanceRecorded: boolean, signups: Array<{ id: string, attended: boolean | null, user: { id: string, name: string }, organization: { id: string, name: string } }> } }> } } | null };

export type ScheduleServiceDayMutationVariables = Exact<{
  input: ScheduleServiceDayInput;
}>;


export type ScheduleServiceDayMutation = { scheduleServiceDay: { id: string } };

export type SignUpForServiceDayMutationVariables = Exact<{
  input: SignUpForServiceDayInput;
}>;


export type SignUpForServiceDayMutation = { signUpForServiceDay: { id: string } };

export type RecordServiceDayAttendanceMutationVariables = Exact<{
  input: RecordServiceDayAttendanceInput;
}>;


export type RecordServiceDayAttendanceMutation = { recordServiceDayAttendance: { id: string, attendanceRecorded: boolean } };

export type AgreementsQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type AgreementsQuery = { alliance: { id: string, agreements: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, startsOn: string, endsOn: string, reviewEveryMonths: number, nextReviewOn: string, lastReviewedAt: string | null, lastReviewNote: string | null, parties: Array<{ commitment: string, organization: { id: string, name: string } }> } }> } } | null };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { createAgreement: { id: string } };

export type OrganizationChoicesQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type OrganizationChoicesQuery = { alliance: { id: string, organizations: { edges: Array<{ node: { id: string, name: string, status: OrganizationStatus } }> } } | null };

export type ReviewAgreementMutationVariables = Exact<{
  input: ReviewAgreementInput;
}>;


export type ReviewAgreementMutation = { reviewAgreement: { id: string, nextReviewOn: string } };

export type RenewAgreementMutationVariables = Exact<{
  input: RenewAgreementInput;
}>;


export type RenewAgreementMutation = { renewAgreement: { id: string, endsOn: string } };

export type FeedbackListQueryVariables = Exact<{
  allianceId: string | number;
  status?: FeedbackStatus | null | undefined;
}>;


export type FeedbackListQuery = { alliance: { id: string, feedback: { totalCount: number, edges: Array<{ node: { id: string, trackingCode: string, category: NeedCategory, content: string, contact: string | null, status: FeedbackStatus, reply: string | null, createdAt: string, respondedAt: string | null, respondedBy: { id: string, name: string } | null, need: { id: string, title: string } | null } }> }, stats: { feedback: { received: number, answered: number, converted: number, open: number, averageResponseHours: number | null, medianResponseHours: number | null, oldestOpenHours: number | null } } } | null };

export type AnswerFeedbackMutationVariables = Exact<{
  input: AnswerFeedbackInput;
}>;


export type AnswerFeedbackMutation = { answerFeedback: { id: string, status: FeedbackStatus } };

export type ConvertFeedbackToNeedMutationVariables = Exact<{
  input: ConvertFeedbackToNeedInput;
}>;


export type ConvertFeedbackToNeedMutation = { convertFeedbackToNeed: { id: string, status: FeedbackStatus, need: { id: string, title: string } | null } };

export type PublicAllianceNameQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicAllianceNameQuery = { publicAlliance: { id: string, name: string, region: string } | null };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { id: string, trackingCode: string, status: FeedbackStatus } };

export type TrackFeedbackQueryVariables = Exact<{
  code: string;
}>;


export type TrackFeedbackQuery = { trackFeedback: { trackingCode: string, allianceName: string, category: NeedCategory, content: string, status: FeedbackStatus, reply: string | null, submittedAt: string, respondedAt: string | null } | null };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { node:
    | { id: string, title: string, scheduledAt: string, location: string, status: MeetingStatus, agendaLeadHours: number, agendaClosesAt: string, attendancePoints: number, heldAt: string | null, minutes: string | null, agenda: Array<{ id: string, title: string, description: string, createdAt: string, submittedBy: { id: string, name: string }, project: { id: string, title: string } | null }>, attendance: Array<{ id: string, user: { id: string, name: string }, organization: { id: string, name: string } | null }>, resolutions: Array<{ id: string, position: number, text: string, project: { id: string, title: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, name: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, isAdmin: boolean, memberships: Array<{ id: string, role: MembershipRole, title: string | null, organization: { id: string, name: string } | null, alliance: { id: string, name: string } }> } | null };

export type AlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlliancesQuery = { alliances: { edges: Array<{ node: { id: string, name: string } }> } };

export type StatsFieldsFragment = { openNeeds: number, openConcerns: number, activePledges: number, fulfilledPledges: number, fulfilmentRate: number, organizationsByKind: Array<{ kind: OrganizationKind, count: number }>, projectsByStatus: Array<{ status: ProjectStatus, count: number }>, byResourceKind: Array<{ kind: ResourceKind, required: number, pledged: number, fulfilled: number }>, topContributors: Array<{ pledged: number, fulfilled: number, pledges: number, organization: { id: string, name: string } }> };

export type OverviewQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type OverviewQuery = { alliance: { id: string, name: string, region: string, stats: { openNeeds: number, openConcerns: number, activePledges: number, fulfilledPledges: number, fulfilmentRate: number, organizationsByKind: Array<{ kind: OrganizationKind, count: number }>, projectsByStatus: Array<{ status: ProjectStatus, count: number }>, byResourceKind: Array<{ kind: ResourceKind, required: number, pledged: number, fulfilled: number }>, topContributors: Array<{ pledged: number, fulfilled: number, pledges: number, organization: { id: string, name: string } }> } } | null };

export type EventFieldsFragment = { id: string, cursor: string, type: EventType, summary: string, occurredAt: string, actor: { name: string } | null };

export type EventsQueryVariables = Exact<{
  allianceId: string | number;
  after?: string | null | undefined;
  first: number;
}>;


export type EventsQuery = { alliance: { id: string, events: { edges: Array<{ cursor: string, node: { id: string, cursor: string, type: EventType, summary: string, occurredAt: string, actor: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PledgeFieldsFragment = { id: string, quantity: number, deliveredQuantity: number | null, status: PledgeStatus, note: string | null, reason: string | null, createdAt: string, organization: { id: string, name: string }, resource: { id: string, name: string, unit: string }, requirement: { id: string, kind: ResourceKind, unit: string }, project: { id: string, title: string } };

export type ProjectsQueryVariables = Exact<{
  allianceId: string | number;
  first?: number;
  pledgesFirst?: number;
}>;


export type ProjectsQuery = { alliance: { id: string, projects: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, status: ProjectStatus, progress: number, startDate: string | null, endDate: string | null, leadOrganization: { id: string, name: string }, requirements: Array<{ id: string, kind: ResourceKind, quantity: number, unit: string, description: string, pledged: number, fulfilled: number, outstanding: number }>, pledges: { edges: Array<{ node: { id: string, quantity: number, deliveredQuantity: number | null, status: PledgeStatus, note: string | null, reason: string | null, createdAt: string, organization: { id: string, name: string }, resource: { id: string, name: string, unit: string }, requirement: { id: string, kind: ResourceKind, unit: string }, project: { id: string, title: string } } }> } } }> } } | null };

export type NeedsQueryVariables = Exact<{
  allianceId: string | number;
  status?: NeedStatus | null | undefined;
}>;


export type NeedsQuery = { alliance: { id: string, needs: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, category: NeedCategory, priority: NeedPriority, status: NeedStatus, createdAt: string } }> } } | null };

export type ResourcesQueryVariables = Exact<{
  allianceId: string | number;
  kind?: ResourceKind | null | undefined;
}>;


export type ResourcesQuery = { alliance: { id: string, resources: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: ResourceKind, unit: string, capacity: number, pledged: number, available: number, description: string, organization: { id: string, name: string } } }> } } | null };

export type OrganizationsQueryVariables = Exact<{
  allianceId: string | number;
  first?: number;
}>;


export type OrganizationsQuery = { alliance: { id: string, organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, sector: OrganizationSector, status: OrganizationStatus, partyOrgName: string | null, resources: { totalCount: number }, pledges: { totalCount: number } } }> } } | null };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
  first?: number;
}>;


export type OrganizationQuery = { node:
    | { id: string, name: string, kind: OrganizationKind, sector: OrganizationSector, status: OrganizationStatus, partyOrgName: string | null, joinedAt: string, resources: { edges: Array<{ node: { id: string, name: string, kind: ResourceKind, unit: string, capacity: number, pledged: number, available: number, description: string } }> }, pledges: { edges: Array<{ node: { id: string, quantity: number, deliveredQuantity: number | null, status: PledgeStatus, note: string | null, reason: string | null, createdAt: string, organization: { id: string, name: string }, resource: { id: string, name: string, unit: string }, requirement: { id: string, kind: ResourceKind, unit: string }, project: { id: string, title: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type OrgResourcesQueryVariables = Exact<{
  id: string | number;
  kind?: ResourceKind | null | undefined;
}>;


export type OrgResourcesQuery = { node:
    | { id: string, resources: { edges: Array<{ node: { id: string, name: string, kind: ResourceKind, unit: string, capacity: number, available: number } }> } }
    | Record<PropertyKey, never>
   | null };

export type PledgeResourceMutationVariables = Exact<{
  input: PledgeResourceInput;
}>;


export type PledgeResourceMutation = { pledgeResource: { id: string, quantity: number, deliveredQuantity: number | null, status: PledgeStatus, note: string | null, reason: string | null, createdAt: string, organization: { id: string, name: string }, resource: { id: string, name: string, unit: string }, requirement: { id: string, kind: ResourceKind, unit: string }, project: { id: string, title: string } } };

export type ConfirmPledgeMutationVariables = Exact<{
  input: ConfirmPledgeInput;
}>;


export type ConfirmPledgeMutation = { confirmPledge: { id: string, status: PledgeStatus } };

export type RejectPledgeMutationVariables = Exact<{
  input: RejectPledgeInput;
}>;


export type RejectPledgeMutation = { rejectPledge: { id: string, status: PledgeStatus, reason: string | null } };

export type FulfillPledgeMutationVariables = Exact<{
  input: FulfillPledgeInput;
}>;


export type FulfillPledgeMutation = { fulfillPledge: { id: string, status: PledgeStatus, deliveredQuantity: number | null } };

export type WithdrawPledgeMutationVariables = Exact<{
  input: WithdrawPledgeInput;
}>;


export type WithdrawPledgeMutation = { withdrawPledge: { id: string, status: PledgeStatus, reason: string | null } };

export type TransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type TransitionProjectMutation = { transitionProject: { id: string, status: ProjectStatus } };

export type StatsUpdatedSubscriptionVariables = Exact<{
  allianceId: string | number;
}>;


export type StatsUpdatedSubscription = { allianceStatsUpdated: { openNeeds: number, openConcerns: number, activePledges: number, fulfilledPledges: number, fulfilmentRate: number, organizationsByKind: Array<{ kind: OrganizationKind, count: number }>, projectsByStatus: Array<{ status: ProjectStatus, count: number }>, byResourceKind: Array<{ kind: ResourceKind, required: number, pledged: number, fulfilled: number }>, topContributors: Array<{ pledged: number, fulfilled: number, pledges: number, organization: { id: string, name: string } }> } };

export type AllianceEventsSubscriptionVariables = Exact<{
  allianceId: string | number;
  after?: string | null | undefined;
}>;


export type AllianceEventsSubscription = { allianceEvents: { id: string, cursor: string, type: EventType, summary: string, occurredAt: string, actor: { name: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on Meeting {
  id
  title
  scheduledAt
  location
  status
  agendaLeadHours
  agendaClosesAt
  attendancePoints
  heldAt
  minutes
  agenda {
    id
    title
    description
    createdAt
    submittedBy {
      id
      name
    }
    project {
      id
      title
    }
  }
  attendance {
    id
    user {
      id
      name
    }
    organization {
      id
      name
    }
  }
  resolutions {
    id
    position
    text
    project {
      id
      title
    }
  }
}
    `, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFields on Decision {
  id
  title
  proposal
  status
  stages
  nextStage
  createdAt
  passedAt
  decisionPublishedAt
  resultsPublishedAt
  results
  project {
    id
    title
    status
  }
  records {
    id
    kind
    position
    outcome
    heldOn
    eligible
    present
    votesFor
    votesAgainst
    votesAbstain
    note
    createdAt
  }
}
    `, {"fragmentName":"DecisionFields"}) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const StatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatsFields on AllianceStats {
  organizationsByKind {
    kind
    count
  }
  openNeeds
  openConcerns
  activePledges
  fulfilledPledges
  fulfilmentRate
  projectsByStatus {
    status
    count
  }
  byResourceKind {
    kind
    required
    pledged
    fulfilled
  }
  topContributors {
    organization {
      id
      name
    }
    pledged
    fulfilled
    pledges
  }
}
    `, {"fragmentName":"StatsFields"}) as unknown as TypedDocumentString<StatsFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on AllianceEvent {
  id
  cursor
  type
  summary
  occurredAt
  actor {
    name
  }
}
    `, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
export const PledgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment PledgeFields on Pledge {
  id
  quantity
  deliveredQuantity
  status
  note
  reason
  createdAt
  organization {
    id
    name
  }
  resource {
    id
    name
    unit
  }
  requirement {
    id
    kind
    unit
  }
  project {
    id
    title
  }
}
    `, {"fragmentName":"PledgeFields"}) as unknown as TypedDocumentString<PledgeFieldsFragment, unknown>;
export const MembersDocument = new TypedDocumentString(`
    query Members($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    members(first: 100) {
      edges {
        node {
          id
          role
          title
          user {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ProjectChoicesDocument = new TypedDocumentString(`
    query ProjectChoices($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    projects(first: 100) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectChoicesQuery, ProjectChoicesQueryVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    meetings(first: 50) {
      totalCount
      edges {
        node {
          ...MeetingFields
        }
      }
    }
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  scheduledAt
  location
  status
  agendaLeadHours
  agendaClosesAt
  attendancePoints
  heldAt
  minutes
  agenda {
    id
    title
    description
    createdAt
    submittedBy {
      id
      name
    }
    project {
      id
      title
    }
  }
  attendance {
    id
    user {
      id
      name
    }
    organization {
      id
      name
    }
  }
  resolutions {
    id
    position
    text
    project {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const SubmitAgendaItemDocument = new TypedDocumentString(`
    mutation SubmitAgendaItem($input: SubmitAgendaItemInput!) {
  submitAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitAgendaItemMutation, SubmitAgendaItemMutationVariables>;
export const RecordMeetingDocument = new TypedDocumentString(`
    mutation RecordMeeting($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const DecisionsDocument = new TypedDocumentString(`
    query Decisions($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    decisionStages
    decisions(first: 100) {
      totalCount
      edges {
        node {
          ...DecisionFields
          proposedBy {
            id
            name
          }
          records {
            id
            recordedBy {
              id
              name
            }
          }
        }
      }
    }
    projects(first: 100) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
}
    fragment DecisionFields on Decision {
  id
  title
  proposal
  status
  stages
  nextStage
  createdAt
  passedAt
  decisionPublishedAt
  resultsPublishedAt
  results
  project {
    id
    title
    status
  }
  records {
    id
    kind
    position
    outcome
    heldOn
    eligible
    present
    votesFor
    votesAgainst
    votesAbstain
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<DecisionsQuery, DecisionsQueryVariables>;
export const StartDecisionDocument = new TypedDocumentString(`
    mutation StartDecision($input: StartDecisionInput!) {
  startDecision(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartDecisionMutation, StartDecisionMutationVariables>;
export const RecordDecisionStageDocument = new TypedDocumentString(`
    mutation RecordDecisionStage($input: RecordDecisionStageInput!) {
  recordDecisionStage(input: $input) {
    id
    status
    nextStage
  }
}
    `) as unknown as TypedDocumentString<RecordDecisionStageMutation, RecordDecisionStageMutationVariables>;
export const PublicAllianceDocument = new TypedDocumentString(`
    query PublicAlliance($id: ID!) {
  publicAlliance(id: $id) {
    id
    name
    region
    description
    decisionStages
    decisions(first: 50) {
      totalCount
      edges {
        node {
          ...DecisionFields
        }
      }
    }
    stats {
      feedback {
        received
        answered
        converted
        open
        averageResponseHours
        medianResponseHours
      }
    }
  }
}
    fragment DecisionFields on Decision {
  id
  title
  proposal
  status
  stages
  nextStage
  createdAt
  passedAt
  decisionPublishedAt
  resultsPublishedAt
  results
  project {
    id
    title
    status
  }
  records {
    id
    kind
    position
    outcome
    heldOn
    eligible
    present
    votesFor
    votesAgainst
    votesAbstain
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<PublicAllianceQuery, PublicAllianceQueryVariables>;
export const PointsDocument = new TypedDocumentString(`
    query Points($allianceId: ID!, $holder: PointHolder, $cause: PointCause) {
  alliance(id: $allianceId) {
    id
    pointRules {
      resourceKind
      points
      per
    }
    stats {
      points {
        organizations {
          organization {
            id
            name
          }
          points
          entries
        }
        members {
          user {
            id
            name
          }
          points
          entries
        }
      }
    }
    pointEntries(first: 100, holder: $holder, cause: $cause) {
      totalCount
      edges {
        node {
          id
          cause
          causeId
          holder
          points
          explanation
          createdAt
          organization {
            id
            name
          }
          user {
            id
            name
          }
        }
      }
    }
    serviceDays(first: 50) {
      edges {
        node {
          id
          title
          date
          points
          capacity
          signedUp
          attendanceRecorded
          signups {
            id
            attended
            user {
              id
              name
            }
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsQuery, PointsQueryVariables>;
export const ScheduleServiceDayDocument = new TypedDocumentString(`
    mutation ScheduleServiceDay($input: ScheduleServiceDayInput!) {
  scheduleServiceDay(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleServiceDayMutation, ScheduleServiceDayMutationVariables>;
export const SignUpForServiceDayDocument = new TypedDocumentString(`
    mutation SignUpForServiceDay($input: SignUpForServiceDayInput!) {
  signUpForServiceDay(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignUpForServiceDayMutation, SignUpForServiceDayMutationVariables>;
export const RecordServiceDayAttendanceDocument = new TypedDocumentString(`
    mutation RecordServiceDayAttendance($input: RecordServiceDayAttendanceInput!) {
  recordServiceDayAttendance(input: $input) {
    id
    attendanceRecorded
  }
}
    `) as unknown as TypedDocumentString<RecordServiceDayAttendanceMutation, RecordServiceDayAttendanceMutationVariables>;
export const AgreementsDocument = new TypedDocumentString(`
    query Agreements($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    agreements(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          description
          startsOn
          endsOn
          reviewEveryMonths
          nextReviewOn
          lastReviewedAt
          lastReviewNote
          parties {
            commitment
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsQuery, AgreementsQueryVariables>;
export const CreateAgreementDocument = new TypedDocumentString(`
    mutation CreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const OrganizationChoicesDocument = new TypedDocumentString(`
    query OrganizationChoices($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    organizations(first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationChoicesQuery, OrganizationChoicesQueryVariables>;
export const ReviewAgreementDocument = new TypedDocumentString(`
    mutation ReviewAgreement($input: ReviewAgreementInput!) {
  reviewAgreement(input: $input) {
    id
    nextReviewOn
  }
}
    `) as unknown as TypedDocumentString<ReviewAgreementMutation, ReviewAgreementMutationVariables>;
export const RenewAgreementDocument = new TypedDocumentString(`
    mutation RenewAgreement($input: RenewAgreementInput!) {
  renewAgreement(input: $input) {
    id
    endsOn
  }
}
    `) as unknown as TypedDocumentString<RenewAgreementMutation, RenewAgreementMutationVariables>;
export const FeedbackListDocument = new TypedDocumentString(`
    query FeedbackList($allianceId: ID!, $status: FeedbackStatus) {
  alliance(id: $allianceId) {
    id
    feedback(first: 100, status: $status) {
      totalCount
      edges {
        node {
          id
          trackingCode
          category
          content
          contact
          status
          reply
          createdAt
          respondedAt
          respondedBy {
            id
            name
          }
          need {
            id
            title
          }
        }
      }
    }
    stats {
      feedback {
        received
        answered
        converted
        open
        averageResponseHours
        medianResponseHours
        oldestOpenHours
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackListQuery, FeedbackListQueryVariables>;
export const AnswerFeedbackDocument = new TypedDocumentString(`
    mutation AnswerFeedback($input: AnswerFeedbackInput!) {
  answerFeedback(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AnswerFeedbackMutation, AnswerFeedbackMutationVariables>;
export const ConvertFeedbackToNeedDocument = new TypedDocumentString(`
    mutation ConvertFeedbackToNeed($input: ConvertFeedbackToNeedInput!) {
  convertFeedbackToNeed(input: $input) {
    id
    status
    need {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ConvertFeedbackToNeedMutation, ConvertFeedbackToNeedMutationVariables>;
export const PublicAllianceNameDocument = new TypedDocumentString(`
    query PublicAllianceName($id: ID!) {
  publicAlliance(id: $id) {
    id
    name
    region
  }
}
    `) as unknown as TypedDocumentString<PublicAllianceNameQuery, PublicAllianceNameQueryVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    id
    trackingCode
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const TrackFeedbackDocument = new TypedDocumentString(`
    query TrackFeedback($code: String!) {
  trackFeedback(trackingCode: $code) {
    trackingCode
    allianceName
    category
    content
    status
    reply
    submittedAt
    respondedAt
  }
}
    `) as unknown as TypedDocumentString<TrackFeedbackQuery, TrackFeedbackQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      ...MeetingFields
    }
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  scheduledAt
  location
  status
  agendaLeadHours
  agendaClosesAt
  attendancePoints
  heldAt
  minutes
  agenda {
    id
    title
    description
    createdAt
    submittedBy {
      id
      name
    }
    project {
      id
      title
    }
  }
  attendance {
    id
    user {
      id
      name
    }
    organization {
      id
      name
    }
  }
  resolutions {
    id
    position
    text
    project {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    isAdmin
    memberships {
      id
      role
      title
      organization {
        id
        name
      }
      alliance {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AlliancesDocument = new TypedDocumentString(`
    query Alliances {
  alliances(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlliancesQuery, AlliancesQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($allianceId: ID!) {
  alliance(id: $allianceId) {
    id
    name
    region
    stats {
      ...StatsFields
    }
  }
}
    fragment StatsFields on AllianceStats {
  organizationsByKind {
    kind
    count
  }
  openNeeds
  openConcerns
  activePledges
  fulfilledPledges
  fulfilmentRate
  projectsByStatus {
    status
    count
  }
  byResourceKind {
    kind
    required
    pledged
    fulfilled
  }
  topContributors {
    organization {
      id
      name
    }
    pledged
    fulfilled
    pledges
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($allianceId: ID!, $after: String, $first: Int!) {
  alliance(id: $allianceId) {
    id
    events(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment EventFields on AllianceEvent {
  id
  cursor
  type
  summary
  occurredAt
  actor {
    name
  }
}`) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($allianceId: ID!, $first: Int! = 100, $pledgesFirst: Int! = 100) {
  alliance(id: $allianceId) {
    id
    projects(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          description
          status
          progress
          startDate
          endDate
          leadOrganization {
            id
            name
          }
          requirements {
            id
            kind
            quantity
            unit
            description
            pledged
            fulfilled
            outstanding
          }
          pledges(first: $pledgesFirst) {
            edges {
              node {
                ...PledgeFields
              }
            }
          }
        }
      }
    }
  }
}
    fragment PledgeFields on Pledge {
  id
  quantity
  deliveredQuantity
  status
  note
  reason
  createdAt
  organization {
    id
    name
  }
  resource {
    id
    name
    unit
  }
  requirement {
    id
    kind
    unit
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const NeedsDocument = new TypedDocumentString(`
    query Needs($allianceId: ID!, $status: NeedStatus) {
  alliance(id: $allianceId) {
    id
    needs(first: 100, status: $status) {
      totalCount
      edges {
        node {
          id
          title
          description
          category
          priority
          status
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsQuery, NeedsQueryVariables>;
export const ResourcesDocument = new TypedDocumentString(`
    query Resources($allianceId: ID!, $kind: ResourceKind) {
  alliance(id: $allianceId) {
    id
    resources(first: 100, kind: $kind) {
      totalCount
      edges {
        node {
          id
          name
          kind
          unit
          capacity
          pledged
          available
          description
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesQuery, ResourcesQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($allianceId: ID!, $first: Int! = 100) {
  alliance(id: $allianceId) {
    id
    organizations(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kind
          sector
          status
          partyOrgName
          resources(first: 1) {
            totalCount
          }
          pledges(first: 1) {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID!, $first: Int! = 100) {
  node(id: $id) {
    ... on Organization {
      id
      name
      kind
      sector
      status
      partyOrgName
      joinedAt
      resources(first: $first) {
        edges {
          node {
            id
            name
            kind
            unit
            capacity
            pledged
            available
            description
          }
        }
      }
      pledges(first: $first) {
        edges {
          node {
            ...PledgeFields
          }
        }
      }
    }
  }
}
    fragment PledgeFields on Pledge {
  id
  quantity
  deliveredQuantity
  status
  note
  reason
  createdAt
  organization {
    id
    name
  }
  resource {
    id
    name
    unit
  }
  requirement {
    id
    kind
    unit
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const OrgResourcesDocument = new TypedDocumentString(`
    query OrgResources($id: ID!, $kind: ResourceKind) {
  node(id: $id) {
    ... on Organization {
      id
      resources(first: 100, kind: $kind) {
        edges {
          node {
            id
            name
            kind
            unit
            capacity
            available
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgResourcesQuery, OrgResourcesQueryVariables>;
export const PledgeResourceDocument = new TypedDocumentString(`
    mutation PledgeResource($input: PledgeResourceInput!) {
  pledgeResource(input: $input) {
    ...PledgeFields
  }
}
    fragment PledgeFields on Pledge {
  id
  quantity
  deliveredQuantity
  status
  note
  reason
  createdAt
  organization {
    id
    name
  }
  resource {
    id
    name
    unit
  }
  requirement {
    id
    kind
    unit
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<PledgeResourceMutation, PledgeResourceMutationVariables>;
export const ConfirmPledgeDocument = new TypedDocumentString(`
    mutation ConfirmPledge($input: ConfirmPledgeInput!) {
  confirmPledge(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConfirmPledgeMutation, ConfirmPledgeMutationVariables>;
export const RejectPledgeDocument = new TypedDocumentString(`
    mutation RejectPledge($input: RejectPledgeInput!) {
  rejectPledge(input: $input) {
    id
    status
    reason
  }
}
    `) as unknown as TypedDocumentString<RejectPledgeMutation, RejectPledgeMutationVariables>;
export const FulfillPledgeDocument = new TypedDocumentString(`
    mutation FulfillPledge($input: FulfillPledgeInput!) {
  fulfillPledge(input: $input) {
    id
    status
    deliveredQuantity
  }
}
    `) as unknown as TypedDocumentString<FulfillPledgeMutation, FulfillPledgeMutationVariables>;
export const WithdrawPledgeDocument = new TypedDocumentString(`
    mutation WithdrawPledge($input: WithdrawPledgeInput!) {
  withdrawPledge(input: $input) {
    id
    status
    reason
  }
}
    `) as unknown as TypedDocumentString<WithdrawPledgeMutation, WithdrawPledgeMutationVariables>;
export const TransitionProjectDocument = new TypedDocumentString(`
    mutation TransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const StatsUpdatedDocument = new TypedDocumentString(`
    subscription StatsUpdated($allianceId: ID!) {
  allianceStatsUpdated(allianceId: $allianceId) {
    ...StatsFields
  }
}
    fragment StatsFields on AllianceStats {
  organizationsByKind {
    kind
    count
  }
  openNeeds
  openConcerns
  activePledges
  fulfilledPledges
  fulfilmentRate
  projectsByStatus {
    status
    count
  }
  byResourceKind {
    kind
    required
    pledged
    fulfilled
  }
  topContributors {
    organization {
      id
      name
    }
    pledged
    fulfilled
    pledges
  }
}`) as unknown as TypedDocumentString<StatsUpdatedSubscription, StatsUpdatedSubscriptionVariables>;
export const AllianceEventsDocument = new TypedDocumentString(`
    subscription AllianceEvents($allianceId: ID!, $after: String) {
  allianceEvents(allianceId: $allianceId, after: $after) {
    ...EventFields
  }
}
    fragment EventFields on AllianceEvent {
  id
  cursor
  type
  summary
  occurredAt
  actor {
    name
  }
}`) as unknown as TypedDocumentString<AllianceEventsSubscription, AllianceEventsSubscriptionVariables>;