import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { Project } from '../entities/project.entity';
import { notFound } from '../errors';
import { GqlContext } from '../graphql/context';
import { decodeId } from '../graphql/global-id';
import { decodeEventCursor } from '../services/event.service';
import { feedSource, inOrder, LivePayload, LiveSource, openFeed, requireLive } from '../subscriptions/live';
import { toAllianceStats } from './alliance-stats.resolver';
import { AllianceStats } from './types/alliance-stats.type';

/** At most one stats push per subscription per this many ms, however many events arrive. */
export const STATS_MIN_INTERVAL_MS = 250;

interface SubscribeData {
  args: Record<string, unknown>;
  context: GqlContext;
}

/** Whether an event concerns the project (its own changes, or a pledge to one of its requirements). */
function concernsProject(e: AllianceEvent, projectId: string): boolean {
  return (e.entityType === 'Project' && e.entityId === projectId) || e.payload?.projectId === projectId;
}

async function subscribeAllianceEvents({ args, context }: SubscribeData): Promise<LiveSource<AllianceEvent>> {
  const ctx = requireLive(context);
  const allianceId = decodeId(String(args.allianceId), 'Alliance', 'allianceId');
  ctx.viewer.requireRead(allianceId);
  const after = BigInt(decodeEventCursor(args.after as string | null | undefined));
  const feed = await openFeed(ctx, allianceId, after);
  // Hand events out one by one (graphql executes one payload per push), keeping batch order.
  return feedSource(feed, (batch, sink) => inOrder(batch.events, (value) => sink.next({ value, viewer: batch.viewer })));
}

async function subscribeProject({ args, context }: SubscribeData): Promise<LiveSource<string>> {
  const ctx = requireLive(context);
  const projectId = decodeId(String(args.projectId), 'Project', 'projectId');
  ctx.viewer.requireUser();
  const project = await ctx.loaders.project.load(projectId);
  if (!project || !ctx.viewer.canRead(project.allianceId)) throw notFound('The project');
  const feed = await openFeed(ctx, project.allianceId, await ctx.live.events.headSeq(project.allianceId));
  return feedSource(feed, (batch, sink) =>
    batch.events.some((e) => concernsProject(e, projectId)) ? sink.next({ value: projectId, viewer: batch.viewer }) : undefined,
  );
}

async function subscribeStats({ args, context }: SubscribeData): Promise<LiveSource<string>> {
  const ctx = requireLive(context);
  const allianceId = decodeId(String(args.allianceId), 'Alliance', 'allianceId');
  ctx.viewer.requireRead(allianceId);
  const feed = await openFeed(ctx, allianceId, await ctx.live.events.headSeq(allianceId));
  let lastPush = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let release: (() => void) | null = null;
  return feedSource(
    feed,
    (batch, sink) => {
      const push = () => {
        if (stopped) return;
        lastPush = Date.now();
        return sink.next({ value: allianceId, viewer: batch.viewer });
      };
      // Coalesce a burst: wait out the interval; events arriving meanwhile stay in the feed and are
      // covered by the stats read after the wait (the next batch drains them).
      const wait = lastPush + STATS_MIN_INTERVAL_MS - Date.now();
      if (wait <= 0) return push();
      return new Promise<void>((resolve) => {
        release = resolve;
        timer = setTimeout(resolve, wait);
      }).then(() => {
        release = null;
        return push();
      });
    },
    () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      (release as (() => void) | null)?.();
    },
  );
}

/** Live updates over graphql-ws; each push is resolved with loaders of its own (see live.ts). */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => AllianceEvent, {
    subscribe: subscribeAllianceEvents,
    description:
      '大工委动态：先补发游标之后的全部动态，再实时推送；按游标顺序，不重不漏 ' +
      'Replays every event after the cursor, then streams new ones, in cursor order, with no gap and no duplicate',
  })
  allianceEvents(
    @Root() payload: LivePayload<AllianceEvent>,
    @Arg('allianceId', () => ID) _allianceId: string,
    @Arg('after', () => String, { nullable: true }) _after?: string | null,
  ): AllianceEvent {
    return payload.value;
  }

  @Subscription(() => Project, { subscribe: subscribeProject, description: '项目变化时推送最新项目 The project, fresh, whenever it or its pledges change' })
  async projectUpdated(
    @Root() payload: LivePayload<string>,
    @Arg('projectId', () => ID) _projectId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<Project> {
    const project = await ctx.loaders.project.load(payload.value);
    if (!project) throw notFound('The project');
    return project;
  }

  @Subscription(() => AllianceStats, {
    subscribe: subscribeStats,
    description: '统计数据变化时推送（每 250 毫秒至多一次）Fresh stats after changes, at most one push per 250 ms',
  })
  async allianceStatsUpdated(
    @Root() payload: LivePayload<string>,
    @Arg('allianceId', () => ID) _allianceId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<AllianceStats> {
    return toAllianceStats(await ctx.loaders.allianceStats.load(payload.value));
  }
}
