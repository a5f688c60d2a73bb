import { describe, expect, it } from 'vitest';
import {
  figureChange,
  isConverged,
  STUDY_COMPOSITIONS,
  studyFigures,
} from '../../src/core/kinetics/convergence';
import { DEFAULT_RESOLUTION } from '../../src/core/kinetics/resolution';
import { CALIBRATED_PARAMS } from '../../src/core/params';

describe('numerical convergence (npm run convergence prints the full table)', () => {
  it('twice the steps of the 16 h hold move no inventory share by more than 0.3 points, at all five compositions', () => {
    for (const [id, xGe] of STUDY_COMPOSITIONS) {
      const base = studyFigures(xGe, CALIBRATED_PARAMS);
      const fine = studyFigures(xGe, CALIBRATED_PARAMS, {
        ...DEFAULT_RESOLUTION,
        holdSteps: 2 * DEFAULT_RESOLUTION.holdSteps,
      });
      base.forEach((figure, i) => {
        const other = fine[i];
        if (!other) throw new Error('figure lists differ');
        const change = figureChange(figure, other);
        expect(isConverged(figure, change), `${id} ${figure.name}: ${change}`).toBe(true);
      });
    }
  });
});
