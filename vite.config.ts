/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the static build works from any sub-path (lab wikis, iframes).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/components/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    // Some component tests run the real kinetics in-process; a busy 2-CPU machine needs room.
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
