// Global setup for the e2e suite (vitest.e2e.config.ts):
// 1. find a Chromium (scripts/chromium.mjs; installs Debian's package when root and missing),
// 2. `vite build` into dist/ (skipped with E2E_SKIP_BUILD=1; E2E_DIST=dir builds and serves
//    another directory, so that two checkouts' runs on one machine keep apart),
// 3. serve it under /lab/wiki/sige/ on a free localhost port (scripts/static-server.mjs),
// and hand the tests { baseUrl, chromiumPath, launchArgs } through vitest's provide/inject.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumVersion, ensureChromium, LAUNCH_ARGS } from '../../scripts/chromium.mjs';
import { resolveBin } from '../../scripts/resolve-bin.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const log = (line) => console.error(`[e2e setup] ${line}`);
const DIST = process.env.E2E_DIST || 'dist';

function build() {
  log(`vite build → ${DIST}/`);
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const result = spawnSync(
    process.execPath,
    [resolveBin('vite'), 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const chromiumPath = ensureChromium({ log });
  log(`Chromium: ${chromiumPath} ${chromiumVersion(chromiumPath)}`);

  if (process.env.E2E_SKIP_BUILD === '1') log(`E2E_SKIP_BUILD=1: using the existing ${DIST}/`);
  else build();
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/index.html is missing`);

  const server = await startStaticServer({ root: DIST });
  log(`serving ${DIST}/ at ${server.url}`);

  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('launchArgs', LAUNCH_ARGS);

  return async () => {
    await server.close();
  };
}
