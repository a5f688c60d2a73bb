// Path of an installed package's CLI (e.g. vite, vitest), so that scripts can start it with
// `node <path>` and the PID they hold is the tool's own (no npx or shell in between).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function resolveBin(pkg, name = pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  const relative = typeof bin === 'string' ? bin : bin?.[name];
  if (!relative) throw new Error(`${pkg} has no "${name}" binary`);
  return join(dirname(manifestPath), relative);
}
