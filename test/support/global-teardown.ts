import fs from 'node:fs/promises';
import type { EmbeddedStore } from '../../server/db/embedded-store';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<string, unknown>).__gongjianStore as { store: EmbeddedStore; dir: string } | undefined;
  if (!handle) return;
  await handle.store.stop();
  await fs.rm(handle.dir, { recursive: true, force: true });
}
