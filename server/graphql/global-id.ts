import { DomainError, ErrorCode } from '../errors';

/** GraphQL type names that have global ids. */
export type NodeTypeName =
  | 'Alliance'
  | 'Organization'
  | 'User'
  | 'Membership'
  | 'Need'
  | 'Resource'
  | 'Project'
  | 'Requirement'
  | 'Pledge'
  | 'AllianceEvent'
  | 'Concern'
  | 'NotificationChannel'
  | 'NotificationDelivery'
  | 'NotificationPreference'
  | 'Decision'
  | 'DecisionStage'
  | 'Feedback'
  | 'PointEntry'
  | 'ServiceDay'
  | 'ServiceDaySignup'
  | 'Meeting'
  | 'AgendaItem'
  | 'MeetingAttendance'
  | 'MeetingResolution'
  | 'Agreement';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Encodes a type and a uuid into an opaque Relay global id. */
export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; returns null for anything malformed. */
export function fromGlobalId(globalId: string): { type: NodeTypeName; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 120) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = raw.indexOf(':');
  if (sep <= 0) return null;
  const type = raw.slice(0, sep) as NodeTypeName;
  const id = raw.slice(sep + 1);
  if (!UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}

/**
 * Decodes a global id that must name an entity of `type`; a malformed id or one of another type is
 * BAD_USER_INPUT on `field`.
 */
export function decodeId(globalId: string, type: NodeTypeName, field: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid ${type} id`, { field });
  }
  return decoded.id;
}
