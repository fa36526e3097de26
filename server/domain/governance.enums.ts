import { registerDescribedEnum } from './enums';

/** Stages of a staged decision (四议两公开), in their only possible order. */
export enum DecisionStageKind {
  PROPOSAL = 'PROPOSAL',
  DELIBERATION = 'DELIBERATION',
  REVIEW = 'REVIEW',
  STREET_REVIEW = 'STREET_REVIEW',
  RESOLUTION = 'RESOLUTION',
  DECISION_PUBLICATION = 'DECISION_PUBLICATION',
  RESULT_PUBLICATION = 'RESULT_PUBLICATION',
}

/** The canonical order; an alliance's stage list is a subsequence of it. */
export const CANONICAL_STAGE_ORDER: DecisionStageKind[] = [
  DecisionStageKind.PROPOSAL,
  DecisionStageKind.DELIBERATION,
  DecisionStageKind.REVIEW,
  DecisionStageKind.STREET_REVIEW,
  DecisionStageKind.RESOLUTION,
  DecisionStageKind.DECISION_PUBLICATION,
  DecisionStageKind.RESULT_PUBLICATION,
];

/** Stages every list must contain. */
export const REQUIRED_STAGES: DecisionStageKind[] = [
  DecisionStageKind.PROPOSAL,
  DecisionStageKind.RESOLUTION,
  DecisionStageKind.DECISION_PUBLICATION,
  DecisionStageKind.RESULT_PUBLICATION,
];

/** 四议两公开 without the optional street review: the list of every alliance that has not set its own. */
export const DEFAULT_STAGES: DecisionStageKind[] = [
  DecisionStageKind.PROPOSAL,
  DecisionStageKind.DELIBERATION,
  DecisionStageKind.REVIEW,
  DecisionStageKind.RESOLUTION,
  DecisionStageKind.DECISION_PUBLICATION,
  DecisionStageKind.RESULT_PUBLICATION,
];

/** Stages decided by a vote (attendance and tallies required). */
export const VOTING_STAGES: DecisionStageKind[] = [
  DecisionStageKind.DELIBERATION,
  DecisionStageKind.REVIEW,
  DecisionStageKind.RESOLUTION,
];

export enum DecisionStatus {
  OPEN = 'OPEN',
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
}

export enum StageOutcome {
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
  DONE = 'DONE',
}

registerDescribedEnum(DecisionStageKind, 'DecisionStageKind', '决策环节（四议两公开）Stage of a staged decision', {
  PROPOSAL: '党组织提议 Proposal by the party organization',
  DELIBERATION: '两委商议 Deliberation by the committee (majority of those present)',
  REVIEW: '党员大会审议 Review by the members’ meeting (≥ 2/3 present, majority of those present)',
  STREET_REVIEW: '街道一审 Review by the street (optional)',
  RESOLUTION: '代表会议决议 Resolution by the representatives (more than half present, majority of those present)',
  DECISION_PUBLICATION: '决议公开 Publication of the decision',
  RESULT_PUBLICATION: '结果公开 Publication of the results',
});
registerDescribedEnum(DecisionStatus, 'DecisionStatus', '决策状态 Status of a staged decision', {
  OPEN: '进行中：项目暂不能批准 Stages being recorded; the project cannot be approved meanwhile',
  PASSED: '已通过：项目可以批准 The resolution passed; the project may be approved',
  REJECTED: '未通过：可重新提议 A stage rejected it; a new decision may be started',
});
registerDescribedEnum(StageOutcome, 'StageOutcome', '环节结果 Outcome of one stage', {
  PASSED: '通过 Passed',
  REJECTED: '未通过 Rejected',
  DONE: '已完成 Done (proposal or publication)',
});

/** A resident's feedback: received, then answered or turned into a need (反馈机制). */
export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  ANSWERED = 'ANSWERED',
  CONVERTED = 'CONVERTED',
}

registerDescribedEnum(FeedbackStatus, 'FeedbackStatus', '居民反馈状态 Status of a resident’s feedback', {
  RECEIVED: '已收到 Received, awaiting the secretary',
  ANSWERED: '已答复 Answered',
  CONVERTED: '已转为需求 Turned into an item of the needs list',
});

/** What a points entry was earned for; each cause earns at most once per holder. */
export enum PointCause {
  PLEDGE_FULFILLED = 'PLEDGE_FULFILLED',
  SERVICE_DAY = 'SERVICE_DAY',
  MEETING_ATTENDANCE = 'MEETING_ATTENDANCE',
}

/** Who holds a points entry: the organization or the member. */
export enum PointHolder {
  ORGANIZATION = 'ORGANIZATION',
  MEMBER = 'MEMBER',
}

registerDescribedEnum(PointCause, 'PointCause', '积分来源 What points are earned for', {
  PLEDGE_FULFILLED: '兑现认领 A fulfilled pledge (per resource kind rule)',
  SERVICE_DAY: '党员奉献日 Attending a service day',
  MEETING_ATTENDANCE: '出席联席会议 Attending a joint meeting',
});
registerDescribedEnum(PointHolder, 'PointHolder', '积分归属 Who holds the points', {
  ORGANIZATION: '单位 The organization',
  MEMBER: '个人 The member',
});

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
}

registerDescribedEnum(MeetingStatus, 'MeetingStatus', '会议状态 Status of a joint meeting', {
  SCHEDULED: '已安排 Scheduled; agenda open until the lead time',
  HELD: '已召开 Held; minutes, attendance and resolutions recorded',
});
