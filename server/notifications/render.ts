import { EventType } from '../domain/enums';
import { NotificationLanguage } from '../domain/notification.enums';
import { summarizeEvent } from '../services/event-summary';

/** A notification as people read it: a title line, the text, and the dashboard link. */
export interface RenderedMessage {
  title: string;
  /** The whole plain-text message (title, details, link): what robots and emails carry. */
  text: string;
  link: string;
}

/** What the renderer needs besides the event: looked up by the dispatcher at delivery time. */
export interface RenderContext {
  allianceName: string;
  language: NotificationLanguage;
  publicUrl: string;
  /** For pledge events: the requirement's figures now (quantity asked, pledged so far). */
  requirement?: { quantity: number; pledged: number; fulfilled: number; unit: string } | null;
}

export interface EventLike {
  type: EventType;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** The dashboard page an entity is shown on. */
export function dashboardLink(publicUrl: string, entityType: string, entityGlobalId?: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  switch (entityType) {
    case 'Project':
    case 'Pledge':
    case 'Requirement':
      return `${base}/projects`;
    case 'Need':
      return `${base}/needs`;
    case 'Resource':
      return `${base}/resources`;
    case 'Organization':
      return entityGlobalId ? `${base}/organizations/${entityGlobalId}` : `${base}/organizations`;
    default:
      return `${base}/`;
  }
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.round((part * 100) / whole)) : 0);

const STATUS_EN: Record<string, string> = {
  DRAFT: 'draft',
  PROPOSED: 'proposed',
  APPROVED: 'approved',
  IN_PROGRESS: 'in progress',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
};

/** One line in English, for channels set to English. */
export function summarizeEventEn(type: EventType, p: Record<string, unknown>): string {
  const s = (k: string) => String(p[k] ?? '');
  switch (type) {
    case EventType.NEED_RAISED:
      return `New need: "${s('title')}"`;
    case EventType.NEED_UPDATED:
      return `Need "${s('title')}" updated`;
    case EventType.RESOURCE_REGISTERED:
      return `${s('organizationName')} registered "${s('name')}" (${s('capacity')} ${s('unit')})`;
    case EventType.PROJECT_CREATED:
      return `Project "${s('title')}" created, led by ${s('leadOrganizationName')}`;
    case EventType.PROJECT_TRANSITIONED:
      return `Project "${s('title')}": ${STATUS_EN[s('from')] ?? s('from')} → ${STATUS_EN[s('to')] ?? s('to')}`;
    case EventType.PLEDGE_CREATED:
      return `${s('organizationName')} pledged ${s('quantity')} ${s('unit')} of ${s('resourceName')} → ${s('projectTitle')}`;
    case EventType.PLEDGE_CONFIRMED:
      return `Pledge confirmed (${s('quantity')})`;
    case EventType.PLEDGE_REJECTED:
      return `Pledge rejected: ${s('reason')}`;
    case EventType.PLEDGE_WITHDRAWN:
      return `Pledge withdrawn (at risk): ${s('reason')}`;
    case EventType.PLEDGE_FULFILLED:
      return `Pledge fulfilled: ${s('deliveredQuantity')}/${s('quantity')} delivered`;
    case EventType.CONCERN_RAISED:
      return `Supervision concern on "${s('targetLabel')}": ${s('text')}`;
    case EventType.CONCERN_ANSWERED:
      return `The secretary answered a concern: ${s('answer')}`;
    case EventType.ORGANIZATION_ADDED:
      return `${s('name')} joined the alliance`;
    default:
      return type.toLowerCase().replace(/_/g, ' ');
  }
}

/** Renders one event for a channel or a person: short, with the numbers that matter and a link. */
export function renderEvent(e: EventLike, ctx: RenderContext): RenderedMessage {
  const zh = ctx.language !== NotificationLanguage.EN;
  let line = zh ? summarizeEvent(e.type, e.payload) : summarizeEventEn(e.type, e.payload);
  const r = ctx.requirement;
  if (r && e.entityType === 'Pledge') {
    if (e.type === EventType.PLEDGE_FULFILLED) {
      line += zh ? `，已兑现 ${pct(r.fulfilled, r.quantity)}%` : `; ${pct(r.fulfilled, r.quantity)}% delivered`;
    } else {
      line += zh
        ? `，已满足 ${pct(r.pledged, r.quantity)}%（${r.pledged}/${r.quantity} ${r.unit}）`
        : `; ${pct(r.pledged, r.quantity)}% covered (${r.pledged}/${r.quantity} ${r.unit})`;
    }
  }
  const link = dashboardLink(ctx.publicUrl, e.entityType);
  const title = zh ? `【${ctx.allianceName}】${line}` : `[${ctx.allianceName}] ${line}`;
  return { title, text: `${title}\n${zh ? '查看：' : 'Open: '}${link}`, link };
}

/** A test message for testChannel. */
export function renderTest(channelName: string, ctx: Omit<RenderContext, 'requirement'>): RenderedMessage {
  const zh = ctx.language !== NotificationLanguage.EN;
  const link = dashboardLink(ctx.publicUrl, 'Alliance');
  const title = zh ? `【${ctx.allianceName}】通知渠道「${channelName}」测试消息：连接正常` : `[${ctx.allianceName}] Test message for channel "${channelName}": it works`;
  return { title, text: `${title}\n${zh ? '查看：' : 'Open: '}${link}`, link };
}

/** The daily digest of a person: one line per event, oldest first. */
export function renderDigest(events: EventLike[], day: string, ctx: Omit<RenderContext, 'requirement'>): RenderedMessage {
  const zh = ctx.language !== NotificationLanguage.EN;
  const link = dashboardLink(ctx.publicUrl, 'Alliance');
  const title = zh ? `【${ctx.allianceName}】${day} 每日摘要：${events.length} 条动态` : `[${ctx.allianceName}] Daily digest for ${day}: ${events.length} updates`;
  const lines = events.map((e, i) => `${i + 1}. ${zh ? summarizeEvent(e.type, e.payload) : summarizeEventEn(e.type, e.payload)}`);
  return { title, text: [title, ...lines, `${zh ? '查看：' : 'Open: '}${link}`].join('\n'), link };
}
