import { DataSource } from 'typeorm';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { SnakeNamingStrategy } from './naming.strategy';
import { CountingLogger } from './statement-counter';
import { installTimestampParser } from './timestamp-parser';

/** Options for the application's connection pool. */
export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  log?: (level: 'warn' | 'error', msg: string) => void;
  applicationName?: string;
}

/** Builds (without connecting) the DataSource the app uses: explicit entities and migrations, no synchronize. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  installTimestampParser();
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new CountingLogger(opts.log),
    maxQueryExecutionTime: 1000,
    applicationName: opts.applicationName ?? 'gongjian',
    extra: {
      max: opts.poolSize ?? 20,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // Bounds a runaway statement; long enough for the heaviest stats query on large data.
      statement_timeout: 15000,
      idle_in_transaction_session_timeout: 30000,
    },
  });
}

/** Arbitrary constant: serialises migration runs of instances starting together on one database. */
const MIGRATION_LOCK = 7_140_2024;

/** Applies pending migrations, holding an advisory lock so concurrent starts do not race. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const done = await ds.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
