import { readStoredFit, type StoredFit } from '../../src/charts/parity/storedFit';

/** The reason the fixture gives for its one figure without a mechanism. */
export const ABSENT_REASON = 'Plated Li reacting with the electrolyte needs the anode below 0 V.';

/**
 * A calibration file in the shape `npm run calibrate` writes, made up so that every panel
 * has a point within and a point that misses its target, the percentages also a figure
 * without a mechanism (within ±1 of its target, so that counting it as within would show)
 * and a trend; a parameter at its bound and one unidentified; a held-out composition
 * predicted within ±15 points and one outside. The real fit may have none of some kind,
 * and its values change with every refit.
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
    points: 7,
    withinTarget: 2,
    objective: 12.3456,
    mechanismAbsent: { 'QA-Li|Ge': ABSENT_REASON },
    residuals: [
      capacity('capacity at 0.5 C', 'Si7Ge', 2369, 2400, [2420.4, 2380.2], [2400, 2350.5]),
      capacity('first delithiation, 0.1 C', 'Ge', 1055, 1400),
      percent('3 C retention', 'Si7Ge', 83.8, 80, 5),
      percent('ICE', 'Si', 79.2, 95, 3),
      percent('QA-Li', 'Ge', 8.2, 9, 3, 'mechanism absent'),
      percent('3 C retention', 'Si', 18.9, 40, 5, 'trend'),
      // Not a row the app can draw: left out, never drawn as NaN.
      { quantity: 'ICE', compositionId: 'Ge', unit: '%', measured: 76.6 },
    ],
    normalisedRate: [
      { quantity: 'capacity at 0.2 C', measured: 100, model: 100, error: 0 },
      { quantity: 'capacity at 3 C', measured: 83.5673, model: 74.2531, error: -9.31422 },
      // Left out: no model value.
      { quantity: 'capacity at 5 C', measured: 70 },
    ],
  },
  uncertainty: [
    parameter('ionicLithiationGain_decades', 'Γi', 'decades', 0.61555, 0.115956, 0, 5),
    parameter('siliconCoreFraction', 'f_Si', '', 0.5, 0.0738076, 0, 0.5, true),
    parameter('coreTransportExponent', 'p', '', 0.222472, null, 0, 2),
  ],
  crossValidation: [round('Si', [11.64, 18.9], true), round('Ge', [53.2082, 18.2], false)],
};

/** The fields a residual row had before statuses and the Li–In spans. */
const OLD_KEYS = [
  'quantity',
  'compositionId',
  'unit',
  'measured',
  'model',
  'tolerance',
  'score',
  'source',
];

/** The fixture's fitted rows as a file from before statuses, spans, uncertainty and CV. */
export const LEGACY_FILE = {
  fit: FIXTURE_FILE.fit,
  kineticFit: {
    residuals: FIXTURE_FILE.kineticFit.residuals
      .filter((r) => !('status' in r) || r.status === 'fitted')
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => OLD_KEYS.includes(k)))),
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

type Span = [number, number];

function capacity(
  quantity: string,
  compositionId: string,
  measured: number,
  model: number,
  liInPotentialRange: Span = [model, model],
  liInResistanceRange: Span = [model, model],
) {
  const tolerance = 5;
  return {
    quantity,
    compositionId,
    unit: 'mAh/g',
    measured,
    model,
    tolerance,
    score: (100 * (model - measured)) / measured / tolerance,
    status: 'fitted',
    liInPotentialRange,
    liInResistanceRange,
    source: 'LiXia2025, Fig. 2d-e; three independently made cells agree (Fig. S8)',
  };
}

function percent(
  quantity: string,
  compositionId: string,
  measured: number,
  model: number,
  tolerance: number,
  status = 'fitted',
) {
  return {
    quantity,
    compositionId,
    unit: '%',
    measured,
    model,
    tolerance,
    score: (model - measured) / tolerance,
    status,
    liInPotentialRange: [model + 0.5, model - 0.5],
    liInResistanceRange: [model, model - 2],
    source: 'LiXia2025, Fig. 3d-f; CC charge to 1.4 V at 0.1 C',
  };
}

function parameter(
  key: string,
  symbol: string,
  unit: string,
  value: number,
  sigma: number | null,
  min: number,
  max: number,
  atBound = false,
) {
  return { key, symbol, unit, value, sigma, min, max, atBound };
}

function round(heldOut: string, [predicted, measured]: Span, si7GeHighest: boolean) {
  return {
    heldOut,
    retention3C_percent: { predicted, measured },
    firstDelithiation_mAh_per_g: { predicted: 2480.57, measured: 2455 },
    ice_percent: { predicted: 83.2384, measured: 79.2 },
    si7GeHighest,
    params: { ionicLithiationGain_decades: heldOut === 'Si' ? 0.574487 : 0.831616 },
  };
}
