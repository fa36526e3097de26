import { DataSource } from 'typeorm';
import { AllianceService } from './alliance.service';
import { AuthService } from './auth.service';
import { ConcernService } from './concern.service';
import { DecisionService } from './decision.service';
import { EventService } from './event.service';
import { FeedbackService } from './feedback.service';
import { AgreementService } from './agreement.service';
import { MeetingService } from './meeting.service';
import { WatcherService } from './watcher.service';
import { PointsService } from './points.service';
import { IdempotencyService } from './idempotency.service';
import { MembershipService } from './membership.service';
import { NeedService } from './need.service';
import { NotificationService } from './notification.service';
import { SecretBox } from '../notifications/crypto';
import { notificationSettingsFromEnv } from '../notifications/settings';
import { OrganizationService } from './organization.service';
import { PledgeService } from './pledge.service';
import { ProjectService } from './project.service';
import { ResourceService } from './resource.service';
import { ServiceDeps } from './service-context';

/** Builds the application's services (one per aggregate) over one DataSource. */
export function createServices(ds: DataSource, jwtSecret: string) {
  const events = new EventService(ds);
  const idempotency = new IdempotencyService();
  const deps = new ServiceDeps(ds, events, idempotency);
  const auth = new AuthService(ds, jwtSecret);
  return {
    ds,
    auth,
    events,
    idempotency,
    alliances: new AllianceService(deps),
    organizations: new OrganizationService(deps),
    memberships: new MembershipService(deps, auth),
    needs: new NeedService(deps),
    resources: new ResourceService(deps),
    projects: new ProjectService(deps),
    pledges: new PledgeService(deps),
    concerns: new ConcernService(deps),
    notifications: new NotificationService(deps, SecretBox.fromEnv(jwtSecret), notificationSettingsFromEnv()),
    decisions: new DecisionService(deps),
    feedback: new FeedbackService(deps),
    points: new PointsService(deps),
    meetings: new MeetingService(deps),
    agreements: new AgreementService(deps),
    watchers: new WatcherService(deps),
  };
}

/** The service container every resolver reaches through the context. */
export type Services = ReturnType<typeof createServices>;
