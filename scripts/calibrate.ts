/**
 * Fits the named transport parameters to the reference measurements and writes
 * src/core/calibration.json. Deterministic: running it twice gives the same file.
 *   npm run calibrate            fit, write, print the residual table
 *   npm run calibrate -- --check fit and fail (exit 1) if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitKinetics, kineticResiduals } from '../src/core/calibration/fitKinetics';
import { fitTransport, transportResiduals } from '../src/core/calibration/fitTransport';

const target = fileURLToPath(new URL('../src/core/calibration.json', import.meta.url));
const round = (v: number) => Number(v.toPrecision(6));
const roundAll = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v as number)])) as T;

const fitted = fitTransport();
const transport = {
  electronic: roundAll(fitted.electronic),
  ionic: roundAll(fitted.ionic),
  diffusion: roundAll(fitted.diffusion),
};
// The kinetics are fitted with the transport fixed, from a fixed starting point.
const params = {
  ...transport,
  kinetics: roundAll(fitKinetics(transport)),
};
const residuals = transportResiduals(params);
const errors = residuals.map((r) => Math.abs(r.log10Error));
const summary = {
  points: residuals.length,
  maxAbsLog10Error: round(Math.max(...errors)),
  rmsLog10Error: round(Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length)),
};
const kinetic = kineticResiduals(params);
// The app draws its model-vs-experiment view from these rows, so they are stored with
// the parameters that produced them (at the default electrode, 25 °C).
const kineticFit = {
  points: kinetic.length,
  withinTarget: kinetic.filter((r) => Math.abs(r.score) <= 1).length,
  maxAbsScore: round(Math.max(...kinetic.map((r) => Math.abs(r.score)))),
  residuals: kinetic.map((r) => ({
    quantity: r.quantity,
    compositionId: r.compositionId,
    unit: r.unit,
    measured: round(r.measured),
    model: round(r.model),
    tolerance: r.tolerance,
    score: round(r.score),
    source: r.source,
  })),
};
const transportFit = residuals.map((r) => ({
  quantity: r.quantity,
  compositionId: r.compositionId,
  xGe: r.xGe,
  measured: round(r.measured),
  model: round(r.model),
  unit: r.unit,
  log10Error: round(r.log10Error),
  source: r.source,
}));
const text = `${JSON.stringify(
  {
    generatedBy: 'npm run calibrate',
    params,
    fit: { ...summary, residuals: transportFit },
    kineticFit,
  },
  null,
  2,
)}\n`;

console.log('quantity          comp     x_Ge     measured      model   log10 err');
for (const r of residuals) {
  console.log(
    `${r.quantity.padEnd(17)} ${r.compositionId.padEnd(7)} ${r.xGe.toFixed(4).padStart(6)}` +
      `  ${r.measured.toExponential(2).padStart(10)} ${r.model.toExponential(2).padStart(10)}` +
      `  ${r.log10Error >= 0 ? '+' : ''}${r.log10Error.toFixed(3)}`,
  );
}
console.log(`max |log10 err| ${summary.maxAbsLog10Error}, rms ${summary.rmsLog10Error}`);
console.log('\nquantity                    comp    measured     model   error');
for (const r of kinetic) {
  const err =
    r.unit === '%'
      ? `${r.error >= 0 ? '+' : ''}${r.error.toFixed(1)} pt`
      : `${r.relativeError >= 0 ? '+' : ''}${(100 * r.relativeError).toFixed(1)} %`;
  const verdict = Math.abs(r.score) <= 1 ? 'within' : 'MISSES';
  console.log(
    `${r.quantity.padEnd(27)} ${r.compositionId.padEnd(6)} ${r.measured.toFixed(1).padStart(9)} ${r.model.toFixed(1).padStart(9)}   ${err.padStart(9)}  ${verdict} ±${r.tolerance}${r.unit === '%' ? ' pt' : ' %'}`,
  );
}

console.log(
  `kinetics: ${kineticFit.withinTarget} of ${kineticFit.points} figures within their target`,
);

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('calibration.json is out of date: run `npm run calibrate`.');
    process.exit(1);
  }
  console.log('calibration.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
