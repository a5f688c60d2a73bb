import { describe, expect, it, vi } from 'vitest';
import { createModelClient, SUPERSEDED, type ModelOutcome } from '../../src/client/modelClient';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS, type ModelInputs } from '../../src/core/inputs';
import { createPageApi } from '../../workers/pageApi';
import { withX } from '../support/fakes';

/** The worker's own API behind the page's client, every call to it counted. */
function clientOnPageApi() {
  const api = createPageApi();
  const computeSweep = vi.fn(async (...args: Parameters<typeof api.computeSweep>) =>
    api.computeSweep(...args),
  );
  const computePoint = vi.fn(async (...args: Parameters<typeof api.computePoint>) =>
    api.computePoint(...args),
  );
  const client = createModelClient({
    createEndpoint: () => ({ computeSweep, computePoint, onCrash: () => {}, terminate: () => {} }),
  });
  const ask = async (inputs: ModelInputs, basis?: string) => {
    const outcome: ModelOutcome = await client.request(inputs, basis);
    if (outcome === SUPERSEDED) throw new Error('superseded');
    return outcome;
  };
  return { ask, computeSweep, computePoint };
}

describe("the model worker's answers to the page", () => {
  it('send the sweep only when temperature or a what-if multiplier changes', async () => {
    const { ask, computeSweep, computePoint } = clientOnPageApi();
    const first = await ask(withX(0.1));
    expect(first).toEqual(compute(withX(0.1)));
    expect(computeSweep).toHaveBeenCalledOnce();

    // A drag of x: the point every step, the curves never again (and the same objects).
    for (const x of [0.2, 0.3, 0.4]) {
      const step = await ask(withX(x));
      expect(step).toEqual(compute(withX(x)));
      expect(step.conductivity).toBe(first.conductivity);
      expect(step.diffusivity).toBe(first.diffusivity);
    }
    expect(computePoint).toHaveBeenCalledTimes(4);
    expect(computeSweep).toHaveBeenCalledOnce();

    // Electrode settings and the basis reach the point only.
    const byLoading = await ask({ ...withX(0.4), porosity: 0.5 }, 'loading');
    expect(byLoading).toEqual(compute({ ...withX(0.4), porosity: 0.5 }, 'loading'));
    expect(computeSweep).toHaveBeenCalledOnce();

    // What the curves depend on: each change sends them again, once.
    const changes: Partial<ModelInputs>[] = [
      { temperatureC: 60 },
      { temperatureC: 60, electronicScale: 10 },
      { temperatureC: 60, electronicScale: 10, ionicScale: 0.1 },
    ];
    for (const [i, change] of changes.entries()) {
      const inputs = { ...DEFAULT_INPUTS, ...change };
      expect(await ask(inputs)).toEqual(compute(inputs));
      expect(await ask({ ...inputs, xGe: 0.5 })).toEqual(compute({ ...inputs, xGe: 0.5 }));
      expect(computeSweep).toHaveBeenCalledTimes(i + 2);
    }
    expect(computeSweep.mock.calls.at(-1)).toEqual([
      { temperatureC: 60, electronicScale: 10, ionicScale: 0.1 },
    ]);
  });
});
