import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createApp } from './app';
import { startWatchers } from './services/watcher.service';
import { AppConfig, loadConfig } from './config';
import { createDataSource, migrate } from './db/data-source';
import { EmbeddedStore, startEmbeddedStore } from './db/embedded-store';
import { createLogger } from './logger';
import { DEMO_LOGINS, loadDemo } from './seed/demo';
import { createServices } from './services';
import { NotificationDispatcherHandle, startNotificationDispatcher } from './notifications/dispatcher';

async function jwtSecretFor(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  // Embedded store: a secret generated once and kept beside the data, so tokens survive restarts.
  const file = path.join(config.dataDir, 'jwt-secret');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await fs.mkdir(config.dataDir, { recursive: true });
    await fs.writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ production: config.production });
  let embedded: EmbeddedStore | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log.info(`starting the embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedStore(config.dataDir, { log: (m) => log.info(m) });
    url = embedded.url;
  }
  const ds = createDataSource({ url, log: (level, msg) => log[level](msg) });
  let closing: Promise<void> | undefined;
  const shutdown = async (reason: string, code: number) => {
    closing ??= (async () => {
      log.info(`shutting down (${reason})`);
      const force = setTimeout(() => process.exit(code || 1), 15_000);
      force.unref();
      try {
        await server?.close();
        await notifier?.stop();
        if (ds.isInitialized) await ds.destroy();
        await embedded?.stop();
      } catch (err) {
        log.error({ err }, 'error during shutdown');
      }
      process.exit(code);
    })();
    return closing;
  };
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  let server: Awaited<ReturnType<typeof createApp>> | undefined;
  let notifier: NotificationDispatcherHandle | undefined;
  try {
    await ds.initialize();
    const applied = await migrate(ds);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
    const services = createServices(ds, await jwtSecretFor(config));
    if (config.bootstrapAdmin && (await services.auth.bootstrapAdmin(config.bootstrapAdmin.email, config.bootstrapAdmin.password))) {
      log.info(`created platform admin ${config.bootstrapAdmin.email}`);
    }
    let demoLoaded = false;
    if (embedded) demoLoaded = await loadDemo(services, { onlyIfEmpty: true, log: (m) => log.info(m) });
    server = await createApp({
      ds,
      services,
      production: config.production,
      log,
      clientDir: path.resolve(__dirname, '../../client/dist'),
    });
    const port = await server.listen(config.port);
    // Notifications: this instance's outbox dispatcher (group robots, email); stopped before the pool closes.
    notifier = startNotificationDispatcher({ ds, deliverer: services.notifications.deliverer, log });
    // Watchers: agreement reviews/renewals due, projects and pledges past their dates (hourly; once per due date).
    startWatchers(services.watchers, log);
    const base = `http://localhost:${port}`;
    const lines = [
      '',
      `  共建 Gongjian is running`,
      `  Dashboard:  ${base}/`,
      `  GraphQL:    ${base}/graphql   (WebSocket: ws://localhost:${port}/graphql)`,
      `  Store:      ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL'}`,
    ];
    if (embedded) {
      lines.push(demoLoaded ? '  Demo alliance loaded. Demo logins:' : '  Demo logins:');
      for (const l of DEMO_LOGINS) lines.push(`    ${l.role.padEnd(22)} ${l.email.padEnd(28)} ${l.password}`);
    }
    console.log(lines.join('\n') + '\n');
  } catch (err) {
    log.error({ err }, 'failed to start');
    await shutdown('start-up failure', 1);
  }
}

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection', err);
});

void main();
