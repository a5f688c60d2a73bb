import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeDraftKinetics, computeKinetics } from '../../src/core/kinetics/api';
import { DEFAULT_RESOLUTION, DRAFT_RESOLUTION } from '../../src/core/kinetics/resolution';

/**
 * A drag draws previews on DRAFT_RESOLUTION. They must look like the settled figure (the
 * eye should not see the settle as a jump) and be cheaper: fewer of every kind of node.
 */
describe('the draft grid of a drag', () => {
  it('is coarser than the default in every dimension', () => {
    for (const key of ['layers', 'shells', 'steps', 'holdSteps'] as const) {
      expect(DRAFT_RESOLUTION[key]).toBeLessThan(DEFAULT_RESOLUTION[key]);
    }
  });

  it.each([0, 0.125, 0.5])(
    'x = %s: rate curve within 2 % of the settled one (of its 0.05 C capacity), 3 C retention within 1.2 points',
    (xGe) => {
      const inputs = { ...DEFAULT_INPUTS, xGe };
      const full = computeKinetics(inputs, DEFAULT_CHOICES);
      const draft = computeDraftKinetics(inputs, DEFAULT_CHOICES);
      expect(draft.draft).toBe(true);
      expect(full.draft).toBeUndefined();
      const scale = full.rateCurve[0]!.capacity_mAh_per_g;
      draft.rateCurve.forEach((point, i) => {
        const settled = full.rateCurve[i]!;
        expect(point.cRate).toBe(settled.cRate);
        expect(
          Math.abs(point.capacity_mAh_per_g - settled.capacity_mAh_per_g) / scale,
        ).toBeLessThan(0.02);
      });
      expect(Math.abs(draft.retention3C_percent - full.retention3C_percent)).toBeLessThan(1.2);
      // The same figures are there to draw: no panel goes blank during a drag.
      expect(draft.profiles.map((p) => p.cRate)).toEqual(full.profiles.map((p) => p.cRate));
      expect(draft.fullCell.rateCurve).toHaveLength(full.fullCell.rateCurve.length);
    },
    30_000,
  );
});
