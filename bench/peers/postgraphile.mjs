// PostGraphile v5 peer, run by the Node 22 binary installed in bench/.peers (copied there at run
// time so its imports resolve against bench/.peers/node_modules). Amber preset, schema `public`,
// no watch, no explain. Env: DATABASE_URL, PORT, POOL_SIZE. Prints `LISTENING <port>`.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { jsonPgSmartTags } from 'postgraphile/utils';

// PostGraphile reads relations from foreign keys. Since migration 1765500000000 a pledge's keys are
// composite ((requirement, project, alliance) and (resource, organization)), which PostGraphile
// would expose only under new names; smart tags declare the single-column relations it had before,
// so the peer answers the same query with the same joins.
const SingleColumnRelations = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      pledges: {
        tags: {
          foreignKey: [
            '(requirement_id) references requirements (id)',
            '(project_id) references projects (id)',
            '(resource_id) references resources (id)',
            '(organization_id) references organizations (id)',
            '(alliance_id) references alliances (id)',
          ],
        },
      },
    },
  },
});

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [SingleColumnRelations],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.POOL_SIZE ?? 20) },
    }),
  ],
  grafserv: { watch: false, graphqlPath: '/graphql' },
  grafast: { explain: false },
  schema: { pgForbidSetofFunctionsToReturnNull: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => {
  server.on('error', (e) => console.error(e));
});
await serv.addTo(server);
await pgl.getSchema();
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release().catch(() => undefined);
  process.exit(0);
});
