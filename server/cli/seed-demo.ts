import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { loadDemo } from '../seed/demo';
import { createServices } from '../services';

/** `npm run seed:demo`: migrates DATABASE_URL and loads the demo alliance into it. */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error('Set DATABASE_URL (and JWT_SECRET) to the PostgreSQL to load the demo into; `npm start` loads it into the embedded store by itself.');
    process.exit(2);
  }
  const ds = createDataSource({ url: config.databaseUrl });
  await ds.initialize();
  try {
    await migrate(ds);
    const loaded = await loadDemo(createServices(ds, config.jwtSecret!), { onlyIfEmpty: process.argv.includes('--if-empty'), log: console.log });
    console.log(loaded ? 'demo alliance loaded' : 'the database already holds alliances; nothing loaded (drop --if-empty to add another)');
  } finally {
    await ds.destroy();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
