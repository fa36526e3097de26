import { ApolloServerPlugin } from '@apollo/server';
import { GqlContext } from '../graphql/context';
import { Logger } from '../logger';
import { Metrics } from './metrics';

/**
 * One structured log line and metrics per GraphQL operation: name, type, duration, user, outcome
 * (the first error code, or ok), request id and SQL statements.
 */
export function operationLogPlugin(log: Logger, metrics: Metrics): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, operation, errors, contextValue: ctx }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const name = operationName ?? operation?.name?.value ?? 'anonymous';
          const type = operation?.operation ?? 'unknown';
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const firstError = errors?.[0] ?? body?.errors?.[0];
          const code = firstError ? String((firstError.extensions as { code?: string } | undefined)?.code ?? 'INTERNAL_SERVER_ERROR') : undefined;
          const outcome = code ?? 'ok';
          metrics.operations.inc({ operation: name, type, outcome });
          metrics.duration.observe({ operation: name, type }, seconds);
          const c = (ctx ?? contextValue) as Partial<GqlContext> & { tally?: { count: number } };
          const line = {
            operation: name,
            type,
            ms: Math.round(seconds * 10000) / 10,
            userId: c.viewer?.user?.id ?? null,
            requestId: c.requestId,
            outcome,
            statements: c.tally?.count,
          };
          if (code === 'INTERNAL_SERVER_ERROR') log.error(line, 'graphql operation');
          else log.info(line, 'graphql operation');
        },
      };
    },
  };
}
