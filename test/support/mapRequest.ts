import type { ModelChoices, ModelInputs } from '../../src/core/inputs';
import type { MapRequest } from '../../src/core/designMap/request';

/**
 * The smallest map worth checking against brute force: 3 compositions × 2 loadings of
 * the 3 C retention, cheap enough to run on the real model in a test.
 */
export const smallRetentionMap = (inputs: ModelInputs, choices: ModelChoices): MapRequest => ({
  grid: {
    x: { from: 0.125, to: 1, count: 3 },
    axis: 'loading',
    second: { from: 0.5, to: 1, count: 2 },
  },
  figure: { id: 'retention3C', cRate: 1 },
  inputs,
  choices,
});
