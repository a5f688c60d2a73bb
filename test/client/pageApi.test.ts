import { describe, expect, it } from 'vitest';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { createPageApi } from '../../workers/pageApi';
import { withX } from '../support/fakes';

describe("the model worker's answers to the page", () => {
  it('leave out curves equal to the ones sent before, and only those', () => {
    const api = createPageApi();
    const first = api.computeForPage(withX(0.1));
    expect(first).toEqual(compute(withX(0.1)));

    // A drag of x: the curves do not change, so they are not sent again.
    const second = api.computeForPage(withX(0.2));
    expect(second.sameCurves).toBe(true);
    expect(second).not.toHaveProperty('conductivity');
    expect(second).not.toHaveProperty('diffusivity');
    expect(second.properties).toEqual(compute(withX(0.2)).properties);
    // D through a lithiation is of the current x, so it comes with every answer.
    expect(second.diffusivityLithiation).toEqual(compute(withX(0.2)).diffusivityLithiation);

    // A new temperature: new curves, in full; going back sends the old ones again.
    const warm = { ...DEFAULT_INPUTS, temperatureC: 60 };
    expect(api.computeForPage(warm)).toEqual(compute(warm));
    expect(api.computeForPage(DEFAULT_INPUTS)).toEqual(compute(DEFAULT_INPUTS));

    // The electrode basis reaches the core, and its answer, even without the curves.
    const byLoading = api.computeForPage(DEFAULT_INPUTS, 'loading');
    expect(byLoading.sameCurves).toBe(true);
    expect(byLoading.electrode).toEqual(compute(DEFAULT_INPUTS, 'loading').electrode);
    expect(byLoading.properties).toEqual(compute(DEFAULT_INPUTS, 'loading').properties);
  });
});
