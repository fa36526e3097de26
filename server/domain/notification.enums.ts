import { registerEnumType } from 'type-graphql';

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

registerEnumType(ConcernStatus, {
  name: 'ConcernStatus',
  description: '监督意见状态 Concern status',
  valuesConfig: { OPEN: { description: '待答复 Open' }, ANSWERED: { description: '已答复 Answered' } },
});
registerEnumType(ChannelKind, {
  name: 'ChannelKind',
  description: '通知渠道类型 Notification channel kind',
  valuesConfig: {
    WECOM: { description: '企业微信群机器人 WeCom group robot' },
    DINGTALK: { description: '钉钉自定义机器人（加签）DingTalk custom robot (signed)' },
    FEISHU: { description: '飞书自定义机器人 Feishu custom bot' },
    EMAIL: { description: '电子邮件（SMTP）Email via SMTP' },
  },
});
registerEnumType(NotificationLanguage, {
  name: 'NotificationLanguage',
  description: '通知语言 Notification language',
  valuesConfig: { ZH: { description: '中文 Chinese' }, EN: { description: '英文 English' } },
});
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: '投递状态 Delivery status',
  valuesConfig: {
    PENDING: { description: '待发送（含等待重试）Waiting to be sent or retried' },
    SENDING: { description: '发送中 Being sent' },
    SENT: { description: '已送达 Delivered' },
    DEAD: { description: '多次失败，已放弃 Given up after repeated failures (dead letter)' },
  },
});
registerEnumType(DeliveryKind, {
  name: 'DeliveryKind',
  description: '投递类型 Delivery kind',
  valuesConfig: {
    CHANNEL: { description: '渠道通知 Channel message' },
    PERSONAL: { description: '个人邮件 Personal email' },
    DIGEST: { description: '每日摘要 Daily digest' },
  },
});
