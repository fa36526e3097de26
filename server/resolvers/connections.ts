import { Alliance } from '../entities/alliance.entity';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { Membership } from '../entities/membership.entity';
import { Need } from '../entities/need.entity';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Project } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { ConnectionType } from '../graphql/connection';

/* Relay connection types, one per node type listed through a connection. */
export const AllianceConnection = ConnectionType(Alliance);
export const OrganizationConnection = ConnectionType(Organization);
export const MembershipConnection = ConnectionType(Membership);
export const NeedConnection = ConnectionType(Need);
export const ResourceConnection = ConnectionType(Resource);
export const ProjectConnection = ConnectionType(Project);
export const PledgeConnection = ConnectionType(Pledge);
export const AllianceEventConnection = ConnectionType(AllianceEvent);
