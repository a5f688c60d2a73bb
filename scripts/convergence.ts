/**
 * `npm run convergence`: how far every figure the calibration scores moves when the
 * discretization is refined one axis at a time (shells per particle, time steps per
 * half-cycle, layers through the electrode, steps of the 16 h hold), at the study's five
 * compositions with the default electrode (and the full cell they make with the default
 * cathode). A figure that moves by more than 0.5 % (0.3 points
 * for shares) is a property of the grid, not of the physics: the calibration must not fit it.
 * The last column is the solver's accuracy: the distance to a reference with every axis
 * refined fourfold at once, held to 0.3 % (0.2 points).
 *   npm run convergence -- 10 16 60 16   another base resolution (layers, shells, steps, hold steps)
 */
import {
  figureChange,
  fullCellFigures,
  isAccurate,
  isConverged,
  refineFourfold,
  REFINEMENTS,
  STUDY_COMPOSITIONS,
  studyFigures,
} from '../src/core/kinetics/convergence';
import { DEFAULT_RESOLUTION, type Resolution } from '../src/core/kinetics/resolution';
import { CALIBRATED_PARAMS } from '../src/core/params';

const [layers, shells, steps, holdSteps] = process.argv.slice(2).map(Number);
const base: Resolution = {
  layers: layers || DEFAULT_RESOLUTION.layers,
  shells: shells || DEFAULT_RESOLUTION.shells,
  steps: steps || DEFAULT_RESOLUTION.steps,
  holdSteps: holdSteps || DEFAULT_RESOLUTION.holdSteps,
};

console.log(`base resolution ${JSON.stringify(base)}; change under each refinement`);
console.log(
  '(% for capacities, points for shares; * = beyond 0.5 % / 0.3 pt, or 0.3 % / 0.2 pt for 4× all)',
);
let failures = 0;
let inaccurate = 0;
const shownChange = (unit: string, change: number, ok: boolean) => {
  const shown = unit === '%' ? change : 100 * change;
  return `${shown >= 0 ? '+' : ''}${shown.toFixed(2)}${ok ? ' ' : '*'}`.padStart(15);
};
for (const [id, xGe] of STUDY_COMPOSITIONS) {
  const figures = (resolution: Resolution) => [
    ...studyFigures(xGe, CALIBRATED_PARAMS, resolution),
    ...fullCellFigures(xGe, CALIBRATED_PARAMS, resolution),
  ];
  const reference = figures(base);
  const refined = REFINEMENTS.map(([, refine]) => figures(refine(base)));
  const fourfold = figures(refineFourfold(base));
  console.log(
    `\n${id} (x = ${xGe})`.padEnd(30) +
      'base'.padStart(9) +
      REFINEMENTS.map(([n]) => n.padStart(15)).join('') +
      '4× all'.padStart(15),
  );
  reference.forEach((figure, i) => {
    const cells = refined.map((values) => {
      const other = values[i];
      if (!other) return ''.padStart(15);
      const change = figureChange(figure, other);
      const ok = isConverged(figure, change);
      if (!ok) failures += 1;
      return shownChange(figure.unit, change, ok);
    });
    const toReference = figureChange(figure, fourfold[i] ?? figure);
    const accurate = isAccurate(figure, toReference);
    if (!accurate) inaccurate += 1;
    cells.push(shownChange(figure.unit, toReference, accurate));
    console.log(`${figure.name.padEnd(29)}${figure.value.toFixed(1).padStart(9)}${cells.join('')}`);
  });
}
console.log(`\n${failures} figure–refinement pairs beyond the convergence target`);
console.log(`${inaccurate} figures farther than 0.3 % (0.2 points) from the 4× reference`);
