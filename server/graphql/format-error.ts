import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { ValidationError } from 'class-validator';
import { DomainError, ErrorCode } from '../errors';

/** First failing constraint of a class-validator tree, with its dotted path. */
function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const message = Object.values(e.constraints)[0];
      return { field: path, message };
    }
    const nested = firstViolation(e.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

/** PostgreSQL errors that are the client's doing, mapped to contract codes. */
function fromDatabase(err: QueryFailedError): DomainError | null {
  const driver = (err as QueryFailedError & { driverError: { code?: string; constraint?: string } }).driverError;
  switch (driver?.code) {
    case '23505':
      return new DomainError(ErrorCode.CONFLICT, 'This already exists', { constraint: driver.constraint });
    case '23514':
      if (driver.constraint === 'resources_pledged_within_capacity') {
        return new DomainError(ErrorCode.CAPACITY_EXCEEDED, 'Not enough capacity left on this resource');
      }
      return new DomainError(ErrorCode.BAD_USER_INPUT, 'A value is out of the allowed range');
    case '22P02':
    case '22003':
    case '22021': // e.g. a NUL byte, which PostgreSQL text cannot hold
      return new DomainError(ErrorCode.BAD_USER_INPUT, 'A value is malformed or out of range');
    default:
      return null;
  }
}

/** SQLSTATEs and socket errors meaning the database is down, restarting or unreachable. */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** Whether an error means the database is unreachable (down, restarting, connection lost). */
export function isDatabaseUnavailable(raw: unknown): boolean {
  const e = raw as { name?: string; code?: string; driverError?: { code?: string; message?: string }; message?: string };
  // TypeORM raises this when a transaction's connection died under it (the original error is gone).
  if (e?.name && /AlreadyReleasedError$/.test(e.name)) return true;
  const code = e?.driverError?.code ?? e?.code;
  if (code && UNAVAILABLE.has(code)) return true;
  const message = e?.driverError?.message ?? e?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/i.test(message);
}

/** Turns any thrown value into a contract error, or null when it is unexpected (to be masked). */
export function toDomainError(raw: unknown): DomainError | null {
  if (raw instanceof DomainError) return raw;
  if (isDatabaseUnavailable(raw)) {
    return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable right now; please try again shortly');
  }
  if (raw instanceof ArgumentValidationError) {
    const v = firstViolation(raw.extensions.validationErrors as unknown as ValidationError[]);
    return new DomainError(ErrorCode.BAD_USER_INPUT, v?.message ?? 'Invalid input', { field: v?.field?.replace(/^input\./, '') });
  }
  if (raw instanceof QueryFailedError) return fromDatabase(raw);
  return null;
}

/**
 * The input field a GraphQL variable-coercion error is about, in the dotted form class-validator
 * errors use (`requirements.0.quantity`), without the variable's own name; undefined when unknown.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/.exec(message);
  const missing = /Field "([^"]+)" of required type .* was not provided/.exec(message);
  const unknown = /Field "([^"]+)" is not defined by type/.exec(message);
  const inner = missing?.[1] ?? unknown?.[1];
  const path = at ? at[1].replace(/\[(\d+)\]/g, '.$1').split('.').slice(1) : [];
  if (inner) path.push(inner);
  return path.length ? path.join('.') : undefined;
}

/**
 * The one place errors become responses: domain errors keep their code, message and field; GraphQL's
 * own (syntax, validation, variables) pass through; anything else is logged and masked.
 */
export function makeFormatError(opts: { production: boolean; log: (err: unknown, msg: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // graphql-js wraps thrown values it does not recognise as Errors (e.g. from another realm).
    const original = (unwrapped as { thrownValue?: unknown }).thrownValue ?? unwrapped;
    const domain = toDomainError(original);
    if (domain) {
      const { field, ...details } = domain.details;
      return {
        message: domain.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: domain.code, ...(field !== undefined ? { field } : {}), ...details },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      // Errors GraphQL raised about the request itself; bad variables name the offending field.
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      const field = code === 'BAD_USER_INPUT' && extensions.field === undefined ? fieldOfCoercionError(formatted.message) : undefined;
      const withField = field !== undefined ? { field } : {};
      return { ...formatted, extensions: opts.production ? { code, ...withField } : { ...extensions, ...withField } };
    }
    if (original instanceof GraphQLError && !original.originalError && !code) return formatted;
    opts.log(original, 'unexpected error in a GraphQL operation');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(opts.production ? {} : { debug: original instanceof Error ? original.message : String(original) }),
      },
    };
  };
}
