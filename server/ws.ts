import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLSchema, NoSchemaIntrospectionCustomRule, specifiedRules, ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { Viewer } from './auth/viewer';
import { isDocument, OperationCache } from './graphql/operation-cache';
import { rowLimitError } from './graphql/query-cost';
import { Metrics } from './observability/metrics';
import { ErrorCode } from './errors';
import { makeFormatError } from './graphql/format-error';
import { createLoaders } from './loaders';
import { Logger } from './logger';
import { Services } from './services';
import { EventBus } from './subscriptions/event-bus';
import { ViewerReads } from './subscriptions/viewer-reads';
import { LiveContext, subscribeWithFreshContext } from './subscriptions/live';

interface WsOptions {
  wss: WebSocketServer;
  schema: GraphQLSchema;
  services: Services;
  ds: DataSource;
  production: boolean;
  log: Logger;
  /**
   * The validation rules HTTP applies (GraphQL's own plus any query limits); defaults to GraphQL's
   * own, with introspection refused in production as Apollo does.
   */
  validationRules?: readonly ValidationRule[];
  /** Connection and subscription gauges, when the app keeps metrics. */
  metrics?: Metrics;
}

/** Most operations one connection may have running at once (a dashboard needs a handful). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 50;
/** graphql-ws's own ping/pong on the socket; a peer that misses a pong for as long is dropped. */
const KEEP_ALIVE_MS = 15_000;
/** A socket that has not sent `connection_init` by then is closed (4408). */
const CONNECTION_INIT_TIMEOUT_MS = 10_000;

/** The live side of the server, as createApp sees it. */
export interface WebSocketHandle {
  bus: EventBus;
  /** Closes every socket with 1001 (clients reconnect elsewhere), then stops listening for events. */
  close(): Promise<void>;
}

/**
 * graphql-ws (protocol graphql-transport-ws) on the HTTP server's /graphql path. A connection must
 * carry a valid token in `connectionParams.authorization`; otherwise it is closed with 4403. The
 * documents are parsed and validated by graphql-ws with the same rules Apollo applies over HTTP
 * (onSubscribe never returns execution args, which would skip validation); both steps go through an
 * OperationCache, so a storm of identical subscriptions parses and validates once.
 */
export function attachWebSocket({ wss, schema, services, ds, production, log, validationRules, metrics }: WsOptions): WebSocketHandle {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('The event bus needs the DataSource to be configured with a url');
  const bus = new EventBus({
    url,
    ds,
    events: services.events,
    log,
    viewers: services.auth.viewers,
    onEventNotification: metrics && (() => metrics.eventsPublished.inc()),
  });
  const delivered = metrics && (() => metrics.eventsDelivered.inc());
  bus.start();
  const viewers = new ViewerReads((ids) => services.auth.viewersFor(ids));
  const formatError = makeFormatError({ production, log: (err, msg) => log.error({ err }, msg) });
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  // Apollo turns introspection off in production with this rule; the socket must not be a way round.
  const base = validationRules ?? specifiedRules;
  const rules = production ? [...base, NoSchemaIntrospectionCustomRule] : base;
  const operations = new OperationCache(schema, rules, production);

  const server = useServer<Record<string, unknown> | undefined, { viewer?: Viewer; counted?: boolean }>(
    {
      schema,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      // onSubscribe has parsed the text already (and refused it if it could not be parsed).
      parse: (source) => {
        const parsed = operations.parse(typeof source === 'string' ? source : source.body);
        if (!isDocument(parsed)) throw parsed[0];
        return parsed;
      },
      validate: (_schema, document) => operations.validate(document),
      onConnect: async (ctx) => {
        try {
          const viewer = await services.auth.viewerFromHeader(ctx.connectionParams?.authorization);
          if (!viewer.user) return false;
          ctx.extra.viewer = viewer;
          metrics?.wsConnections.inc();
          ctx.extra.counted = true;
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const parsed = operations.parse(payload.query);
        if (!isDocument(parsed)) return [...parsed];
        // The row estimate depends on the variables: checked on every subscribe, never kept.
        const tooBig = rowLimitError(schema, parsed, payload.operationName, payload.variables);
        if (tooBig) return [tooBig];
        // ctx.subscriptions already holds the operation being started.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} operations per connection`, {
              extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
            }),
          ];
        }
        return undefined;
      },
      context: (ctx, id): LiveContext => ({
        viewer: ctx.extra.viewer!,
        loaders: createLoaders(ds),
        services,
        requestId: randomUUID(),
        live: { bus, events: services.events, auth: services.auth, viewers },
        sink: { id, socket: ctx.extra.socket, formatErrors: format, delivered },
      }),
      subscribe: (args) => subscribeWithFreshContext(args, ds),
      onOperation: () => {
        metrics?.wsSubscriptions.inc();
      },
      onComplete: () => {
        metrics?.wsSubscriptions.dec();
      },
      onClose: (ctx) => {
        if (ctx.extra.counted) metrics?.wsConnections.dec();
      },
      // Queries and mutations sent over the socket; subscriptions write their own results (live.ts).
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
    KEEP_ALIVE_MS,
  );
  wss.on('error', (err) => log.error({ err }, 'websocket server error'));
  let closing: Promise<void> | undefined;
  return {
    bus,
    close() {
      closing ??= (async () => {
        // dispose() closes every socket with 1001 "Going away" and ends their subscriptions.
        await server.dispose();
        await bus.close();
      })();
      return closing;
    },
  };
}
