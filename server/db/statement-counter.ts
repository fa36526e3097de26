import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Per-operation tally of the SQL statements sent, kept in async context. */
export interface StatementTally {
  count: number;
}

const storage = new AsyncLocalStorage<StatementTally>();

/** Runs `fn` with a fresh tally that every query issued inside it (however deep) increments. */
export function withStatementTally<T>(tally: StatementTally, fn: () => T): T {
  return storage.run(tally, fn);
}

/** The tally of the operation running now, if any. */
export function currentStatementTally(): StatementTally | undefined {
  return storage.getStore();
}

/** Runs `fn` outside any operation's tally: for work done on behalf of several operations at once. */
export function withoutStatementTally<T>(fn: () => T): T {
  return storage.exit(fn);
}

/**
 * A TypeORM logger that counts queries for the current operation and logs only failures and slow
 * queries through the given sink. It is how tests and benchmarks read statements per request.
 */
export class CountingLogger extends AbstractLogger {
  constructor(private readonly sink: (level: 'warn' | 'error', msg: string) => void = () => undefined) {
    super(['query', 'error', 'warn']);
  }

  override logQuery(): void {
    const tally = storage.getStore();
    if (tally) tally.count += 1;
  }

  override logQueryError(error: string | Error, query: string): void {
    this.sink('warn', `query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 200)}`);
  }

  override logQuerySlow(time: number, query: string): void {
    this.sink('warn', `slow query (${time} ms): ${query.slice(0, 200)}`);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (level === 'warn' || level === 'error') {
      for (const m of Array.isArray(message) ? message : [message]) this.sink(level, String(m.message));
    }
  }
}
