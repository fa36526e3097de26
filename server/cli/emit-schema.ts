import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { printSortedSchema } from '../graphql/schema';

/** Writes schema.graphql (sorted SDL) at the project root. */
async function main() {
  const file = path.resolve(__dirname, '../../../schema.graphql');
  await fs.writeFile(file, await printSortedSchema());
  console.log(`wrote ${file}`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
