// A small Vite plugin that makes the production build work offline after the first visit:
// when the build is written it lists every file in the output folder (source maps and the
// worker itself left out), hashes their contents into a version, and writes sw.js from the
// template src/offline/serviceWorker.js with that version and list. The page registers it
// (src/offline/registerServiceWorker.ts). Hand-written rather than vite-plugin-pwa: see the
// README, "Offline and single file".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

const TEMPLATE = fileURLToPath(new URL('../src/offline/serviceWorker.js', import.meta.url));
const PLACEHOLDER = "const BUILD = { version: 'dev', files: [] };";

export interface Precache {
  /** First 16 hex digits of a SHA-256 over the files' names and contents. */
  version: string;
  /** Paths relative to the output folder, with "/" separators, sorted. */
  files: string[];
}

/** Every file of a build folder the app may fetch, and the build's version. */
export function precacheOf(outDir: string): Precache {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(outDir, path).split(sep).join('/'));
    }
  };
  walk(outDir);
  const wanted = files
    .filter((file) => !file.endsWith('.map') && file !== SERVICE_WORKER_FILE)
    .sort();
  const hash = createHash('sha256');
  for (const file of wanted) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(outDir, file)));
    hash.update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), files: wanted };
}

/** The service worker's source for one build. */
export function serviceWorkerSource(precache: Precache, template = readFileSync(TEMPLATE, 'utf8')) {
  if (!template.includes(PLACEHOLDER)) {
    throw new Error(`${TEMPLATE} no longer contains the line the build replaces: ${PLACEHOLDER}`);
  }
  const build = JSON.stringify({ version: precache.version, files: precache.files }, null, 2);
  return template.replace(PLACEHOLDER, `const BUILD = ${build};`);
}

/** Writes sw.js for the build in `outDir`; returns what it precaches. */
export function writeServiceWorker(outDir: string): Precache {
  const precache = precacheOf(outDir);
  writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(precache));
  return precache;
}

/** The plugin: production builds only (`vite build`), after every file is written. */
export function offlineServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sige:offline-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      handler() {
        // Vite's own worker bundles go through the plugins too; only the page build's end counts.
        if (config.build.ssr || config.build.write === false) return;
        const outDir = resolve(config.root, config.build.outDir);
        const { version, files } = writeServiceWorker(outDir);
        config.logger.info(`sw.js: ${files.length} files precached, version ${version}`);
      },
    },
  };
}
