import { InitialSchema1764300000000 } from './1764300000000-initial-schema';
import { NotificationsAndConcerns1764500000000 } from './1764500000000-notifications-and-concerns';
import { StagedDecisions1764400000000 } from './1764400000000-staged-decisions';
import { ResidentsFeedback1764600000000 } from './1764600000000-residents-feedback';
import { PointsAndServiceDays1764700000000 } from './1764700000000-points-and-service-days';
import { JointMeetings1764800000000 } from './1764800000000-joint-meetings';
import { AgreementsAndWatchers1764900000000 } from './1764900000000-agreements-and-watchers';
import { ConcernsOnDecisions1765000000000 } from './1765000000000-concerns-on-decisions';
import { OrganizationContributions1765100000000 } from './1765100000000-organization-contributions';
import { ViewerChangeNotices1765200000000 } from './1765200000000-viewer-change-notices';
import { AllianceEventSequences1765300000000 } from './1765300000000-alliance-event-sequences';
import { WritePathFunctions1765400000000 } from './1765400000000-write-path-functions';
import { LighterPledgeWrites1765500000000 } from './1765500000000-lighter-pledge-writes';
import { PledgeBatches1765600000000 } from './1765600000000-pledge-batches';

/** Every migration, oldest first. Listed explicitly so compiled and test builds load the same set. */
export const migrations = [InitialSchema1764300000000, StagedDecisions1764400000000, NotificationsAndConcerns1764500000000, ResidentsFeedback1764600000000, PointsAndServiceDays1764700000000, JointMeetings1764800000000, AgreementsAndWatchers1764900000000, ConcernsOnDecisions1765000000000, OrganizationContributions1765100000000, ViewerChangeNotices1765200000000, AllianceEventSequences1765300000000, WritePathFunctions1765400000000, LighterPledgeWrites1765500000000, PledgeBatches1765600000000];
