import { randomUUID } from 'node:crypto';
import { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { Viewer } from './auth/viewer';
import { GqlContext } from './graphql/context';
import { createLoaders } from './loaders';
import { Logger } from './logger';
import { Services } from './services';

interface WsOptions {
  wss: WebSocketServer;
  schema: GraphQLSchema;
  services: Services;
  ds: DataSource;
  production: boolean;
  log: Logger;
}

/**
 * graphql-ws (protocol graphql-transport-ws) on the HTTP server's /graphql path. A connection must
 * carry a valid token in `connectionParams.authorization`; otherwise it is closed with 4403.
 */
export function attachWebSocket({ wss, schema, services, ds, log }: WsOptions) {
  const server = useServer<Record<string, unknown> | undefined, { viewer?: Viewer }>(
    {
      schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        try {
          const viewer = await services.auth.viewerFromHeader(ctx.connectionParams?.authorization);
          if (!viewer.user) return false;
          ctx.extra.viewer = viewer;
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): GqlContext => ({
        viewer: ctx.extra.viewer!,
        loaders: createLoaders(ds),
        services,
        requestId: randomUUID(),
      }),
    },
    wss,
  );
  wss.on('error', (err) => log.error({ err }, 'websocket server error'));
  return {
    async close() {
      await server.dispose();
    },
  };
}
