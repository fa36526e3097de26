import { GqlContext } from '../graphql/context';
import { concernLoaders } from '../loaders/concern.loaders';
import { fromGlobalId, NodeTypeName } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { govLoaders } from '../loaders/governance.loaders';

/**
 * Loads any Node by type and uuid through the request's loaders, returning null when it does not
 * exist or the viewer may not read its alliance (so foreign ids read exactly like missing ones).
 */
export async function loadNode(ctx: GqlContext, type: NodeTypeName, id: string): Promise<Node | null> {
  const l = ctx.loaders;
  const v = ctx.viewer;
  switch (type) {
    case 'Alliance': {
      const a = await l.alliance.load(id);
      return a && v.canRead(a.id) ? a : null;
    }
    case 'User': {
      const u = await l.user.load(id);
      return u && (v.isAdmin || v.user?.id === u.id) ? u : null;
    }
    case 'AllianceEvent':
      return null; // events are read through the events connection and subscriptions
    case 'NotificationChannel':
    case 'NotificationDelivery':
    case 'NotificationPreference':
      return null; // secretaries read them through Alliance.notificationChannels / notificationDeliveries
    default: {
      const loader = {
        Organization: l.organization,
        Membership: l.membership,
        Need: l.need,
        Resource: l.resource,
        Project: l.project,
        Requirement: l.requirement,
        Pledge: l.pledge,
        Concern: concernLoaders(ctx).concern,
        Decision: govLoaders(ctx).decision,
        DecisionStage: govLoaders(ctx).decisionStage,
        Feedback: govLoaders(ctx).feedback,
        PointEntry: govLoaders(ctx).pointEntry,
        ServiceDay: govLoaders(ctx).serviceDay,
        ServiceDaySignup: govLoaders(ctx).serviceDaySignup,
        Meeting: govLoaders(ctx).meeting,
        AgendaItem: govLoaders(ctx).agendaItem,
        MeetingAttendance: govLoaders(ctx).meetingAttendance,
        MeetingResolution: govLoaders(ctx).meetingResolution,
        Agreement: govLoaders(ctx).agreement,
      }[type];
      if (!loader) return null;
      const row = (await loader.load(id)) as (Node & { allianceId: string }) | null;
      return row && v.canRead(row.allianceId) ? row : null;
    }
  }
}

/** node(id:) — null for malformed, missing or foreign ids. */
export function loadGlobal(ctx: GqlContext, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  return decoded ? loadNode(ctx, decoded.type, decoded.id) : Promise.resolve(null);
}
