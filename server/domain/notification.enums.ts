import { registerDescribedEnum } from './enums';

/** A supervision concern is open until the secretary answers it. */
export enum ConcernStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

/** Where a notification channel delivers. */
export enum ChannelKind {
  WECOM = 'WECOM',
  DINGTALK = 'DINGTALK',
  FEISHU = 'FEISHU',
  EMAIL = 'EMAIL',
}

export enum NotificationLanguage {
  ZH = 'ZH',
  EN = 'EN',
}

/** Outbox row status: PENDING → SENDING (leased) → SENT, or back to PENDING for a retry, or DEAD. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DEAD = 'DEAD',
}

export enum DeliveryKind {
  CHANNEL = 'CHANNEL',
  PERSONAL = 'PERSONAL',
  DIGEST = 'DIGEST',
}

/** Entity types a concern may be raised on. */
export const CONCERN_TARGET_TYPES = ['Project', 'Pledge', 'Decision', 'Need', 'Resource', 'Organization', 'Requirement', 'Membership'] as const;
export type ConcernTargetType = (typeof CONCERN_TARGET_TYPES)[number];

registerDescribedEnum(ConcernStatus, 'ConcernStatus', '监督意见状态 Concern status', {
  OPEN: '待答复 Open',
  ANSWERED: '已答复 Answered',
});
registerDescribedEnum(ChannelKind, 'ChannelKind', '通知渠道类型 Notification channel kind', {
  WECOM: '企业微信群机器人 WeCom group robot',
  DINGTALK: '钉钉自定义机器人（加签）DingTalk custom robot (signed)',
  FEISHU: '飞书自定义机器人 Feishu custom bot',
  EMAIL: '电子邮件（SMTP）Email via SMTP',
});
registerDescribedEnum(NotificationLanguage, 'NotificationLanguage', '通知语言 Notification language', {
  ZH: '中文 Chinese',
  EN: '英文 English',
});
registerDescribedEnum(DeliveryStatus, 'DeliveryStatus', '投递状态 Delivery status', {
  PENDING: '待发送（含等待重试）Waiting to be sent or retried',
  SENDING: '发送中 Being sent',
  SENT: '已送达 Delivered',
  DEAD: '多次失败，已放弃 Given up after repeated failures (dead letter)',
});
registerDescribedEnum(DeliveryKind, 'DeliveryKind', '投递类型 Delivery kind', {
  CHANNEL: '渠道通知 Channel message',
  PERSONAL: '个人邮件 Personal email',
  DIGEST: '每日摘要 Daily digest',
});
