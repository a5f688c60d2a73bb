import { describe, expect, it, vi } from 'vitest';
import { compute } from '../../src/core/api';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';

/** The reference's sections of measured values; "compositions" (the x of each) stays. */
const MEASURED_SECTIONS = [
  'conductivity_S_per_cm',
  'li_diffusion_GITT_cm2_per_s',
  'structure',
  'half_cell_first_cycle',
  'half_cell_rate',
  'half_cell_cycling',
  'li_inventory_after_first_cycle_percent',
  'interphase_XPS_Li2S_percent_after_etching',
] as const;

/** Replaces every number under a node with NaN, in place. */
function poison(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') record[key] = Number.NaN;
    else poison(value);
  }
}

const INPUTS = [0, 0.0625, 0.125, 0.25, 1].map((xGe) => ({ ...DEFAULT_INPUTS, xGe }));

describe('the model is a model, not a table of the published points', () => {
  it('gives the same answers when every measured value is removed before the model loads', async () => {
    const before = INPUTS.map((i) => [compute(i), computeKinetics(i, DEFAULT_CHOICES)]);
    // A fresh module graph, with the data poisoned before any model module reads it: a
    // module that copied measured values at import time would now copy NaNs.
    vi.resetModules();
    const reference = (await import('../../src/data/sige-anodes.json')).default as Record<
      string,
      unknown
    >;
    for (const section of MEASURED_SECTIONS) poison(reference[section]);
    const api = await import('../../src/core/api');
    const kinetics = await import('../../src/core/kinetics/api');
    expect(api.compute).not.toBe(compute);
    const after = INPUTS.map((i) => [api.compute(i), kinetics.computeKinetics(i, DEFAULT_CHOICES)]);
    expect(after).toEqual(before);
  });
});
