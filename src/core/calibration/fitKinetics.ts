import reference from '../../data/sige-anodes.json';
import { REFERENCE_TEMPERATURE_K } from '../constants';
import { DEFAULT_INPUTS, DEFAULT_CHOICES } from '../inputs';
import { cellSettingsOf } from '../kinetics/api';
import { formElectrode, rateTest } from '../kinetics/protocol';
import type { KineticParams, ModelParams } from '../params';
import type { TransportParams } from './fitTransport';
import { nelderMead } from './nelderMead';

/** One measured electrochemical figure beside the model's value. */
export interface KineticResidual {
  readonly quantity: string;
  readonly compositionId: string;
  readonly measured: number;
  readonly model: number;
  readonly unit: string;
  /** model − measured, in the unit. */
  readonly error: number;
  /** Error relative to the measurement (percentage points for percentages). */
  readonly relativeError: number;
  readonly source: string;
}

const rate = reference.half_cell_rate;
const first = reference.half_cell_first_cycle;
const X = { Si: 0, Si7Ge: 0.125, Ge: 1 } as const;
type Id = keyof typeof X;

/** Rates and capacities of the Si7Ge curve, from the reference file. */
const SI7GE_CURVE = Object.entries(rate.Si7Ge_capacity_mAh_per_g)
  .map(([c, q]) => ({ cRate: Number(c), capacity: q }))
  .sort((a, b) => a.cRate - b.cRate);

interface Simulated {
  readonly firstDelithiation: number;
  readonly capacityAt: ReadonlyMap<number, number>;
}

/** The study's protocol at the default electrode settings and 25 °C. */
function simulate(id: Id, params: ModelParams, rates: readonly number[]): Simulated {
  const settings = {
    ...cellSettingsOf({ ...DEFAULT_INPUTS, xGe: X[id] }, DEFAULT_CHOICES),
    temperatureK: REFERENCE_TEMPERATURE_K,
  };
  const formation = formElectrode(settings, params);
  const capacityAt = new Map(
    rates.map((c) => [c, rateTest(formation.electrode, c).delithiation.capacity_mAh_per_g]),
  );
  return { firstDelithiation: formation.delithiation_mAh_per_g, capacityAt };
}

export function kineticResiduals(params: ModelParams): KineticResidual[] {
  const sims = {
    Si: simulate('Si', params, [0.2, 3]),
    Si7Ge: simulate(
      'Si7Ge',
      params,
      SI7GE_CURVE.map((p) => p.cRate),
    ),
    Ge: simulate('Ge', params, [0.2, 3]),
  };
  const rows: KineticResidual[] = [];
  const push = (
    quantity: string,
    id: Id,
    measured: number,
    model: number,
    unit: string,
    source: string,
    relative: boolean,
  ) =>
    rows.push({
      quantity,
      compositionId: id,
      measured,
      model,
      unit,
      error: model - measured,
      relativeError: relative ? (model - measured) / measured : (model - measured) / 100,
      source,
    });
  for (const p of SI7GE_CURVE) {
    push(
      `capacity at ${p.cRate} C`,
      'Si7Ge',
      p.capacity,
      sims.Si7Ge.capacityAt.get(p.cRate) ?? 0,
      'mAh/g',
      rate.source,
      true,
    );
  }
  for (const id of ['Si', 'Si7Ge', 'Ge'] as const) {
    const q = sims[id].capacityAt;
    const retention = (100 * (q.get(3) ?? 0)) / (q.get(0.2) || Number.POSITIVE_INFINITY);
    push(
      '3 C retention',
      id,
      rate['retention_at_3C_percent_of_0.2C'][id],
      retention,
      '%',
      rate.source,
      false,
    );
  }
  for (const id of ['Si', 'Si7Ge', 'Ge'] as const) {
    push(
      'first delithiation, 0.1 C',
      id,
      first.delithiation_capacity_mAh_per_g[id],
      sims[id].firstDelithiation,
      'mAh/g',
      first.source,
      true,
    );
  }
  return rows;
}

const toKinetic = ([g = 0, i0 = -3, r = 0]: readonly number[]): KineticParams => ({
  ionicLithiationGain_decades: g,
  log10ExchangeCurrent_A_per_cm2: i0,
  interfaceResistance_ohm_cm2: r,
});

/**
 * Where the search starts: fixed here, not read from the committed file, so that a
 * re-run (`npm run calibrate -- --check`) retraces the same path to the same answer.
 */
export const KINETIC_START: KineticParams = {
  ionicLithiationGain_decades: 0.5,
  log10ExchangeCurrent_A_per_cm2: -2.7,
  interfaceResistance_ohm_cm2: 2.3,
};

/** Least squares over the rate curve, the retentions and the first-cycle capacities. */
export function fitKinetics(
  transport: TransportParams,
  start: KineticParams = KINETIC_START,
): KineticParams {
  const objective = (p: readonly number[]) => {
    const [g = 0, i0 = 0, r = 0] = p;
    if (g < 0 || g > 5 || i0 < -6 || i0 > -1 || r < 0 || r > 30) return Number.MAX_VALUE;
    const rows = kineticResiduals({ ...transport, kinetics: toKinetic(p) });
    return rows.reduce((s, row) => s + row.relativeError ** 2, 0);
  };
  const from = [
    start.ionicLithiationGain_decades,
    start.log10ExchangeCurrent_A_per_cm2,
    start.interfaceResistance_ohm_cm2,
  ];
  return toKinetic(nelderMead(objective, from, { steps: [0.5, 0.5, 2], maxIterations: 80 }).point);
}
