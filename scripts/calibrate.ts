/**
 * Fits the named parameters to the reference measurements and writes src/core/calibration.json
 * with every residual, each kinetic parameter's uncertainty, the leave-one-composition-out
 * cross-validation and how far each figure moves across the stated ranges of the Li–In
 * counter electrode. Deterministic: running it twice gives the same file.
 *   npm run calibrate                 fit, write, print the tables
 *   npm run calibrate -- --check      fit and fail (exit 1) if the file is out of date
 *   npm run calibrate -- --cv [--json] refit with each composition left out, print predictions
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossValidate } from '../src/core/calibration/crossValidation';
import { fitKinetics, objective } from '../src/core/calibration/fitKinetics';
import {
  kineticResiduals,
  MECHANISM_ABSENT,
  normalisedRateCurve,
  type KineticResidual,
} from '../src/core/calibration/kineticResiduals';
import { fitTransport, transportResiduals } from '../src/core/calibration/fitTransport';
import { parameterUncertainty } from '../src/core/calibration/uncertainty';
import { LI_IN_RESISTANCE_RANGE, type CellSettings } from '../src/core/kinetics/cell';
import { LI_IN_POTENTIAL_RANGE_V } from '../src/core/kinetics/ocp';
import { CALIBRATED_PARAMS, type KineticParams, type ModelParams } from '../src/core/params';
import { printCrossValidation, printKineticTable, printTransportTable } from './calibrateReport';

const target = fileURLToPath(new URL('../src/core/calibration.json', import.meta.url));
const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : v);
const roundAll = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v as number)])) as T;

if (process.argv.includes('--cv')) {
  // Cross-validation alone, from the committed parameters: each composition left out in turn.
  const { electronic, ionic, diffusion, kinetics } = CALIBRATED_PARAMS;
  const rounds = crossValidate({ electronic, ionic, diffusion }, kinetics);
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify(
        rounds.map(({ params: _params, ...row }) => row),
        null,
        2,
      ),
    );
  } else printCrossValidation(rounds);
  process.exit(0);
}

const fitted = fitTransport();
const transport = {
  electronic: roundAll(fitted.electronic),
  ionic: roundAll(fitted.ionic),
  diffusion: roundAll(fitted.diffusion),
};
// The kinetics are fitted with the transport fixed, from a fixed starting point.
const kinetics: KineticParams = roundAll(fitKinetics(transport));
const params: ModelParams = { ...transport, kinetics };
const residuals = transportResiduals(params);
const errors = residuals.map((r) => Math.abs(r.log10Error));
const summary = {
  points: residuals.length,
  maxAbsLog10Error: round(Math.max(...errors)),
  rmsLog10Error: round(Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length)),
};

const kinetic = kineticResiduals(params);
/** The same figures with the Li–In counter electrode at the ends of its stated ranges. */
const across = (cell: Partial<CellSettings>) =>
  kineticResiduals(params, { cell }).map((r) => r.model);
const liInLow = across({ liInPotential_V: LI_IN_POTENTIAL_RANGE_V.low });
const liInHigh = across({ liInPotential_V: LI_IN_POTENTIAL_RANGE_V.high });
const rLow = across({ liInResistance_ohm_cm2: LI_IN_RESISTANCE_RANGE.low });
const rHigh = across({ liInResistance_ohm_cm2: LI_IN_RESISTANCE_RANGE.high });

const fittedScores = (k: KineticParams) =>
  kineticResiduals({ ...transport, kinetics: k })
    .filter((r) => r.status === 'fitted')
    .map((r) => r.score);
const uncertainty = parameterUncertainty(kinetics, fittedScores).map((u) => ({
  ...u,
  value: round(u.value),
  sigma: Number.isFinite(u.sigma) ? round(u.sigma) : null,
}));
const crossValidation = crossValidate(transport, kinetics).map((r) => ({
  ...r,
  retention3C_percent: roundAll(r.retention3C_percent),
  firstDelithiation_mAh_per_g: roundAll(r.firstDelithiation_mAh_per_g),
  ice_percent: roundAll(r.ice_percent),
  params: roundAll(r.params),
}));

const within = (r: KineticResidual) => r.status === 'fitted' && Math.abs(r.score) <= 1;
// The app draws its model-vs-experiment view from these rows, so they are stored with
// the parameters that produced them (at the default electrode, 25 °C).
const kineticFit = {
  points: kinetic.length,
  withinTarget: kinetic.filter(within).length,
  objective: round(objective(kinetic)),
  maxAbsScore: round(Math.max(...kinetic.map((r) => Math.abs(r.score)))),
  mechanismAbsent: MECHANISM_ABSENT,
  residuals: kinetic.map((r, i) => ({
    quantity: r.quantity,
    compositionId: r.compositionId,
    unit: r.unit,
    measured: round(r.measured),
    model: round(r.model),
    tolerance: r.tolerance,
    score: round(r.score),
    status: r.status,
    liInPotentialRange: [round(liInLow[i] as number), round(liInHigh[i] as number)],
    liInResistanceRange: [round(rLow[i] as number), round(rHigh[i] as number)],
    source: r.source,
  })),
  normalisedRate: normalisedRateCurve(kinetic).map(roundAll),
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
    uncertainty,
    crossValidation,
  },
  null,
  2,
)}\n`;

printTransportTable(residuals, summary);
printKineticTable(kinetic, kineticFit.residuals, kineticFit.normalisedRate);
console.log(
  `kinetics: ${kineticFit.withinTarget} of ${kineticFit.points} figures within their target ` +
    `(least squares ${kineticFit.objective})`,
);
console.log('\nparameter                              value      ±1σ   range');
for (const u of uncertainty) {
  const sigma = u.sigma === null ? 'unidentified' : u.sigma.toPrecision(2);
  console.log(
    `${`${u.symbol} ${u.key}`.padEnd(38)} ${u.value.toPrecision(4).padStart(8)} ${sigma.padStart(8)}   ${u.min}…${u.max}${u.atBound ? '  AT BOUND' : ''}`,
  );
}
printCrossValidation(crossValidation);

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
