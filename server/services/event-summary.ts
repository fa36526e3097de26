import { EventType } from '../domain/enums';
import { summarizeGovernanceEvent } from './governance-summary';

const STATUS_ZH: Record<string, string> = {
  DRAFT: '草拟',
  PROPOSED: '已提议',
  APPROVED: '已通过',
  IN_PROGRESS: '实施中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  ACTIVE: '在册',
  SUSPENDED: '暂停',
  OPEN: '待认领',
  MATCHED: '已对接',
  CLOSED: '已关闭',
};

const ROLE_ZH: Record<string, string> = {
  SECRETARY: '社区书记',
  COMMITTEE_MEMBER: '兼职委员',
  UNIT_REPRESENTATIVE: '单位联络员',
  SUPERVISOR: '监督委员',
  VIEWER: '观察员',
};

/** One line in Chinese describing an event, for feeds and notifications. */
export function summarizeEvent(type: EventType, p: Record<string, unknown>): string {
  const s = (k: string) => String(p[k] ?? '');
  switch (type) {
    case EventType.ALLIANCE_CREATED:
      return `成立大工委「${s('name')}」`;
    case EventType.ALLIANCE_UPDATED:
      return `更新大工委信息`;
    case EventType.ORGANIZATION_ADDED:
      return `吸纳成员单位 ${s('name')}`;
    case EventType.ORGANIZATION_UPDATED:
      return `${s('name')} 状态：${STATUS_ZH[s('from')] ?? s('from')} → ${STATUS_ZH[s('to')] ?? s('to')}`;
    case EventType.MEMBERSHIP_GRANTED:
      return `${s('userName')} 任 ${s('title') || ROLE_ZH[s('role')] || s('role')}`;
    case EventType.MEMBERSHIP_REVOKED:
      return `撤销一名${ROLE_ZH[s('role')] ?? ''}的角色`;
    case EventType.NEED_RAISED:
      return `登记需求「${s('title')}」`;
    case EventType.NEED_UPDATED:
      return `更新需求「${s('title')}」${p.from !== p.to ? `：${STATUS_ZH[s('from')]} → ${STATUS_ZH[s('to')]}` : ''}`;
    case EventType.RESOURCE_REGISTERED:
      return `${s('organizationName')} 登记资源「${s('name')}」${s('capacity')} ${s('unit')}`;
    case EventType.RESOURCE_UPDATED:
      return `资源「${s('name')}」总量 ${s('capacityBefore')} → ${s('capacity')} ${s('unit')}`;
    case EventType.PROJECT_CREATED:
      return `创建项目「${s('title')}」，牵头单位 ${s('leadOrganizationName')}`;
    case EventType.PROJECT_TRANSITIONED:
      return `项目「${s('title')}」${STATUS_ZH[s('from')] ?? s('from')} → ${STATUS_ZH[s('to')] ?? s('to')}`;
    case EventType.PLEDGE_CREATED:
      return `${s('organizationName')} 认领 ${s('resourceName')} ${s('quantity')} ${s('unit')} → ${s('projectTitle')}`;
    case EventType.PLEDGE_CONFIRMED:
      return `确认认领（${s('quantity')}）`;
    case EventType.PLEDGE_REJECTED:
      return `未采纳认领：${s('reason')}`;
    case EventType.PLEDGE_WITHDRAWN:
      return `撤回认领：${s('reason')}`;
    case EventType.PLEDGE_FULFILLED:
      return `兑现认领，交付 ${s('deliveredQuantity')}/${s('quantity')}`;
    case EventType.CONCERN_RAISED:
      return `监督委员就「${s('targetLabel')}」提出意见：${s('text')}`;
    case EventType.CONCERN_ANSWERED:
      return `书记答复监督意见：${s('answer')}`;
    case EventType.NOTIFICATION_CHANNEL_ADDED:
      return `添加通知渠道「${s('name')}」`;
    case EventType.NOTIFICATION_CHANNEL_UPDATED:
      return `修改通知渠道「${s('name')}」`;
    case EventType.NOTIFICATION_CHANNEL_REMOVED:
      return `删除通知渠道「${s('name')}」`;
    case EventType.NOTIFICATION_PREFERENCES_UPDATED:
      return `一名成员修改了个人通知设置`;
    default:
      return summarizeGovernanceEvent(type, p) ?? type;
  }
}
