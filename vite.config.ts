/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineServiceWorker } from './scripts/vite-plugin-offline';
import { pureD3 } from './scripts/vite-plugin-pure-d3';

// Relative base: the static build works from any sub-path (lab wikis, iframes).
// Two entries: the page (index.html) and the one-script-tag embed, under a fixed name
// (dist/embed.js) so that a wiki's tag keeps working across builds. The build also writes
// dist/sw.js, the service worker that the page registers for offline use (see the plugin);
// pureD3 lets the bundler drop the parts of d3 that nothing calls.
// The one-file build for a USB stick has its own config: vite.single.config.ts.
export default defineConfig({
  base: './',
  plugins: [react(), pureD3(), offlineServiceWorker()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: { index: 'index.html', embed: 'src/embed.tsx' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
        // Everything the page loads before its first figure in ONE chunk (rolldown's
        // `$initial`): split into a dozen shared chunks it gzipped ~5 kB larger, each chunk
        // compressed on its own. Not the entries themselves (index.html, which imports main.tsx,
        // and embed.tsx): the embed imports this chunk and must not run the page's main.tsx,
        // nor bring its inlined CSS into the page. Dependencies need no recursion: whatever an
        // initial module imports is initial too.
        codeSplitting: {
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
              test: (id: string) => !/\?inline|\.html$|src[\\/](main|embed)\.tsx$/.test(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/scripts/**/*.test.ts',
      'test/components/**/*.test.{ts,tsx}',
      'test/state/**/*.test.{ts,tsx}',
      'test/client/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    // Some component tests run the real kinetics in-process; a busy 2-CPU machine needs room.
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
