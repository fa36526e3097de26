import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { Viewer } from './auth/viewer';
import { StatementTally, withStatementTally } from './db/statement-counter';
import { toDomainError, makeFormatError } from './graphql/format-error';
import { GqlContext } from './graphql/context';
import { badRequestBody, GRAPHQL_BODY_LIMIT, graphqlFastPath } from './http/graphql-fast-path';
import { openDataRouter } from './http/open-data';
import { httpProtection, wsValidationRules } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { jitGateway } from './graphql/jit-executor';
import { createLoaders } from './loaders';
import { Logger } from './logger';
import { Metrics } from './observability/metrics';
import { operationLogPlugin } from './observability/operation-log.plugin';
import { Services } from './services';
import { attachWebSocket, WebSocketHandle } from './ws';

/** What the HTTP/WS server needs. */
export interface AppOptions {
  ds: DataSource;
  services: Services;
  production: boolean;
  log: Logger;
  /** Where the built dashboard lives; served at `/` when present. */
  clientDir?: string;
  /** Process metrics; one is created when not given. */
  metrics?: Metrics;
}

/** A running (or ready to run) Gongjian server. */
export interface GongjianServer {
  httpServer: http.Server;
  metrics: Metrics;
  /** The WebSocket side: the process's event bus and socket shutdown. */
  live: WebSocketHandle;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

declare module 'node:http' {
  interface IncomingMessage {
    tally?: StatementTally;
    requestId?: string;
  }
}

/** Reports how many SQL statements the operation issued (development only: tests and benchmarks read it). */
function statementCountPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const tally = (contextValue as GqlContext & { tally?: StatementTally }).tally;
          if (tally) response.http.headers.set('x-sql-statements', String(tally.count));
        },
      };
    },
  };
}

/** Builds the express app with Apollo on /graphql and graphql-ws on the same server and path. */
export async function createApp(opts: AppOptions): Promise<GongjianServer> {
  const { ds, services, production, log } = opts;
  const schema = await getSchema();
  const app = express();
  app.disable('x-powered-by');
  // Set below, once Apollo has started: plain JSON POSTs to /graphql skip express (see graphqlFastPath).
  let fastPath: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (!fastPath?.(req, res)) app(req, res);
  });
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const metrics = opts.metrics ?? new Metrics(ds);
  metrics.watchPledgeBatches(() => services.pledges.batchCounters);
  const ws = attachWebSocket({ wss, schema, services, ds, production, log, validationRules: wsValidationRules(production), metrics });

  const protection = httpProtection(production);
  const apollo = new ApolloServer<GqlContext>({
    // Queries and mutations run compiled (graphql-jit) from their second request on; see jit-executor.ts.
    gateway: jitGateway(schema, () => metrics.compiledOperations.inc()),
    validationRules: protection.validationRules,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError: makeFormatError({ production, log: (err, msg) => log.error({ err }, msg) }),
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field carries cache hints; the default cache-control plugin only added a willResolveField hook
      // (and with it Apollo's per-field resolver wrapper) to every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { drainServer: () => ws.close() }; } },
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
      operationLogPlugin(log, metrics),
      ...(production ? [] : [statementCountPlugin()]),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await ds.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  /** The request's id (the caller's x-request-id or a new one), echoed in the response. */
  const identify = (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.requestId = String(req.headers['x-request-id'] ?? randomUUID());
    res.setHeader('x-request-id', req.requestId);
  };
  /** Outside production, the statement tally around the rest of the request. */
  const tallied = (req: http.IncomingMessage, next: () => void) => {
    // Counting statements takes an AsyncLocalStorage, whose promise hooks cost about 5 % of the CPU
    // of a read-heavy request: development and tests only (they read x-sql-statements).
    if (production) return next();
    req.tally = { count: 0 };
    withStatementTally(req.tally, next);
  };
  const context = async (req: http.IncomingMessage): Promise<GqlContext & { tally?: StatementTally }> => {
    let viewer: Viewer;
    try {
      viewer = await services.auth.viewerFromHeader(req.headers.authorization);
    } catch (err) {
      const domain = toDomainError(err);
      if (!domain) throw err;
      throw new GraphQLError(domain.message, { extensions: { code: domain.code, http: { status: 401 } } });
    }
    return { viewer, loaders: createLoaders(ds), services, requestId: req.requestId!, tally: req.tally, clientAddress: (req as Request).ip ?? req.socket.remoteAddress };
  };
  fastPath = graphqlFastPath({ apollo, identify, tallied, context, onError: (err) => log.error({ err }, 'request failed') });
  app.use(
    '/graphql',
    (req: Request, res: Response, next: NextFunction) => {
      identify(req, res);
      tallied(req, next);
    },
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );

  // Open data: CSV/JSON exports of an alliance's lists (see server/http/open-data.ts for the columns).
  app.use('/export', openDataRouter(ds, services));

  const clientDir = opts.clientDir;
  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|metrics).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('html').send(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>共建 Gongjian</title>' +
          '<h1>共建 Gongjian</h1><p>GraphQL API: <a href="/graphql">/graphql</a></p></html>',
      );
    });
  }

  // Body parser and other middleware errors: answer in JSON with the right status, never a stack.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 600 ? err.status : 500;
    if (status >= 500) log.error({ err }, 'request failed');
    res.status(status).type('json').send(badRequestBody(status));
  });

  return {
    httpServer,
    metrics,
    live: ws,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      });
    },
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
