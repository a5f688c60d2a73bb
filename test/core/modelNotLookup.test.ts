import { describe, expect, it } from 'vitest';
import { compute } from '../../src/core/api';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';
import reference from '../../src/data/sige-anodes.json';

/** Replaces every number under the measured-data sections with NaN, in place. */
function poison(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') record[key] = Number.NaN;
    else poison(value);
  }
}

describe('the model is a model, not a table of the published points', () => {
  it('gives the same answers when every measured value is removed', () => {
    const inputs = [0, 0.0625, 0.125, 0.25, 1].map((xGe) => ({ ...DEFAULT_INPUTS, xGe }));
    const before = inputs.map((i) => [compute(i), computeKinetics(i, DEFAULT_CHOICES)]);
    const saved = structuredClone(reference);
    try {
      const data = reference as unknown as Record<string, unknown>;
      for (const section of [
        'conductivity_S_per_cm',
        'li_diffusion_GITT_cm2_per_s',
        'structure',
        'half_cell_first_cycle',
        'half_cell_rate',
        'half_cell_cycling',
        'li_inventory_after_first_cycle_percent',
        'interphase_XPS_Li2S_percent_after_etching',
      ]) {
        poison(data[section]);
      }
      const after = inputs.map((i) => [compute(i), computeKinetics(i, DEFAULT_CHOICES)]);
      expect(after).toEqual(before);
    } finally {
      Object.assign(reference, saved);
    }
  });
});
