// Sizes of the built app's JavaScript (dist/), shared by `npm run bench:ui` and the bundle
// budget that `npm test` checks (scripts/check-bundle.mjs). gzip is zlib's default level,
// and 1 kB = 1000 B.
//
// "Initial" is what a visitor downloads before the first figure can draw: the entry script
// and modulepreloads named by dist/index.html, plus every chunk they import statically.
// import() targets (the lazy sections, the in-page fallback) and the worker are not in it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (path) => gzipSync(readFileSync(path)).length;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Relative specifiers of static imports/re-exports in a built ES module (not import()). */
function staticImports(code) {
  const found = new Set();
  const pattern = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) {
    if (match[1].startsWith('.')) found.add(match[1]);
  }
  return [...found];
}

/** Follows static imports from the given files (paths relative to dist). */
function closure(dist, entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen];
}

/** Initial JS, worker chunk and CSS of a build, with their file names and sizes in bytes. */
export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => posix.normalize(m[1].replace(/^\//, '')));
  const scripts = refs(/<script[^>]*\bsrc="([^"]+\.m?js)"/g);
  const preloads = refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const isWorker = (file) => /worker/i.test(posix.basename(file));
  const initial = closure(dist, [...scripts, ...preloads]).filter((f) => !isWorker(f));

  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : [];
  const workers = assets.filter((f) => isWorker(f) && /\.m?js$/.test(f)).map((f) => `assets/${f}`);
  const sum = (files, size) => files.reduce((total, f) => total + size(join(dist, f)), 0);
  const raw = (path) => readFileSync(path).length;
  const devBuild = initial.some((f) =>
    readFileSync(join(dist, f), 'utf8').includes('Download the React DevTools'),
  );
  return {
    devBuild,
    initial,
    initialGzip: sum(initial, gzipBytes),
    initialRaw: sum(initial, raw),
    workers,
    workerGzip: sum(workers, gzipBytes),
    css,
    cssGzip: sum(css, gzipBytes),
  };
}
