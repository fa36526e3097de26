import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { Project } from '../entities/project.entity';
import { notFound } from '../errors';
import { GqlContext } from '../graphql/context';
import { decodeId } from '../graphql/global-id';
import { decodeEventCursor } from '../services/event.service';
import { FeedBatch, pullIterator } from '../subscriptions/alliance-feed';
import { LivePayload, openFeed, requireLive } from '../subscriptions/live';
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

async function subscribeAllianceEvents({ args, context }: SubscribeData): Promise<AsyncIterable<LivePayload<AllianceEvent>>> {
  const ctx = requireLive(context);
  const allianceId = decodeId(String(args.allianceId), 'Alliance', 'allianceId');
  ctx.viewer.requireRead(allianceId);
  const after = BigInt(decodeEventCursor(args.after as string | null | undefined));
  const feed = await openFeed(ctx, allianceId, after);
  // Hand events out one by one (graphql executes one payload per push), keeping batch order.
  let queue: LivePayload<AllianceEvent>[] = [];
  return pullIterator(async () => {
    while (!queue.length) {
      const batch = await feed.next();
      if (!batch) return undefined;
      queue = batch.events.map((value) => ({ value, viewer: batch.viewer }));
    }
    return queue.shift();
  }, () => feed.close());
}

async function subscribeProject({ args, context }: SubscribeData): Promise<AsyncIterable<LivePayload<string>>> {
  const ctx = requireLive(context);
  const projectId = decodeId(String(args.projectId), 'Project', 'projectId');
  ctx.viewer.requireUser();
  const project = await ctx.loaders.project.load(projectId);
  if (!project || !ctx.viewer.canRead(project.allianceId)) throw notFound('The project');
  const feed = await openFeed(ctx, project.allianceId, await ctx.live.events.headSeq(project.allianceId));
  return pullIterator(async () => {
    for (;;) {
      const batch = await feed.next();
      if (!batch) return undefined;
      if (batch.events.some((e) => concernsProject(e, projectId))) return { value: projectId, viewer: batch.viewer };
    }
  }, () => feed.close());
}

async function subscribeStats({ args, context }: SubscribeData): Promise<AsyncIterable<LivePayload<string>>> {
  const ctx = requireLive(context);
  const allianceId = decodeId(String(args.allianceId), 'Alliance', 'allianceId');
  ctx.viewer.requireRead(allianceId);
  const feed = await openFeed(ctx, allianceId, await ctx.live.events.headSeq(allianceId));
  let lastPush = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let release: (() => void) | null = null;
  return pullIterator(
    async () => {
      const batch: FeedBatch | null = await feed.next();
      if (!batch) return undefined;
      // Coalesce a burst: wait out the interval; events arriving meanwhile are covered by the
      // stats read after the wait (the feed keeps them; the next pull drains them).
      const wait = lastPush + STATS_MIN_INTERVAL_MS - Date.now();
      if (wait > 0) {
        await new Promise<void>((resolve) => {
          release = resolve;
          timer = setTimeout(resolve, wait);
        });
        release = null;
        if (stopped) return undefined;
      }
      lastPush = Date.now();
      return { value: allianceId, viewer: batch.viewer };
    },
    () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      (release as (() => void) | null)?.();
      feed.close();
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
