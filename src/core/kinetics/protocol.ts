import type { ModelParams } from '../params';
import { describeCell, type CellSettings } from './cell';
import { Electrode, type Resolution, DEFAULT_RESOLUTION } from './electrode';
import { runHalfCycle, type DistributionSnapshot, type ProfilePoint } from './halfCycle';
import type { Branch } from './ocp';

/** C-rates of the rate-capability curve (the study measured 0.2–3 C). */
export const RATE_GRID = [0.05, 0.1, 0.2, 0.5, 1, 2, 3, 5, 10] as const;
/** Formation cycle before every test, as in the study's first cycle. */
export const FORMATION_RATE = 0.1;
/** Steps per theoretical half-cycle; the cut-off itself is located by bisection. */
const STEPS = 30;

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
  };
  readonly rateCurve: readonly RatePoint[];
  /** 3 C delithiation capacity over 0.2 C, × 100 (the study's definition). */
  readonly retention3C_percent: number;
  readonly profiles: readonly VoltageProfile[];
  readonly distribution: DistributionSnapshot;
  readonly limitation: Limitation;
}

const PROCESSES: readonly LimitingProcess[] = [
  'electronic transport',
  'ionic transport',
  'series resistance',
  'charge-transfer kinetics',
  'solid diffusion',
];

/** One rate test: lithiate and delithiate at the same rate, from the formed electrode. */
function cycleAt(formed: Electrode, cRate: number) {
  const e = formed.clone();
  const lithiation = runHalfCycle(e, cRate, 'lithiation', { steps: STEPS });
  const delithiation = runHalfCycle(e, cRate, 'delithiation', { steps: STEPS });
  return { lithiation, delithiation };
}

function limitationOf(e: Electrode): Limitation {
  const losses = Array.from(e.losses, (v) => Math.max(0, v));
  const total = losses.reduce((s, v) => s + v, 0);
  const shares = Object.fromEntries(
    PROCESSES.map((p, i) => [p, total > 0 ? (losses[i] ?? 0) / total : 0]),
  ) as Record<LimitingProcess, number>;
  let process: LimitingProcess = 'charge-transfer kinetics';
  for (const p of PROCESSES) if (shares[p] > shares[process]) process = p;
  return { process, shares, polarization_V: total };
}

/** 3 C over 0.2 C delithiation capacity (× 100) alone: the cheap figure for sweeps. */
export function retentionAt(
  settings: CellSettings,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): number {
  const formed = new Electrode(describeCell(settings, params), resolution);
  runHalfCycle(formed, FORMATION_RATE, 'lithiation', { steps: STEPS });
  runHalfCycle(formed, FORMATION_RATE, 'delithiation', { steps: STEPS });
  const low = cycleAt(formed, 0.2).delithiation.capacity_mAh_per_g;
  const high = cycleAt(formed, 3).delithiation.capacity_mAh_per_g;
  return low > 0 ? (100 * high) / low : 0;
}

/**
 * The study's protocol on the model electrode: a formation cycle at 0.1 C, then for every
 * rate a constant-current lithiation and delithiation at that rate from the formed state.
 */
export function evaluateKinetics(
  request: KineticsRequest,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): KineticsResult {
  const cell = describeCell(request.cell, params);
  const formed = new Electrode(cell, resolution);
  const formLith = runHalfCycle(formed, FORMATION_RATE, 'lithiation', { steps: STEPS });
  const formDelith = runHalfCycle(formed, FORMATION_RATE, 'delithiation', { steps: STEPS });

  const cycles = new Map<number, ReturnType<typeof cycleAt>>();
  const cycle = (rate: number) => {
    let c = cycles.get(rate);
    if (!c) {
      c = cycleAt(formed, rate);
      cycles.set(rate, c);
    }
    return c;
  };
  const rateCurve = RATE_GRID.map((cRate) => ({
    cRate,
    capacity_mAh_per_g: cycle(cRate).delithiation.capacity_mAh_per_g,
  }));
  const low = cycle(0.2).delithiation.capacity_mAh_per_g;
  const high = cycle(3).delithiation.capacity_mAh_per_g;

  const profiles = request.profileRates.map((cRate) => {
    const { lithiation, delithiation } = cycle(cRate);
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

  // The distribution: replay the chosen half-cycle up to the chosen depth.
  const { cRate, branch, depth } = request.snapshot;
  const e = formed.clone();
  if (branch === 'delithiation') runHalfCycle(e, cRate, 'lithiation', { steps: STEPS });
  const snap = runHalfCycle(e, cRate, branch, {
    steps: STEPS,
    snapshotAt: depth,
    stopAtSnapshot: true,
  });

  return {
    formation: {
      lithiation_mAh_per_g: formLith.capacity_mAh_per_g,
      delithiation_mAh_per_g: formDelith.capacity_mAh_per_g,
    },
    rateCurve,
    retention3C_percent: low > 0 ? (100 * high) / low : 0,
    profiles,
    distribution: snap.snapshot ?? snapshotFallback(e, branch),
    limitation: limitationOf(e),
  };
}

function snapshotFallback(e: Electrode, branch: Branch): DistributionSnapshot {
  return {
    branch,
    capacity_mAh_per_g: 0,
    position: Array.from(e.centres),
    reaction: Array.from(e.centres, () => 0),
    theta: Array.from(e.centres, (_, k) => e.meanTheta(k)),
  };
}
