import { readStoredFit, type StoredFit } from '../../src/charts/parity/storedFit';

/**
 * A calibration file's fit section in the shape `npm run calibrate` writes, made up so
 * that every panel has a point within and a point that misses its target (the real fit
 * may have none of one kind; its values change with every refit).
 */
export const FIXTURE_FILE = {
  fit: {
    residuals: [
      transport('sigmaElectronic', 'Si', 0, 8.1e-8, 8.1e-8 * 10 ** 0.05),
      transport('sigmaIonic', 'Si7Ge', 0.125, 2.34e-5, 2.34e-5 * 10 ** -0.25),
      transport('diffusivity', 'Si7Ge', 0.125, 4.51e-12, 4.51e-12),
    ],
  },
  kineticFit: {
    points: 5,
    withinTarget: 2,
    residuals: [
      capacity('capacity at 0.5 C', 'Si7Ge', 2369, 2400),
      capacity('first delithiation, 0.1 C', 'Ge', 1055, 1400),
      percent('3 C retention', 'Si7Ge', 83.8, 80, 5),
      percent('ICE', 'Si', 79.2, 95, 3),
      percent('QA-Li', 'Ge', 8.2, 9, 3),
      // Not a row the app can draw: left out, never drawn as NaN.
      { quantity: 'ICE', compositionId: 'Ge', unit: '%', measured: 76.6 },
    ],
  },
};

export const FIXTURE_FIT: StoredFit = readStoredFit(FIXTURE_FILE);

function transport(
  quantity: string,
  compositionId: string,
  xGe: number,
  measured: number,
  model: number,
) {
  return {
    quantity,
    compositionId,
    xGe,
    measured,
    model,
    unit: quantity === 'diffusivity' ? 'cm²/s' : 'S/cm',
    log10Error: Math.log10(model / measured),
    source: 'LiXia2025, Fig. 1g-i, Tables S1-S2; electronic by DC polarization',
  };
}

function capacity(quantity: string, compositionId: string, measured: number, model: number) {
  const tolerance = 5;
  return {
    quantity,
    compositionId,
    unit: 'mAh/g',
    measured,
    model,
    tolerance,
    score: (100 * (model - measured)) / measured / tolerance,
    source: 'LiXia2025, Fig. 2d-e; three independently made cells agree (Fig. S8)',
  };
}

function percent(
  quantity: string,
  compositionId: string,
  measured: number,
  model: number,
  tolerance: number,
) {
  return {
    quantity,
    compositionId,
    unit: '%',
    measured,
    model,
    tolerance,
    score: (model - measured) / tolerance,
    source: 'LiXia2025, Fig. 3d-f; CC charge to 1.4 V at 0.1 C',
  };
}
