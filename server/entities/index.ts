import { Alliance } from './alliance.entity';
import { AllianceEvent } from './alliance-event.entity';
import { Decision, DecisionSettings, DecisionStage } from './decision.entity';
import { Feedback } from './feedback.entity';
import { Agreement, AgreementParty, WatchAlert } from './agreement.entity';
import { AgendaItem, Meeting, MeetingAttendance, MeetingResolution } from './meeting.entity';
import { PointEntry, PointRule, ServiceDay, ServiceDaySignup } from './points.entity';
import { Concern } from './concern.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { LoginAttempt } from './login-attempt.entity';
import { Membership } from './membership.entity';
import { Need } from './need.entity';
import { NotificationChannel } from './notification-channel.entity';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationPreference } from './notification-preference.entity';
import { Organization } from './organization.entity';
import { Pledge } from './pledge.entity';
import { Project } from './project.entity';
import { ProjectNeed } from './project-need.entity';
import { Requirement } from './requirement.entity';
import { Resource } from './resource.entity';
import { User } from './user.entity';

export {
  Alliance,
  AllianceEvent,
  Decision,
  DecisionSettings,
  DecisionStage,
  Feedback,
  Agreement,
  AgreementParty,
  WatchAlert,
  AgendaItem,
  Meeting,
  MeetingAttendance,
  MeetingResolution,
  PointEntry,
  PointRule,
  ServiceDay,
  ServiceDaySignup,
  Concern,
  IdempotencyKey,
  LoginAttempt,
  Membership,
  Need,
  NotificationChannel,
  NotificationDelivery,
  NotificationPreference,
  Organization,
  Pledge,
  Project,
  ProjectNeed,
  Requirement,
  Resource,
  User,
};

/** Every entity, for the DataSource. */
export const entities = [
  Alliance,
  AllianceEvent,
  Decision,
  DecisionSettings,
  DecisionStage,
  Feedback,
  Agreement,
  AgreementParty,
  WatchAlert,
  AgendaItem,
  Meeting,
  MeetingAttendance,
  MeetingResolution,
  PointEntry,
  PointRule,
  ServiceDay,
  ServiceDaySignup,
  Concern,
  IdempotencyKey,
  LoginAttempt,
  Membership,
  Need,
  NotificationChannel,
  NotificationDelivery,
  NotificationPreference,
  Organization,
  Pledge,
  Project,
  ProjectNeed,
  Requirement,
  Resource,
  User,
];
