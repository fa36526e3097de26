import 'reflect-metadata';
import { createApp } from '../../server/app';
import { createDataSource } from '../../server/db/data-source';
import { createLogger } from '../../server/logger';
import { createServices } from '../../server/services';

/**
 * The Gongjian server as the benchmark runs it, on the bench database. `production: false` keeps
 * the `x-sql-statements` header. Run as a child process (so its RSS is its own) with env
 * DATABASE_URL, JWT_SECRET, PORT, POOL_SIZE, NODE_ENV; it prints `LISTENING <port>` when ready.
 */
export async function startGongjian(opts: { url: string; jwtSecret: string; production: boolean; port?: number; poolSize?: number }) {
  const ds = createDataSource({ url: opts.url, poolSize: opts.poolSize ?? 20, applicationName: 'gongjian-bench' });
  await ds.initialize();
  const services = createServices(ds, opts.jwtSecret);
  const log = createLogger({ production: opts.production, level: 'fatal' });
  const server = await createApp({ ds, services, production: opts.production, log });
  const port = await server.listen(opts.port ?? 0, '127.0.0.1');
  return {
    port,
    async close() {
      await server.close().catch(() => undefined);
      await ds.destroy().catch(() => undefined);
    },
  };
}

if (require.main === module) {
  startGongjian({
    url: process.env.DATABASE_URL!,
    jwtSecret: process.env.JWT_SECRET!,
    production: process.env.NODE_ENV === 'production',
    port: Number(process.env.PORT ?? 0),
    poolSize: Number(process.env.POOL_SIZE ?? 20),
  }).then(
    (s) => {
      process.stdout.write(`LISTENING ${s.port}\n`);
      process.on('SIGTERM', () => void s.close().then(() => process.exit(0)));
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
