import type { ModelParams } from '../params';
import type { CellSettings } from './cell';
import type { Electrode } from './electrode';
import { formElectrode, percentOf, type FirstCycleProfile, type Formed } from './formation';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';
import {
  runHalfCycle,
  snapshotOf,
  type DistributionSnapshot,
  type ProfilePoint,
} from './halfCycle';
import { inventoryOf, type LiInventory } from './inventory';
import type { Branch } from './ocp';

/** C-rates of the rate-capability curve (the study measured 0.2–3 C). */
export const RATE_GRID = [0.05, 0.1, 0.2, 0.5, 1, 2, 3, 5, 10] as const;

export interface RatePoint {
  readonly cRate: number;
  readonly capacity_mAh_per_g: number;
}

export interface VoltageProfile {
  readonly cRate: number;
  readonly lithiation: readonly ProfilePoint[];
  readonly delithiation: readonly ProfilePoint[];
  /** Mean |V − U| over both half-cycles, V. */
  readonly polarization_V: number;
}

export type LimitingProcess =
  | 'electronic transport'
  | 'ionic transport'
  | 'series resistance'
  | 'charge-transfer kinetics'
  | 'solid diffusion';

export interface Limitation {
  readonly process: LimitingProcess;
  /** Share of each process in the total polarisation at the snapshot, 0–1. */
  readonly shares: Readonly<Record<LimitingProcess, number>>;
  readonly polarization_V: number;
}

export interface KineticsRequest {
  readonly cell: CellSettings;
  /** Rates whose voltage profiles are drawn. */
  readonly profileRates: readonly number[];
  /** The moment of the reaction-distribution picture. */
  readonly snapshot: { readonly cRate: number; readonly branch: Branch; readonly depth: number };
}

export interface KineticsResult {
  readonly formation: {
    readonly lithiation_mAh_per_g: number;
    readonly delithiation_mAh_per_g: number;
    /** Voltage curves of the first cycle (0.1 C). */
    readonly profile: FirstCycleProfile;
  };
  readonly rateCurve: readonly RatePoint[];
  /** 3 C delithiation capacity over 0.2 C, × 100 (the study's definition). */
  readonly retention3C_percent: number;
  readonly profiles: readonly VoltageProfile[];
  readonly distribution: DistributionSnapshot;
  readonly limitation: Limitation;
  /** Where the first cycle's Li went (the study's RA/QA/I-Li protocol). */
  readonly inventory: LiInventory;
}

/** Every process that can limit a rate test, in the order its shares are listed. */
export const LIMITING_PROCESSES: readonly LimitingProcess[] = [
  'electronic transport',
  'ionic transport',
  'series resistance',
  'charge-transfer kinetics',
  'solid diffusion',
];

/** Where in a rate test to take the distribution picture. */
export interface SnapshotRequest {
  readonly branch: Branch;
  readonly depth: number;
}

/**
 * One rate test: lithiate and delithiate at the same rate, from the formed electrode
 * (which is left untouched). A snapshot, if asked for, is taken on the way.
 */
export function rateTest(formed: Electrode, cRate: number, snapshot?: SnapshotRequest) {
  const e = formed.clone();
  const at = (branch: Branch) => (snapshot?.branch === branch ? snapshot.depth : undefined);
  const lithiation = runHalfCycle(e, cRate, 'lithiation', { snapshotAt: at('lithiation') });
  const delithiation = runHalfCycle(e, cRate, 'delithiation', {
    snapshotAt: at('delithiation'),
  });
  return { lithiation, delithiation };
}

function limitationOf(lossesAtSnapshot: readonly number[]): Limitation {
  const losses = lossesAtSnapshot.map((v) => Math.max(0, v));
  const total = losses.reduce((s, v) => s + v, 0);
  const shares = Object.fromEntries(
    LIMITING_PROCESSES.map((p, i) => [p, total > 0 ? (losses[i] ?? 0) / total : 0]),
  ) as Record<LimitingProcess, number>;
  let process: LimitingProcess = 'charge-transfer kinetics';
  for (const p of LIMITING_PROCESSES) if (shares[p] > shares[process]) process = p;
  return { process, shares, polarization_V: total };
}

/** The figures drawn across compositions: 3 C retention and the Li inventory. */
export interface SweepFigures {
  readonly retention3C_percent: number;
  readonly inventory: LiInventory;
}

/** 3 C over 0.2 C delithiation capacity (× 100) and the inventory: the figures for sweeps. */
export function sweepFiguresAt(
  settings: CellSettings,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): SweepFigures {
  const formation = formElectrode(settings, params, resolution);
  const low = rateTest(formation.electrode, 0.2).delithiation.capacity_mAh_per_g;
  const high = rateTest(formation.electrode, 3).delithiation.capacity_mAh_per_g;
  return {
    retention3C_percent: percentOf(high, low),
    inventory: inventoryOf(formation),
  };
}

type RateTestResult = ReturnType<typeof rateTest>;

/** Rate tests kept per formed cell before the oldest are dropped. */
const MAX_KEPT_TESTS = 64;

/**
 * The formed electrode of one cell and the rate tests run on it, kept between requests:
 * a change of what is drawn (snapshot, profile rates) or of what is built on the anode
 * (cathode, N/P) then reruns only what it changes. Results are identical with or without
 * it; it only saves work.
 */
export class FormedCellCache {
  private key = '';
  private params: ModelParams | null = null;
  /** `params` as JSON: a worker gets a structured clone of the same set with every call. */
  private paramsKey = '';
  private formation: Formed | null = null;
  private inventory: LiInventory | null = null;
  private readonly tests = new Map<string, RateTestResult>();
  /** Work done so far (what a test can check instead of a timing). */
  readonly work = { formations: 0, rateTests: 0 };

  formationFor(cell: CellSettings, params: ModelParams, resolution: Resolution): Formed {
    const key = JSON.stringify([cell, resolution]);
    if (this.formation === null || key !== this.key || !this.sameParams(params)) {
      this.formation = formElectrode(cell, params, resolution);
      this.key = key;
      this.params = params;
      this.paramsKey = JSON.stringify(params);
      this.inventory = null;
      this.tests.clear();
      this.work.formations += 1;
    }
    return this.formation;
  }

  /**
   * Equal by value, not only by identity: a refit's parameters reach the worker as a new
   * object with every request, and re-forming the cell for each would cost a formation a
   * view. An equal set is adopted, so the next request with it is an identity check again.
   */
  private sameParams(params: ModelParams): boolean {
    if (params === this.params) return true;
    if (JSON.stringify(params) !== this.paramsKey) return false;
    this.params = params;
    return true;
  }

  /** The Li inventory (first cycle and 16 h hold) of the cell last formed. */
  inventoryFor(formation: Formed): LiInventory {
    if (formation !== this.formation) return inventoryOf(formation);
    this.inventory ??= inventoryOf(formation);
    return this.inventory;
  }

  /** A rate test on the cell last passed to formationFor. */
  rateTest(cRate: number, snapshot?: SnapshotRequest): RateTestResult {
    const formation = this.formation;
    if (formation === null) throw new Error('FormedCellCache: no cell formed yet');
    const key = snapshot ? `${cRate}|${snapshot.branch}|${snapshot.depth}` : `${cRate}`;
    let result = this.tests.get(key);
    if (!result) {
      result = rateTest(formation.electrode, cRate, snapshot);
      if (this.tests.size >= MAX_KEPT_TESTS) this.tests.clear();
      this.tests.set(key, result);
      this.work.rateTests += 1;
    }
    return result;
  }
}

/**
 * The study's protocol on the model electrode: a formation cycle at 0.1 C, then for every
 * rate a constant-current lithiation and delithiation at that rate from the formed state.
 * The distribution is taken during the rate test at its rate (run once more only when
 * that rate is off the grid). A cache, if given, keeps the formed cell and its rate tests
 * for the next request.
 */
export function evaluateKinetics(
  request: KineticsRequest,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
  cache: FormedCellCache = new FormedCellCache(),
): KineticsResult {
  const formation = cache.formationFor(request.cell, params, resolution);
  const formed = formation.electrode;
  const { cRate: snapshotRate, branch, depth } = request.snapshot;
  const test = (cRate: number) =>
    cache.rateTest(cRate, cRate === snapshotRate ? { branch, depth } : undefined);
  const rateCurve = RATE_GRID.map((cRate) => ({
    cRate,
    capacity_mAh_per_g: test(cRate).delithiation.capacity_mAh_per_g,
  }));
  const low = test(0.2).delithiation.capacity_mAh_per_g;
  const high = test(3).delithiation.capacity_mAh_per_g;

  const profiles = request.profileRates.map((cRate) => {
    const { lithiation, delithiation } = test(cRate);
    const total = lithiation.capacity_mAh_per_g + delithiation.capacity_mAh_per_g;
    return {
      cRate,
      lithiation: lithiation.profile,
      delithiation: delithiation.profile,
      polarization_V:
        total > 0
          ? (lithiation.meanPolarization_V * lithiation.capacity_mAh_per_g +
              delithiation.meanPolarization_V * delithiation.capacity_mAh_per_g) /
            total
          : 0,
    };
  });

  const snapshot = test(snapshotRate)[branch].snapshot ?? snapshotOf(formed, branch, 0);
  return {
    formation: {
      lithiation_mAh_per_g: formation.lithiation_mAh_per_g,
      delithiation_mAh_per_g: formation.delithiation_mAh_per_g,
      profile: formation.profile,
    },
    rateCurve,
    retention3C_percent: percentOf(high, low),
    profiles,
    distribution: snapshot,
    limitation: limitationOf(snapshot.losses),
    inventory: cache.inventoryFor(formation),
  };
}
