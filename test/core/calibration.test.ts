import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitTransport } from '../../src/core/calibration/fitTransport';
import { nelderMead } from '../../src/core/calibration/nelderMead';
import calibration from '../../src/core/calibration.json';
import { CALIBRATED_PARAMS } from '../../src/core/params';

describe('Nelder–Mead', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const rosen = ([x = 0, y = 0]: readonly number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    const { point } = nelderMead(rosen, [-1.2, 1], { steps: [0.5, 0.5] });
    expect(point[0]).toBeCloseTo(1, 4);
    expect(point[1]).toBeCloseTo(1, 4);
  });
});

describe('calibration', () => {
  it('re-fitting from the reference data reproduces the committed parameters', () => {
    const refit = fitTransport();
    for (const group of ['electronic', 'ionic', 'diffusion'] as const) {
      for (const [key, value] of Object.entries(CALIBRATED_PARAMS[group])) {
        const fresh = (refit[group] as unknown as Record<string, number>)[key] ?? NaN;
        expect(fresh, `${group}.${key}`).toBeCloseTo(value, 3);
      }
    }
  });

  it('keeps every fitted parameter inside its physical range', () => {
    const { electronic, ionic, diffusion } = CALIBRATED_PARAMS;
    expect(electronic.percolationThreshold).toBeGreaterThan(0);
    expect(electronic.percolationThreshold).toBeLessThan(0.125);
    // Effective activation between mid-gap (½) and the full gap.
    expect(electronic.bandActivationFraction).toBeGreaterThan(0.5);
    expect(electronic.bandActivationFraction).toBeLessThan(1);
    expect(ionic.pathwayBonds).toBeGreaterThan(4);
    expect(ionic.strainGain_decades).toBeGreaterThan(0);
    expect(diffusion.barrierTransferFraction).toBeGreaterThan(0);
    expect(diffusion.barrierTransferFraction).toBeLessThanOrEqual(1);
  });
});

describe('reference data', () => {
  it('is the same file as ../shared/reference when that is present', () => {
    const shared = fileURLToPath(
      new URL('../../../shared/reference/sige-anodes.json', import.meta.url),
    );
    if (!existsSync(shared)) return;
    const ours = fileURLToPath(new URL('../../src/data/sige-anodes.json', import.meta.url));
    expect(JSON.parse(readFileSync(ours, 'utf8'))).toEqual(
      JSON.parse(readFileSync(shared, 'utf8')),
    );
  });
});

describe('kinetic calibration report', () => {
  it('compares every rate, retention, first-cycle and inventory figure used, each with its source', async () => {
    const { kineticResiduals } = await import('../../src/core/calibration/fitKinetics');
    const rows = kineticResiduals(CALIBRATED_PARAMS);
    expect(rows).toHaveLength(7 + 3 + 3 + 9);
    for (const r of rows) {
      expect(Number.isFinite(r.model), r.quantity).toBe(true);
      expect(r.source).toMatch(/LiXia2025/);
    }
    // The rate points come in increasing rate, as a reader expects.
    const rates = rows
      .filter((r) => r.quantity.startsWith('capacity at'))
      .map((r) => parseFloat(r.quantity.slice(12)));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    // The stored rows the app draws are these rows, for the committed parameters.
    const stored = calibration.kineticFit.residuals;
    expect(stored.map((r) => r.quantity)).toEqual(rows.map((r) => r.quantity));
    rows.forEach((r, i) => expect(stored[i]?.model ?? NaN).toBeCloseTo(r.model, 1));
  });
});
