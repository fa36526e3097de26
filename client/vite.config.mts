import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA = path.resolve(HERE, '../schema.graphql');

/**
 * `virtual:enum-labels`: the schema's enum descriptions ("中文 English") split into { zh, en },
 * so the dashboard's labels for statuses, kinds and categories stay in step with the API.
 */
function enumLabels(): Plugin {
  const id = 'virtual:enum-labels';
  return {
    name: 'gongjian-enum-labels',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load(resolved) {
      if (resolved !== '\0' + id) return undefined;
      this.addWatchFile(SCHEMA);
      const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
      const out: Record<string, Record<string, { zh: string; en: string }>> = {};
      for (const type of Object.values(schema.getTypeMap())) {
        if (!(type instanceof GraphQLEnumType) || type.name.startsWith('__')) continue;
        out[type.name] = {};
        for (const v of type.getValues()) {
          const text = (v.description ?? '').trim();
          const m = /^(.*?\S)\s+([A-Za-z].*)$/s.exec(text);
          out[type.name][v.name] = m ? { zh: m[1], en: m[2] } : { zh: text || v.name, en: text || v.name };
        }
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

export default defineConfig({
  root: HERE,
  base: '/',
  plugins: [vue(), enumLabels()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npm run dev:client` next to a running server (npm start / npm run dev on port 4000).
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
