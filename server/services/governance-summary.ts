import { EventType } from '../domain/enums';

/** Chinese names of the decision stages, for feeds. */
export const STAGE_ZH: Record<string, string> = {
  PROPOSAL: '提议',
  DELIBERATION: '商议',
  REVIEW: '审议',
  STREET_REVIEW: '街道一审',
  RESOLUTION: '决议',
  DECISION_PUBLICATION: '决议公开',
  RESULT_PUBLICATION: '结果公开',
};

const OUTCOME_ZH: Record<string, string> = { PASSED: '通过', REJECTED: '未通过', DONE: '完成' };

/** One Chinese line for the governance events (staged decisions and what follows); null for others. */
export function summarizeGovernanceEvent(type: EventType, p: Record<string, unknown>): string | null {
  const s = (k: string) => String(p[k] ?? '');
  switch (type) {
    case EventType.DECISION_STAGES_CONFIGURED:
      return `设定决策环节：${((p.stages as string[] | undefined) ?? []).map((x) => STAGE_ZH[x] ?? x).join(' → ')}`;
    case EventType.DECISION_STARTED:
      return `项目「${s('projectTitle')}」进入决策程序：提议`;
    case EventType.DECISION_STAGE_RECORDED: {
      const votes = p.votesFor != null ? `（实到 ${s('present')}/${s('eligible')}，赞成 ${s('votesFor')}）` : '';
      return `项目「${s('projectTitle')}」${STAGE_ZH[s('stage')] ?? s('stage')}${OUTCOME_ZH[s('outcome')] ?? ''}${votes}`;
    }
    default:
      return summarizeFeedbackEvent(type, p);
  }
}

const CATEGORY_ZH: Record<string, string> = {
  ELDERLY_CARE: '养老助老',
  CHILD_CARE: '托幼育儿',
  EMPLOYMENT: '就业创业',
  ENVIRONMENT: '环境整治',
  CULTURE: '文化活动',
  HEALTH: '医疗健康',
  SAFETY: '平安建设',
  EDUCATION: '教育培训',
  OTHER: '其他',
};

/** Chinese lines for the feedback events; null for others. */
export function summarizeFeedbackEvent(type: EventType, p: Record<string, unknown>): string | null {
  const s = (k: string) => String(p[k] ?? '');
  switch (type) {
    case EventType.FEEDBACK_SUBMITTED:
      return `收到居民反馈（${CATEGORY_ZH[s('category')] ?? s('category')}）`;
    case EventType.FEEDBACK_ANSWERED:
      return `答复居民反馈（用时 ${s('responseMinutes')} 分钟）`;
    case EventType.FEEDBACK_CONVERTED:
      return `居民反馈转为需求「${s('needTitle')}」`;
    default:
      return summarizePointsEvent(type, p);
  }
}

/** Chinese lines for the points events; null for others. */
export function summarizePointsEvent(type: EventType, p: Record<string, unknown>): string | null {
  const s = (k: string) => String(p[k] ?? '');
  switch (type) {
    case EventType.POINT_RULE_SET:
      return `积分规则：${s('resourceKind')} 每 ${s('per')} 计 ${s('points')} 分`;
    case EventType.SERVICE_DAY_SCHEDULED:
      return `安排党员奉献日「${s('title')}」${((p.dates as string[] | undefined) ?? []).length} 次`;
    case EventType.SERVICE_DAY_SIGNED_UP:
      return `${s('userName')} 报名奉献日「${s('title')}」${s('date')}`;
    case EventType.SERVICE_DAY_ATTENDANCE_RECORDED:
      return `奉献日「${s('title')}」出席 ${s('attended')}/${s('signedUp')}，每人 ${s('points')} 分`;
    case EventType.MEETING_SCHEDULED:
      return `安排联席会议「${s('title')}」`;
    case EventType.AGENDA_ITEM_SUBMITTED:
      return `联席会议「${s('meetingTitle')}」新增议题「${s('title')}」`;
    case EventType.MEETING_RECORDED:
      return `联席会议「${s('title')}」已召开：出席 ${s('attendees')} 人，决议 ${s('resolutions')} 项`;
    case EventType.AGREEMENT_CREATED:
      return `签订共建协议「${s('title')}」`;
    case EventType.AGREEMENT_REVIEWED:
      return `评估共建协议「${s('title')}」，下次评估 ${s('nextReviewOn')}`;
    case EventType.AGREEMENT_RENEWED:
      return `续签共建协议「${s('title')}」至 ${s('to')}`;
    case EventType.AGREEMENT_REVIEW_DUE:
      return `共建协议「${s('title')}」应于 ${s('dueOn')} 评估`;
    case EventType.AGREEMENT_RENEWAL_DUE:
      return `共建协议「${s('title')}」将于 ${s('endsOn')} 到期，请续签`;
    case EventType.PROJECT_AT_RISK:
      return `预警：项目「${s('title')}」已过结束日期 ${s('endDate')} 仍未完成`;
    case EventType.PLEDGE_AT_RISK:
      return `预警：${s('organizationName')} 对「${s('projectTitle')}」的认领已过期 ${s('endDate')} 仍未兑现`;
    default:
      return null;
  }
}
