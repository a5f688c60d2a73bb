// Runs the e2e suite: vitest with vitest.e2e.config.ts (reporters: default + JSON to
// test-results/e2e.json). Extra arguments go to vitest, e.g. `npm run test:e2e -- slider`.
// E2E_SKIP_BUILD=1 reuses an existing dist/ instead of running `vite build`.
import { spawnSync } from 'node:child_process';
import { resolveBin } from './resolve-bin.mjs';

const result = spawnSync(
  process.execPath,
  [resolveBin('vitest'), 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
