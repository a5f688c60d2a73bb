/**
 * Writes test/fixtures/cycler/refit_rate_table.csv: the model's own 0.2, 1 and 3 C capacities
 * at x = 0.125 with Γi moved to 0.9 decades, the other parameters as calibrated. The refit
 * tests fit Γi back from it, so it must be rewritten whenever the model or the calibration
 * changes (`npx tsx scripts/refit-fixture.ts`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../src/core/inputs';
import { cellSettingsOf } from '../src/core/kinetics/api';
import { formElectrode } from '../src/core/kinetics/formation';
import { rateTest } from '../src/core/kinetics/protocol';
import { CALIBRATED_PARAMS } from '../src/core/params';

const GAMMA_I = 0.9;
const RATES = [0.2, 1, 3];
const target = fileURLToPath(
  new URL('../test/fixtures/cycler/refit_rate_table.csv', import.meta.url),
);
const params = {
  ...CALIBRATED_PARAMS,
  kinetics: { ...CALIBRATED_PARAMS.kinetics, ionicLithiationGain_decades: GAMMA_I },
};
const formed = formElectrode(
  cellSettingsOf({ ...DEFAULT_INPUTS, xGe: 0.125 }, DEFAULT_CHOICES),
  params,
).electrode;
const rows = RATES.map(
  (c) => `${c},${rateTest(formed, c).delithiation.capacity_mAh_per_g.toFixed(1)}`,
);
writeFileSync(target, `C-rate,Capacity (mAh/g)\n${rows.join('\n')}\n`);
console.log(`wrote ${target}`);
