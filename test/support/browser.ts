import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium fonts-noto-cjk`); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ROOT = path.resolve(__dirname, '../..');
export const CLIENT_DIST = path.join(ROOT, 'client/dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/**
 * Whether the browser suite can run. In CI a missing chromium is a failure (.ci/run installs it);
 * on a developer's fresh clone the suite is reported as skipped, with the install command.
 */
export function browserSuiteEnabled(): boolean {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return true;
  console.warn(`dashboard browser tests SKIPPED: chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium fonts-noto-cjk`);
  return false;
}

/** Launches headless chromium with the flags this environment needs (no sandbox, no GPU, no phoning home). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Makes sure client/dist exists (CI builds it with `npm run build`; a bare `npx jest` builds it here). */
export function ensureClientBuilt(): void {
  if (existsSync(path.join(CLIENT_DIST, 'index.html'))) return;
  execFileSync('npm', ['run', 'build:client', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
