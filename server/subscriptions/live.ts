import { randomUUID } from 'node:crypto';
import {
  createSourceEventStream,
  DocumentNode,
  execute,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  Kind,
  print,
} from 'graphql';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { DomainError, ErrorCode } from '../errors';
import { GqlContext } from '../graphql/context';
import { createLoaders } from '../loaders';
import { AllianceFeed, FeedDeps } from './alliance-feed';

/**
 * What a subscription's source stream yields: the value for the field resolver, and the viewer as
 * re-checked for this event (the per-event context carries it, so field-level rules use it too).
 */
export interface LivePayload<T> {
  value: T;
  viewer: Viewer;
}

/** The context of a WebSocket operation: the usual one plus access to live feeds. */
export interface LiveContext extends GqlContext {
  live: FeedDeps;
}

/** The live context, or a clear refusal when a subscription is attempted over plain HTTP. */
export function requireLive(ctx: GqlContext): LiveContext {
  const live = (ctx as Partial<LiveContext>).live;
  if (!live) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) only');
  return ctx as LiveContext;
}

/** Opens a feed for the subscribing viewer (which must be a logged-in user). */
export function openFeed(ctx: LiveContext, allianceId: string, afterSeq: bigint): Promise<AllianceFeed> {
  const user = ctx.viewer.requireUser();
  return AllianceFeed.open(ctx.live, allianceId, user.id, afterSeq);
}

/** The response key of the subscription's single root field. */
function responseName(args: ExecutionArgs): string {
  const field = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
  return field?.kind === Kind.FIELD ? (field.alias ?? field.name).value : 'subscription';
}

/** Printed documents: the WebSocket server hands every subscription of one text the same document. */
const printed = new WeakMap<DocumentNode, string>();

/** What an operation's result depends on besides the event and the viewer: document, operation, variables. */
function keyOf(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${text}`;
}

/**
 * Results being computed or just computed, per viewer read and event. A feed's viewer is re-read
 * once per batch and that one read (one Viewer object) is shared by every feed of the same user at
 * the same point of the log (see ViewerReads); an allianceEvents payload is the bus's row, shared by
 * every feed it was dispatched to. Subscribers with the same operation, the same event and the same
 * viewer read would compute the same result at the same moment, so it is executed once for them
 * all (with fresh loaders, as before). Entries go with their Viewer object, which the next batch replaces.
 */
const shared = new WeakMap<Viewer, Map<string, Map<unknown, Promise<ExecutionResult>>>>();

function sharedExecution(
  payload: Partial<LivePayload<unknown>> | undefined,
  operationKey: string,
  run: () => Promise<ExecutionResult> | ExecutionResult,
): Promise<ExecutionResult> | ExecutionResult {
  const viewer = payload?.viewer;
  const value = payload?.value;
  if (!viewer || value === undefined || value === null) return run();
  let perViewer = shared.get(viewer);
  if (!perViewer) shared.set(viewer, (perViewer = new Map()));
  // The operation key is the same string object for every push of a subscription (its hash is kept).
  let perOperation = perViewer.get(operationKey);
  if (!perOperation) perViewer.set(operationKey, (perOperation = new Map()));
  // An object value (an event row) by identity, a string (a project or alliance id) by value.
  let result = perOperation.get(value);
  if (!result) {
    result = Promise.resolve(run());
    perOperation.set(value, result);
    // Only share among subscribers served together: a later push of the same value is computed afresh.
    const map = perOperation;
    const p = result;
    const forget = () => setImmediate(() => map.get(value) === p && map.delete(value));
    p.then(forget, forget);
  }
  return result;
}

/**
 * graphql-js `subscribe`, except that every pushed event is executed with a context of its own:
 * fresh DataLoaders (so no row cached for one event is served for a later one), a new request id
 * and the viewer re-read for that event. graphql-ws calls `context` once per operation, so this is
 * where per-event freshness has to happen. An error raised by the source mid-stream (a revoked
 * membership) is sent as one result with that error, then the stream completes.
 */
export async function subscribeWithFreshContext(
  args: ExecutionArgs,
  ds: DataSource,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (source as object))) return source as ExecutionResult;
  const it = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const base = args.contextValue as GqlContext;
  let failed = false;
  let operationKey: string | undefined;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    async next() {
      if (failed) return { done: true, value: undefined };
      let step: IteratorResult<unknown>;
      try {
        step = await it.next();
      } catch (err) {
        failed = true;
        const error = err instanceof Error ? err : new Error(String(err));
        // With a path the error formatter treats it as a resolver error and keeps its domain code.
        return { done: false, value: { errors: [new GraphQLError(error.message, { originalError: error, path: [responseName(args)] })] } };
      }
      if (step.done) return { done: true, value: undefined };
      const payload = step.value as Partial<LivePayload<unknown>>;
      const run = () => {
        const contextValue: GqlContext = {
          ...base,
          viewer: payload?.viewer ?? base.viewer,
          loaders: createLoaders(ds),
          requestId: randomUUID(),
        };
        return execute({ ...args, rootValue: step.value, contextValue });
      };
      const value = await sharedExecution(payload, (operationKey ??= keyOf(args)), run);
      return { done: false, value };
    },
    async return() {
      await it.return?.();
      return { done: true, value: undefined };
    },
  };
  return iterator;
}
