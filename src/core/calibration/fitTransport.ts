import {
  ELECTRONIC_CONDUCTIVITY,
  GITT_DIFFUSIVITY,
  IONIC_CONDUCTIVITY,
  type Measurement,
} from '../../data/measurements';
import { REFERENCE_TEMPERATURE_K } from '../constants';
import { sigmaElectronic, sigmaIonic } from '../conductivity';
import { diffusivity } from '../diffusion';
import type { DiffusionParams, ElectronicParams, IonicParams, ModelParams } from '../params';
import { nelderMead } from './nelderMead';

/** One measured quantity beside the model's value. */
export interface Residual {
  readonly quantity: Measurement['quantity'];
  readonly compositionId: string;
  readonly xGe: number;
  readonly measured: number;
  readonly model: number;
  readonly unit: string;
  /** log10(model/measured): the scale on which the fit is done. */
  readonly log10Error: number;
  readonly source: string;
}

const T = REFERENCE_TEMPERATURE_K;

function sumSquaredLogError(points: readonly Measurement[], model: (x: number) => number) {
  let sum = 0;
  for (const m of points) {
    const value = model(m.xGe);
    if (!(value > 0) || !Number.isFinite(value)) return Number.MAX_VALUE;
    sum += Math.log10(value / m.value) ** 2;
  }
  return sum;
}

const toElectronic = ([a = 0, b = 0, c = 0, d = 0]: readonly number[]): ElectronicParams => ({
  log10BandPrefactor_S_per_cm: a,
  bandActivationFraction: b,
  log10NetworkSigma_S_per_cm: c,
  percolationThreshold: d,
});

const toIonic = ([a = 0, b = 0, c = 0, d = 0]: readonly number[]): IonicParams => ({
  log10SigmaSi_S_per_cm: a,
  log10SigmaGe_S_per_cm: b,
  strainGain_decades: c,
  pathwayBonds: d,
});

/** Least squares in log10 σe over the measured compositions. */
export function fitElectronic(points = ELECTRONIC_CONDUCTIVITY): ElectronicParams {
  const objective = (p: readonly number[]) => {
    const threshold = p[3] ?? 0;
    if (threshold < 0 || threshold > 0.5) return Number.MAX_VALUE;
    return sumSquaredLogError(points, (x) => sigmaElectronic(x, T, toElectronic(p)));
  };
  const start = [8, 0.8, -2, 0.08];
  return toElectronic(nelderMead(objective, start, { steps: [0.5, 0.05, 0.5, 0.02] }).point);
}

/** Least squares in log10 σi over the measured compositions. */
export function fitIonic(points = IONIC_CONDUCTIVITY): IonicParams {
  const objective = (p: readonly number[]) => {
    if ((p[3] ?? 0) < 1) return Number.MAX_VALUE;
    return sumSquaredLogError(points, (x) => sigmaIonic(x, T, toIonic(p)));
  };
  const start = [-5.5, -5.5, 10, 30];
  return toIonic(nelderMead(objective, start, { steps: [0.2, 0.2, 2, 5] }).point);
}

/**
 * D_Si and φ from the GITT averages (φ on the ambipolar conductivity ratio). With two measured compositions and two
 * parameters this is a solve, not a regression; the fit is reported as such.
 */
export function fitDiffusion(
  electronic: ElectronicParams,
  ionic: IonicParams,
  points = GITT_DIFFUSIVITY,
): DiffusionParams {
  const objective = (p: readonly number[]) =>
    sumSquaredLogError(points, (x) =>
      diffusivity(x, T, {
        electronic,
        ionic,
        diffusion: { log10DiffusivitySi_cm2_per_s: p[0] ?? 0, barrierTransferFraction: p[1] ?? 0 },
      }),
    );
  const [a = 0, b = 0] = nelderMead(objective, [-11.5, 0.5], { steps: [0.2, 0.1] }).point;
  return { log10DiffusivitySi_cm2_per_s: a, barrierTransferFraction: b };
}

export type TransportParams = Omit<ModelParams, 'kinetics'>;

export function fitTransport(): TransportParams {
  const electronic = fitElectronic();
  const ionic = fitIonic();
  return { electronic, ionic, diffusion: fitDiffusion(electronic, ionic) };
}

/** Model against every measured transport figure, for reports, tests and the UI. */
export function transportResiduals(params: TransportParams): Residual[] {
  const modelOf = (m: Measurement): number => {
    switch (m.quantity) {
      case 'sigmaElectronic':
        return sigmaElectronic(m.xGe, T, params.electronic);
      case 'sigmaIonic':
        return sigmaIonic(m.xGe, T, params.ionic);
      case 'diffusivity':
        return diffusivity(m.xGe, T, params);
    }
  };
  return [...ELECTRONIC_CONDUCTIVITY, ...IONIC_CONDUCTIVITY, ...GITT_DIFFUSIVITY].map((m) => {
    const model = modelOf(m);
    return {
      quantity: m.quantity,
      compositionId: m.compositionId,
      xGe: m.xGe,
      measured: m.value,
      model,
      unit: m.unit,
      log10Error: Math.log10(model / m.value),
      source: `${m.sourceKey}, ${m.sourceDetail}`,
    };
  });
}
