// The bundle budget, run by `npm test` after the e2e step has built dist/: fails when the
// JavaScript loaded before the first figure (see scripts/bundle-size.mjs) exceeds the budget,
// and prints what it weighs either way.
//
//   node scripts/check-bundle.mjs [--dist dist] [--budget-kb 150]
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSizes, gzipBytes, kB } from './bundle-size.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'budget-kb': { type: 'string', default: '150' },
  },
});
const budget = Number(values['budget-kb']) * 1000;

if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`No build in ${values.dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
const sizes = bundleSizes(values.dist);
for (const file of sizes.initial) {
  console.log(`  ${kB(gzipBytes(join(values.dist, file))).padStart(9)}  ${posix.basename(file)}`);
}
const verdict = sizes.initialGzip <= budget ? 'within' : 'OVER';
console.log(
  `Initial JS: ${kB(sizes.initialGzip)} gzip (${kB(sizes.initialRaw)} raw), ${verdict} the ${kB(budget)} budget`,
);
if (sizes.devBuild) console.log('WARNING: a development build: sizes are not representative');

// The electrode solver belongs to the workers and the lazy sections. One stray import of a
// module beside it (a constant next to the formation cycle) once put 8 kB of it up front;
// its step history's method name survives minification and gives it away.
const SOLVER_MARK = 'localError(';
const solverIn = sizes.initial.filter((file) =>
  readFileSync(join(values.dist, file), 'utf8').includes(SOLVER_MARK),
);
if (solverIn.length > 0) {
  console.log(`The kinetics solver is in the first download: ${solverIn.join(', ')}`);
}
process.exitCode = sizes.initialGzip <= budget && solverIn.length === 0 ? 0 : 1;
