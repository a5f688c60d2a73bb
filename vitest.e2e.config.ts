import { defineConfig } from 'vitest/config';

// End-to-end suite: real headless Chromium (playwright-core, system browser) against the
// production build served under a sub-path. See test/e2e/global-setup.mjs.
//   npm run test:e2e            (builds dist/ first; E2E_SKIP_BUILD=1 reuses it)
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.mjs'],
    // One browser per file, files one after another: a 2-CPU CI box stays responsive.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
