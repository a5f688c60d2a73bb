// `npm run bench`: bundles scripts/bench-core.ts with esbuild (as the worker's code is
// bundled) and runs it, so the figures are not inflated by a TypeScript loader.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}node_modules/.cache/sige-bench/bench.mjs`;
await build({
  entryPoints: [`${root}scripts/bench-core.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
