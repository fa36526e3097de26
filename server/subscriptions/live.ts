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
import type { WebSocket } from 'ws';
import { Viewer } from '../auth/viewer';
import { DomainError, ErrorCode } from '../errors';
import { GqlContext } from '../graphql/context';
import { createLoaders } from '../loaders';
import { AllianceFeed, FeedBatch, FeedDeps } from './alliance-feed';

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
  /** Where the operation's results are written (set by the WebSocket server for each operation). */
  sink?: LiveSink;
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
 * all (with fresh loaders, as before). Entries go with their Viewer object, which the next batch
 * replaces. A computed result is held as itself, so the subscribers after the first write it in the
 * same turn, without a promise each.
 */
type Shared = ExecutionResult | Promise<ExecutionResult>;
const shared = new WeakMap<Viewer, Map<string, Map<unknown, Shared>>>();

const isPromise = (x: Shared): x is Promise<ExecutionResult> => typeof (x as Partial<Promise<unknown>>).then === 'function';

function sharedExecution<T>(payload: LivePayload<T>, operationKey: string, run: (payload: LivePayload<T>) => Shared): Shared {
  const { viewer, value } = payload;
  if (value === undefined || value === null) return run(payload);
  let perViewer = shared.get(viewer);
  if (!perViewer) shared.set(viewer, (perViewer = new Map()));
  // The operation key is the same string object for every push of a subscription (its hash is kept).
  let perOperation = perViewer.get(operationKey);
  if (!perOperation) perViewer.set(operationKey, (perOperation = new Map()));
  // An object value (an event row) by identity, a string (a project or alliance id) by value.
  let result = perOperation.get(value);
  if (!result) {
    const map = perOperation;
    const entry = run(payload);
    map.set(value, entry);
    // Only share among subscribers served together: a later push of the same value is computed afresh.
    const forget = (held: Shared) => setImmediate(() => map.get(value) === held && map.delete(value));
    if (isPromise(entry)) {
      entry.then(
        (done) => {
          if (map.get(value) !== entry) return;
          map.set(value, done);
          forget(done);
        },
        () => forget(entry),
      );
    } else forget(entry);
    result = entry;
  }
  return result;
}

/**
 * A subscription's source as the live resolvers build it: it pushes payloads to a sink, in order,
 * holding back while the sink's last `next` is pending. The async-iterator side only satisfies
 * graphql-js's check on a subscription's resolver; the WebSocket server never pulls.
 */
export interface LiveSource<T> extends AsyncIterable<LivePayload<T>> {
  start(sink: PayloadSink<T>): void;
  close(): void;
}

/** Where a LiveSource pushes; `end` is called once if the source stops by itself (with why). */
export interface PayloadSink<T> {
  next(payload: LivePayload<T>): void | Promise<void>;
  end(err: unknown): void;
}

function isLiveSource(x: unknown): x is LiveSource<unknown> {
  return (
    typeof (x as Partial<LiveSource<unknown>>)?.start === 'function' && typeof (x as Partial<LiveSource<unknown>>).close === 'function'
  );
}

/**
 * A LiveSource over an alliance feed: `onBatch` turns each batch into pushes (zero or more, through
 * the sink); `onClose` releases whatever it holds (a timer) when the subscription stops.
 */
export function feedSource<T>(
  feed: AllianceFeed,
  onBatch: (batch: FeedBatch, sink: PayloadSink<T>) => void | Promise<void>,
  onClose?: () => void,
): LiveSource<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<LivePayload<T>> {
      throw new Error('A live source pushes to the WebSocket server; it is not read as an iterator');
    },
    start(sink) {
      feed.start({ batch: (batch) => onBatch(batch, sink), end: (err) => sink.end(err) });
    },
    close() {
      onClose?.();
      feed.close();
    },
  };
}

/** Calls `fn` on each item in order, waiting for the promises it returns; sync while it returns none. */
export function inOrder<T>(items: readonly T[], fn: (item: T) => void | Promise<void>, from = 0): void | Promise<void> {
  for (let i = from; i < items.length; i++) {
    const pending = fn(items[i]);
    if (pending) return pending.then(() => inOrder(items, fn, i + 1));
  }
}

/** The socket side of a graphql-ws subscription, for writing its `next` messages directly. */
export interface LiveSink {
  /** The operation id the client chose (graphql-transport-ws `subscribe` message). */
  id: string;
  /** The connection's `ws` socket. */
  socket: WebSocket;
  /** Formats a result's errors as the HTTP side does (domain codes kept, the unexpected masked). */
  formatErrors: (errors: readonly GraphQLError[]) => unknown[];
  /** Told of every `next` message written (for the metrics). */
  delivered?: () => void;
}

/** Buffered bytes above which a push waits for its own write before the stream takes the next event. */
export const SOCKET_HIGH_WATER = 64 * 1024;

/**
 * The JSON text of a result as a `next` payload; a result shared by many subscribers (see
 * sharedExecution) is serialised once for them all.
 */
const serialised = new WeakMap<ExecutionResult, string>();
function payloadJson(result: ExecutionResult, formatErrors: LiveSink['formatErrors']): string {
  let json = serialised.get(result);
  if (json === undefined) {
    json = JSON.stringify(result.errors ? { ...result, errors: formatErrors(result.errors) } : result);
    serialised.set(result, json);
  }
  return json;
}

/**
 * Serves a subscription on a graphql-ws socket. Every pushed event is executed with a context of
 * its own: fresh DataLoaders (so no row cached for one event is served for a later one), a new
 * request id and the viewer re-read for that event (graphql-ws calls `context` once per operation,
 * so this is where per-event freshness has to happen). An error that stops the source mid-stream
 * (a revoked membership) is sent as one result with that error, then the stream completes.
 *
 * The results are written to the socket here, as graphql-transport-ws `next` messages, rather than
 * yielded to graphql-ws one by one: with thousands of subscribers to one alliance, graphql-ws's
 * per-push work (an async step, a message object, a JSON.stringify and a promise per socket write)
 * was most of the fan-out's cost. The iterator handed to graphql-ws yields nothing and settles when
 * the stream ends — done (graphql-ws then sends `complete`) or with an error (`error`) — and its
 * `return()` (the client's `complete`, or the socket closing) stops the source at once. A socket
 * with more than SOCKET_HIGH_WATER bytes unsent holds its source back until that write is done, as
 * graphql-ws's own wait on each write did.
 */
export async function subscribeWithFreshContext(
  args: ExecutionArgs,
  ds: DataSource,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const base = args.contextValue as LiveContext;
  const sink = base.sink;
  if (!sink) throw new Error('A live operation needs the socket it is served on (LiveContext.sink)');
  const source = await createSourceEventStream(args);
  if (!isLiveSource(source)) {
    if (Symbol.asyncIterator in (source as object)) throw new Error('Live subscriptions must return a LiveSource');
    return source as ExecutionResult;
  }
  const operationKey = keyOf(args);
  const prefix = `{"id":${JSON.stringify(sink.id)},"type":"next","payload":`;
  const { socket } = sink;

  let stopped = false;
  let settle!: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void };
  const ended = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => (settle = { resolve, reject }));
  // graphql-ws awaits it once the operation is registered; a failure before that is not unhandled.
  ended.catch(() => undefined);
  const stop = (err?: unknown) => {
    if (stopped) return;
    stopped = true;
    source.close();
    if (err === undefined) settle.resolve({ done: true, value: undefined });
    else settle.reject(err);
  };
  const write = (result: ExecutionResult): Promise<void> | undefined => {
    if (stopped || socket.readyState !== socket.OPEN) return undefined;
    const data = prefix + payloadJson(result, sink.formatErrors) + '}';
    sink.delivered?.();
    if (socket.bufferedAmount < SOCKET_HIGH_WATER) {
      socket.send(data);
      return undefined;
    }
    return new Promise<void>((resolve, reject) => socket.send(data, (err) => (err ? reject(err) : resolve())));
  };
  const run = (payload: LivePayload<unknown>) => {
    const contextValue: GqlContext = { ...base, viewer: payload.viewer, loaders: createLoaders(ds), requestId: randomUUID() };
    return execute({ ...args, rootValue: payload, contextValue });
  };
  source.start({
    next(payload) {
      if (stopped) return;
      const result = sharedExecution(payload, operationKey, run);
      return isPromise(result) ? result.then(write) : write(result);
    },
    end(err) {
      if (stopped) return;
      const error = err instanceof Error ? err : new Error(String(err));
      let sent: Promise<void> | undefined;
      try {
        // With a path the error formatter treats it as a resolver error and keeps its domain code.
        sent = write({ errors: [new GraphQLError(error.message, { originalError: error, path: [responseName(args)] })] });
      } catch (failure) {
        return stop(failure);
      }
      if (sent) sent.then(() => stop(), stop);
      else stop();
    },
  });
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    next: () => ended,
    return() {
      stop();
      return Promise.resolve({ done: true, value: undefined });
    },
  };
  return iterator;
}
