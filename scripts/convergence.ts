/**
 * `npm run convergence`: how far the kinetics' figures move when the discretization is
 * refined (shells per particle, time steps per half-cycle, layers through the electrode),
 * at Si, Si7Ge and Ge with the default electrode. A figure that moves by more than its fit
 * tolerance under refinement is a property of the grid, not of the physics.
 */
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../src/core/inputs';
import { kineticsRequestOf } from '../src/core/kinetics/api';
import { DEFAULT_RESOLUTION, type Resolution } from '../src/core/kinetics/electrode';
import { evaluateKinetics, RATE_GRID } from '../src/core/kinetics/protocol';
import { CALIBRATED_PARAMS } from '../src/core/params';

// `npm run convergence -- 10 16 40` studies another base resolution (layers, shells, steps).
const [layers, shells, steps] = process.argv.slice(2).map(Number);
const base: Resolution = {
  layers: layers || DEFAULT_RESOLUTION.layers,
  shells: shells || DEFAULT_RESOLUTION.shells,
  steps: steps || DEFAULT_RESOLUTION.steps,
};
const variants: readonly [string, Resolution][] = [
  ['base', base],
  ['2× shells', { ...base, shells: 2 * base.shells }],
  ['4× shells', { ...base, shells: 4 * base.shells }],
  ['2× steps', { ...base, steps: 2 * base.steps }],
  ['2× layers', { ...base, layers: 2 * base.layers }],
];
const figures = (xGe: number, resolution: Resolution) => {
  const request = kineticsRequestOf({ ...DEFAULT_INPUTS, xGe }, DEFAULT_CHOICES);
  const r = evaluateKinetics(request, CALIBRATED_PARAMS, resolution);
  return [r.formation.delithiation_mAh_per_g, ...r.rateCurve.map((p) => p.capacity_mAh_per_g)];
};

const columns = ['0.1 C first', ...RATE_GRID.map((c) => `${c} C`)];
console.log(`base resolution: ${JSON.stringify(base)}; change against it, %`);
for (const [id, xGe] of [
  ['Si', 0],
  ['Si7Ge', 0.125],
  ['Ge', 1],
] as const) {
  const reference = figures(xGe, base);
  console.log(`\n${id} (x = ${xGe})`.padEnd(18) + columns.map((c) => c.padStart(12)).join(''));
  console.log('base mAh/g'.padEnd(18) + reference.map((v) => v.toFixed(0).padStart(12)).join(''));
  for (const [name, resolution] of variants.slice(1)) {
    const values = figures(xGe, resolution);
    const cells = values.map((v, i) => {
      const ref = reference[i] ?? 0;
      if (ref < 1) return (v < 1 ? '0 → 0' : `0 → ${v.toFixed(0)}`).padStart(12);
      const change = (100 * (v - ref)) / ref;
      return `${change >= 0 ? '+' : ''}${change.toFixed(1)}`.padStart(12);
    });
    console.log(name.padEnd(18) + cells.join(''));
  }
}
