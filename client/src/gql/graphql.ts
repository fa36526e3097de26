/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ConfirmPledgeInput = {
  pledgeId: string;
};

/** 动态类型 Activity type */
export type EventType =
  /** 提交会议议题 Agenda item submitted */
  | 'AGENDA_ITEM_SUBMITTED'
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

export type FulfillPledgeInput = {
  /** 实际交付数量（不超过认领数量）Delivered, at most the pledged quantity */
  deliveredQuantity: number;
  pledgeId: string;
};

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

export type RejectPledgeInput = {
  pledgeId: string;
  reason: string;
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

export type TransitionProjectInput = {
  note?: string | null | undefined;
  projectId: string;
  to: ProjectStatus;
};

export type WithdrawPledgeInput = {
  pledgeId: string;
  reason: string;
};

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