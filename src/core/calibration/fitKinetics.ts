import reference from '../../data/sige-anodes.json';
import { REFERENCE_TEMPERATURE_K } from '../constants';
import { DEFAULT_INPUTS, DEFAULT_CHOICES } from '../inputs';
import { cellSettingsOf } from '../kinetics/api';
import { inventoryOf, type LiInventory } from '../kinetics/inventory';
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
  /** Error relative to the measurement (percentage points / 100 for percentages). */
  readonly relativeError: number;
  /** The fit target: |error| allowed, in % of the value (mAh/g) or in points (%). */
  readonly tolerance: number;
  /** error over tolerance: |·| ≤ 1 meets the target. */
  readonly score: number;
  readonly source: string;
}

const rate = reference.half_cell_rate;
const first = reference.half_cell_first_cycle;
const inventory = reference.li_inventory_after_first_cycle_percent;
const X = { Si: 0, Si7Ge: 0.125, Ge: 1 } as const;
type Id = keyof typeof X;
const IDS = ['Si', 'Si7Ge', 'Ge'] as const;

/** Fit targets of the issues: 5 % on capacities, 5 points on retention, 3 on the inventory. */
export const TOLERANCE = { capacity: 5, retention: 5, inventory: 3 } as const;

/** Rates and capacities of the Si7Ge curve, from the reference file. */
const SI7GE_CURVE = Object.entries(rate.Si7Ge_capacity_mAh_per_g)
  .map(([c, q]) => ({ cRate: Number(c), capacity: q }))
  .sort((a, b) => a.cRate - b.cRate);

interface Simulated {
  readonly firstDelithiation: number;
  readonly capacityAt: ReadonlyMap<number, number>;
  readonly inventory: LiInventory;
}

/** The study's protocols at the default electrode settings and 25 °C. */
function simulate(id: Id, params: ModelParams, rates: readonly number[]): Simulated {
  const settings = {
    ...cellSettingsOf({ ...DEFAULT_INPUTS, xGe: X[id] }, DEFAULT_CHOICES),
    temperatureK: REFERENCE_TEMPERATURE_K,
  };
  const formation = formElectrode(settings, params);
  const capacityAt = new Map(
    rates.map((c) => [c, rateTest(formation.electrode, c).delithiation.capacity_mAh_per_g]),
  );
  return {
    firstDelithiation: formation.delithiation_mAh_per_g,
    capacityAt,
    inventory: inventoryOf(formation),
  };
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
  const capacity = (quantity: string, id: Id, measured: number, model: number, source: string) => {
    const relativeError = (model - measured) / measured;
    rows.push({
      quantity,
      compositionId: id,
      measured,
      model,
      unit: 'mAh/g',
      error: model - measured,
      relativeError,
      tolerance: TOLERANCE.capacity,
      score: (100 * relativeError) / TOLERANCE.capacity,
      source,
    });
  };
  const percent = (
    quantity: string,
    id: Id,
    measured: number,
    model: number,
    tolerance: number,
    source: string,
  ) =>
    rows.push({
      quantity,
      compositionId: id,
      measured,
      model,
      unit: '%',
      error: model - measured,
      relativeError: (model - measured) / 100,
      tolerance,
      score: (model - measured) / tolerance,
      source,
    });
  for (const p of SI7GE_CURVE) {
    const model = sims.Si7Ge.capacityAt.get(p.cRate) ?? 0;
    capacity(`capacity at ${p.cRate} C`, 'Si7Ge', p.capacity, model, rate.source);
  }
  for (const id of IDS) {
    const q = sims[id].capacityAt;
    const retention = (100 * (q.get(3) ?? 0)) / (q.get(0.2) || Number.POSITIVE_INFINITY);
    const measured = rate['retention_at_3C_percent_of_0.2C'][id];
    percent('3 C retention', id, measured, retention, TOLERANCE.retention, rate.source);
  }
  for (const id of IDS) {
    const measured = first.delithiation_capacity_mAh_per_g[id];
    capacity('first delithiation, 0.1 C', id, measured, sims[id].firstDelithiation, first.source);
  }
  for (const id of IDS) {
    const inv = sims[id].inventory;
    percent('ICE', id, first.ICE_percent[id], inv.ice_percent, TOLERANCE.inventory, first.source);
    const qa = inventory.QA_Li[id];
    percent('QA-Li', id, qa, inv.quasiReversible_percent, TOLERANCE.inventory, inventory.source);
    const il = inventory.I_Li[id];
    percent('I-Li', id, il, inv.inactive_percent, TOLERANCE.inventory, inventory.source);
  }
  return rows;
}

const toKinetic = ([g = 0, u = 0, c = 0, q = -3, d = 0]: readonly number[]): KineticParams => ({
  ionicLithiationGain_decades: g,
  diffusivityLithiationGain_decades: d,
  geOpenCircuitShift_V: u,
  siliconCoreFraction: c,
  log10SideFilm1h_C_per_cm2: q,
});

/**
 * Where the search starts: fixed here, not read from the committed file, so that a
 * re-run (`npm run calibrate -- --check`) retraces the same path to the same answer. It is
 * the end of earlier searches (150 iterations from Γ = 0.5, β = 2, q₁ₕ = 10⁻² C/cm², then
 * restarts of 60 each time a parameter changed: the crystalline core for an idle interface
 * resistance, the Ge open-circuit shift for an exchange current that had run to the top of
 * its range, the mid-step diffusivity for the lagged one, formations run to their cut-off).
 * Nelder–Mead in five dimensions gains from a restart; a committed run stays short. Eight
 * random starts across the ranges (two rounds each) ended between least squares 32.6 (near
 * this point) and 43, one on a cliff at 153, and rounding a start to three digits moves the
 * end by about 2: the objective is rough (each cut-off is a discrete event), so differences
 * of that size are not better physics. This is the best found, not a proven optimum.
 */
export const KINETIC_START: KineticParams = {
  ionicLithiationGain_decades: 0.809,
  diffusivityLithiationGain_decades: 4.653,
  geOpenCircuitShift_V: 0.051,
  siliconCoreFraction: 0.221,
  log10SideFilm1h_C_per_cm2: -1.301,
};

/**
 * Least squares over every measured figure, each error in units of its target tolerance
 * (so a capacity 5 % off weighs as much as an inventory share 3 points off).
 */
export function fitKinetics(
  transport: TransportParams,
  start: KineticParams = KINETIC_START,
): KineticParams {
  const objective = (p: readonly number[]) => {
    const [g = 0, u = 0, c = 0, q = 0, d = 0] = p;
    const outside =
      g < 0 ||
      g > 5 ||
      u < 0.05 ||
      u > 0.15 ||
      c < 0 ||
      c > 0.5 ||
      q < -6 ||
      q > 0 ||
      d < 0 ||
      d > 6;
    if (outside) {
      return Number.MAX_VALUE;
    }
    const rows = kineticResiduals({ ...transport, kinetics: toKinetic(p) });
    return rows.reduce((s, row) => s + row.score ** 2, 0);
  };
  const from = [
    start.ionicLithiationGain_decades,
    start.geOpenCircuitShift_V,
    start.siliconCoreFraction,
    start.log10SideFilm1h_C_per_cm2,
    start.diffusivityLithiationGain_decades,
  ];
  const steps = [0.5, 0.03, 0.1, 0.5, 1];
  return toKinetic(nelderMead(objective, from, { steps, maxIterations: 60 }).point);
}
