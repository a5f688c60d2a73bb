/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineServiceWorker } from './scripts/vite-plugin-offline';

// Relative base: the static build works from any sub-path (lab wikis, iframes).
// Two entries: the page (index.html) and the one-script-tag embed, under a fixed name
// (dist/embed.js) so that a wiki's tag keeps working across builds. The build also writes
// dist/sw.js, the service worker that the page registers for offline use (see the plugin).
// The one-file build for a USB stick has its own config: vite.single.config.ts.
export default defineConfig({
  base: './',
  plugins: [react(), offlineServiceWorker()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: { index: 'index.html', embed: 'src/embed.tsx' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
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
