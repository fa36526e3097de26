import path from 'node:path';

/** Runtime settings read once from the environment (see README: Configuration). */
export interface AppConfig {
  port: number;
  /** When set, PostgreSQL at this URL is the store; otherwise the embedded one is started. */
  databaseUrl?: string;
  dataDir: string;
  jwtSecret?: string;
  bootstrapAdmin?: { email: string; password: string };
  production: boolean;
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/** Reads and checks the environment; throws with a message naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  const jwtSecret = env.JWT_SECRET || undefined;
  if (databaseUrl && !jwtSecret) {
    throw new Error('JWT_SECRET is required when DATABASE_URL is set (instances sharing a database must share the signing key)');
  }
  if (production && !jwtSecret) {
    throw new Error('JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret && jwtSecret.length < 16) {
    throw new Error('JWT_SECRET must be at least 16 characters');
  }
  const adminEmail = env.BOOTSTRAP_ADMIN_EMAIL;
  const adminPassword = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new Error('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together');
  }
  return {
    port: parsePort(env.PORT, 4000),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    jwtSecret,
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    production,
  };
}
