import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { printSortedSchema } from '../server/graphql/schema';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSortedSchema());
  });

  it('is sorted and follows the contract’s naming', async () => {
    const sdl = await printSortedSchema();
    const schema = buildSchema(sdl);
    expect(printSchema(lexicographicSortSchema(schema))).toBe(sdl.trimEnd());
    const mutations = schema.getMutationType()!.getFields();
    for (const [name, field] of Object.entries(mutations)) {
      if (name === 'login') continue;
      expect(field.args.map((a) => a.name)).toEqual(['input']);
      const inputType = String(field.args[0].type).replace(/!$/, '');
      expect(inputType).toBe(`${name[0].toUpperCase()}${name.slice(1)}Input`);
    }
    for (const name of ['createAlliance', 'addOrganization', 'grantMembership', 'raiseNeed', 'registerResource', 'createProject',
      'transitionProject', 'pledgeResource', 'confirmPledge', 'rejectPledge', 'withdrawPledge', 'fulfillPledge', 'login']) {
      expect(mutations[name]).toBeDefined();
    }
  });
});
