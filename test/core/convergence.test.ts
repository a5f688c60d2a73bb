import { describe, expect, it } from 'vitest';
import {
  figureChange,
  isConverged,
  REFINEMENTS,
  STUDY_COMPOSITIONS,
  studyFigures,
  type NamedFigure,
} from '../../src/core/kinetics/convergence';
import { DEFAULT_RESOLUTION } from '../../src/core/kinetics/resolution';
import { CALIBRATED_PARAMS } from '../../src/core/params';

/**
 * The figures the calibration scores, in kind: the first cycle and the Li inventory with its
 * hold at every composition, the 3 C retention and the 0.2 C capacity it divides by, and the
 * whole rate curve where the study measured one (Si₇Ge). The 2–3 C capacities of the other
 * compositions are not scored and may still move by about a per cent (their retention may
 * not): `npm run convergence` prints them all.
 */
const scored = (id: string, figure: NamedFigure) =>
  !figure.name.startsWith('capacity at') || id === 'Si7Ge' || figure.name === 'capacity at 0.2 C';

describe('numerical convergence (npm run convergence prints the full table)', () => {
  it.each(STUDY_COMPOSITIONS.map(([id, x]) => [id, x] as const))(
    '%s: every scored figure moves ≤ 0.5 % (0.3 points) under twice the shells, steps, layers and hold steps',
    (id, xGe) => {
      const base = studyFigures(xGe, CALIBRATED_PARAMS, DEFAULT_RESOLUTION);
      for (const [name, refine] of REFINEMENTS) {
        const fine = studyFigures(xGe, CALIBRATED_PARAMS, refine(DEFAULT_RESOLUTION));
        base.forEach((figure, i) => {
          if (!scored(id, figure)) return;
          const change = figureChange(figure, fine[i] as NamedFigure);
          expect(isConverged(figure, change), `${id} ${figure.name}, ${name}: ${change}`).toBe(
            true,
          );
        });
      }
    },
    60_000,
  );
});
