/**
 * Node benchmark of the model core (not a test: it prints figures, never fails).
 * Bundled by scripts/bench.mjs first, so it times the code as the worker runs it.
 * Reports medians over repeated batches, since this machine is noisy.
 */
import { compute } from '../src/core/api';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../src/core/inputs';
import {
  computeDraftKinetics,
  computeKinetics,
  FormedCellCache,
  retentionSweep,
} from '../src/core/kinetics/api';
import { CALIBRATED_PARAMS } from '../src/core/params';
import { evaluateProperties } from '../src/core/properties';

function medianTimeMs(run: () => void, { batches = 31, perBatch = 1 } = {}): number {
  for (let i = 0; i < 5; i++) run(); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    samples.push((performance.now() - t0) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

let sink = 0;
const xs = Array.from({ length: 1001 }, (_, i) => i / 1000);

const one = medianTimeMs(
  () => {
    sink += evaluateProperties({ ...DEFAULT_INPUTS, xGe: Math.random() }).sigmaIonic_S_per_cm;
  },
  { perBatch: 2000 },
);
const sweep = medianTimeMs(() => {
  for (const xGe of xs)
    sink += evaluateProperties({ ...DEFAULT_INPUTS, xGe }).diffusivity_cm2_per_s;
});
const request = medianTimeMs(
  () => {
    sink += compute({ ...DEFAULT_INPUTS, xGe: Math.random() }).conductivity.length;
  },
  { perBatch: 50 },
);

/** Views of a new composition each time, with one cache across the calls, as a worker keeps. */
function viewsOfNewCells(evaluate: typeof computeDraftKinetics, cache: FormedCellCache) {
  return medianTimeMs(
    () => {
      sink += evaluate(
        { ...DEFAULT_INPUTS, xGe: 0.1 + 0.05 * Math.random() },
        DEFAULT_CHOICES,
        CALIBRATED_PARAMS,
        cache,
      ).retention3C_percent;
    },
    { batches: 15 },
  );
}
const lastCell = new FormedCellCache();
const kinetics = viewsOfNewCells(computeKinetics, lastCell);
// A drag's preview, on the coarser grid: what the figures draw while x moves.
const draft = viewsOfNewCells(computeDraftKinetics, new FormedCellCache());
// A change that leaves the cell as it was (N/P, cathode, snapshot moment at a grid rate):
// the formed electrode and its rate tests are reused.
const sameCell = { ...DEFAULT_INPUTS, xGe: 0.125 };
computeKinetics(sameCell, DEFAULT_CHOICES, CALIBRATED_PARAMS, lastCell);
const cellUnchanged = medianTimeMs(
  () => {
    sink += computeKinetics(
      { ...sameCell, npRatio: 1 + Math.random(), snapshotDepth: 0.2 + 0.6 * Math.random() },
      DEFAULT_CHOICES,
      CALIBRATED_PARAMS,
      lastCell,
    ).retention3C_percent;
  },
  { batches: 15 },
);
const retention = medianTimeMs(
  () => {
    sink +=
      retentionSweep(DEFAULT_INPUTS, DEFAULT_CHOICES, [Math.random()])[0]?.retention3C_percent ?? 0;
  },
  { batches: 15 },
);

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`);
console.log(`node ${process.version}, ${sink > 0 ? 'results used' : ''}`);
console.log(`one core evaluation (all properties)     median ${fmt(one)}`);
console.log(`1001-point composition sweep             median ${fmt(sweep)}`);
console.log(`one worker request (properties + curves) median ${fmt(request)}`);
console.log(`worker request share of a 16.7 ms frame  ${((request / 16.7) * 100).toFixed(1)} %`);
/** Session 4's backward-Euler solver on this 2-core machine (issue 11), for the ratio. */
const SESSION_4_FULL_MS = 54.6;
const cores = 2;
console.log(
  `kinetics: full evaluation (9 rates, 3 profiles, distribution, full-cell charge)  median ${fmt(kinetics)}` +
    `  (target ≤ 25 ms; session 4: ${SESSION_4_FULL_MS} ms, ratio ${(SESSION_4_FULL_MS / kinetics).toFixed(2)}×)`,
);
console.log(
  `kinetics: a drag's preview (draft grid, same view)              median ${fmt(draft)}  (${(kinetics / draft).toFixed(2)}× faster than full)`,
);
console.log(
  `kinetics: same cell, new N/P and snapshot moment (cached cell)  median ${fmt(cellUnchanged)}`,
);
console.log(
  `kinetics: one composition of the retention sweep             median ${fmt(retention)}  (target ≤ 10 ms)`,
);
console.log(
  `kinetics: 101-point retention sweep on ${cores} cores, estimated   ${fmt((101 * retention) / cores)}  (target ≤ 1 s)`,
);
