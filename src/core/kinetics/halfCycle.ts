import { currentForRate } from './cell';
import type { Electrode } from './electrode';
import { openCircuitPotential, type Branch } from './ocp';

/** One point of a voltage profile. */
export interface ProfilePoint {
  readonly capacity_mAh_per_g: number;
  /** Anode potential vs Li/Li⁺ at the separator. */
  readonly potential_V: number;
}

/** Through-thickness picture at one moment. */
export interface DistributionSnapshot {
  readonly branch: Branch;
  readonly capacity_mAh_per_g: number;
  /** Layer centres, 0 = current collector, 1 = separator. */
  readonly position: readonly number[];
  /** Local reaction rate relative to the layer average (1 = uniform). */
  readonly reaction: readonly number[];
  /** Mean lithiation fraction of the particles in each layer. */
  readonly theta: readonly number[];
  /** Most θ can reach: the share of each particle outside its unconverted core. */
  readonly convertible: number;
  /** Where the polarisation went at that moment, V (see Electrode.losses). */
  readonly losses: readonly number[];
}

export interface HalfCycleResult {
  readonly branch: Branch;
  readonly cRate: number;
  readonly capacity_mAh_per_g: number;
  readonly endedBy: 'cutoff' | 'time';
  readonly profile: readonly ProfilePoint[];
  /** Snapshot at the requested fraction of the theoretical capacity (if asked). */
  readonly snapshot: DistributionSnapshot | null;
  /** Time-averaged |V − U(θ̄)| over the half-cycle, V. */
  readonly meanPolarization_V: number;
}

export interface HalfCycleOptions {
  /** Time steps for a full theoretical half-cycle (default: the electrode's resolution). */
  readonly steps?: number;
  /** Fraction (0–1) of the theoretical capacity at which to take a snapshot. */
  readonly snapshotAt?: number;
  /** Keep every n-th point of the profile. */
  readonly profileStride?: number;
  /** Stop once this much has passed, mAh/g (a full cell's first charge), cut-off or not. */
  readonly untilCapacity_mAh_per_g?: number;
  /** Override of the window's cut-off, V vs Li/Li⁺ (a full cell has none on the anode). */
  readonly cutoff_V?: number;
}

/** The nominal step: `steps` of them span this many theoretical half-cycles. */
const STEP_SPAN = 1.05;
/**
 * A safety stop, in theoretical half-cycles, for a cell that never reaches its cut-off; a
 * half-cycle is meant to end there, as the study's did. It used to be 1.05, and Si7Ge's and
 * Ge's 0.1 C formations stopped on it at 0.06 and 0.09 V, the side reaction taking the
 * current of an almost full alloy: their first-cycle figures were the limit's, not the
 * model's. They now reach the cut-off at about 1.08 (3237 and 1476 mAh/g).
 */
const TIME_LIMIT = 1.5;
/** Trial steps that locate the cut-off, after the one the voltage trend predicts. */
const CUTOFF_TRIALS = 12;
/** The cut-off counts as found within this fraction of a nominal step… */
const CUTOFF_STEP_FRACTION = 0.001;
/** …or this close to the cut-off voltage, V. */
const CUTOFF_V = 0.0002;
/**
 * The first step of a half-cycle is this many times shorter than the nominal one, and each
 * next one twice as long until nominal. From rest the surface changes fastest, and one full
 * backward-Euler step overshot it: a 3 C lithiation dipped to 0.10 V and came back to 0.15 V
 * (with 16 times the steps it falls smoothly from 0.20 V). Four extra steps per half-cycle.
 */
const START_RAMP = 256;
/**
 * A step that moves the voltage by more than this, V, is taken again at half the length
 * (down to 1/MAX_REFINE of the nominal step): fronts through a poorly conducting layer (Si
 * at 2–5 C) move the voltage fast, and fixed steps there were 15 % off at 3 C.
 */
const MAX_DV = 0.005;
const MAX_REFINE = 1024;
/** A step this small (of the nominal one) that still leaves the window ends the half-cycle. */
const MIN_STEP_FRACTION = 1e-3;

export function snapshotOf(e: Electrode, branch: Branch, capacity: number): DistributionSnapshot {
  const n = e.layers;
  let mean = 0;
  for (let k = 0; k < n; k++) mean += (e.widths[k] as number) * (e.reaction[k] as number);
  const position: number[] = [];
  const reaction: number[] = [];
  const theta: number[] = [];
  for (let k = 0; k < n; k++) {
    position.push(e.centres[k] as number);
    reaction.push(mean === 0 ? 0 : (e.reaction[k] as number) / mean);
    theta.push(e.meanTheta(k));
  }
  return {
    branch,
    capacity_mAh_per_g: capacity,
    position,
    reaction,
    theta,
    convertible: e.convertible,
    losses: [...e.losses],
  };
}

/**
 * Constant-current lithiation or delithiation of the electrode (mutated in place) until
 * the study's voltage window is left or the electrode can no longer carry the current.
 * The last step is bisected onto the cut-off, so the capacity does not depend on where
 * a step happened to land.
 */
export function runHalfCycle(
  e: Electrode,
  cRate: number,
  branch: Branch,
  {
    steps = e.resolution.steps,
    snapshotAt,
    profileStride = 1,
    untilCapacity_mAh_per_g,
    cutoff_V,
  }: HalfCycleOptions = {},
): HalfCycleResult {
  const cell = e.cell;
  const sign = branch === 'lithiation' ? 1 : -1;
  const current = sign * currentForRate(cell, cRate);
  const dt = ((3600 / cRate) * STEP_SPAN) / steps;
  const toCapacity = Math.abs(current) / (3.6 * cell.loading_g_per_cm2);
  const cutoff = cutoff_V ?? (branch === 'lithiation' ? cell.window.lower : cell.window.upper);
  const inside = (v: number) =>
    Number.isFinite(v) && (branch === 'lithiation' ? v > cutoff : v < cutoff);
  const snapshotCapacity =
    snapshotAt === undefined ? Number.POSITIVE_INFINITY : snapshotAt * cell.capacity_mAh_per_g;
  const ocv = () => openCircuitPotential(e.activeTotalTheta(), cell.ocpShift_V, branch);

  e.rest(branch);
  const backup = e.clone();
  const good = e.clone();
  const profile: ProfilePoint[] = [{ capacity_mAh_per_g: 0, potential_V: ocv() }];
  let snapshot: DistributionSnapshot | null = null;
  let time = 0;
  let polarization = 0;
  let endedBy: HalfCycleResult['endedBy'] = 'time';

  const accept = (v: number, dtUsed: number, record: boolean) => {
    time += dtUsed;
    polarization += Math.abs(v - ocv()) * dtUsed;
    const capacity = toCapacity * time;
    if (!snapshot && capacity >= snapshotCapacity) snapshot = snapshotOf(e, branch, capacity);
    if (record) profile.push({ capacity_mAh_per_g: capacity, potential_V: v });
  };

  // A failed step is bisected and its largest good fraction taken; the half-cycle ends
  // only when no fraction of a step stays inside the window. Start-up transients (a
  // pristine layer that conducts only once lithiated) thus take small steps and go on.
  // Adaptive step h ≤ dt: halved around trouble (a start-up transient, the cut-off),
  // doubled back after each success. The loop count is bounded, so it always ends.
  const endTime = Math.min(
    (3600 / cRate) * TIME_LIMIT,
    untilCapacity_mAh_per_g === undefined ? Infinity : untilCapacity_mAh_per_g / toCapacity,
  );
  let h = dt / START_RAMP;
  let i = 0;
  let vLast = Number.NaN;
  let slope = Number.NaN;
  for (
    let guard = 0;
    guard < 6 * steps * Math.ceil(TIME_LIMIT / STEP_SPAN) && time < endTime - 1e-9 * dt;
    guard++
  ) {
    const size = Math.min(h, endTime - time);
    backup.copyFrom(e);
    const v = e.step(current, size, branch);
    if (inside(v) && Math.abs(v - vLast) > MAX_DV && size > dt / MAX_REFINE) {
      e.copyFrom(backup);
      h = size / 2;
      continue;
    }
    if (inside(v)) {
      slope = (v - vLast) / size;
      vLast = v;
      accept(v, size, ++i % profileStride === 0 || size < dt);
      h = Math.min(dt, 2 * h);
      continue;
    }
    // The step left the window (or could not be solved): find the largest part of it
    // that stays inside. Regula falsi on V(h) − cut-off where the outside voltage is
    // known, bisection where the step could not be solved, starting from where the
    // voltage trend puts the cut-off.
    let lo = 0;
    let hi = size;
    let vLo = vLast;
    let vHi = v;
    // A step that solved but landed past the cut-off crossed it: the half-cycle ends there
    // once the crossing is located. One that could not be solved may be a start-up transient.
    const crossed = Number.isFinite(v);
    const tryStep = (trial: number) => {
      e.copyFrom(backup);
      const vm = e.step(current, trial, branch);
      if (inside(vm)) {
        lo = trial;
        vLo = vm;
        good.copyFrom(e);
      } else {
        hi = trial;
        vHi = vm;
      }
    };
    const predicted = 0.97 * ((cutoff - vLast) / slope);
    if (predicted > 0 && predicted < size) tryStep(predicted);
    // Nothing of the step fits yet: shrink it geometrically first. A start-up transient
    // (an empty, slow surface at a high rate) may need a step far below the nominal one,
    // and only the smallest allowed step failing means the cut-off.
    while (lo === 0 && hi > MIN_STEP_FRACTION * dt) tryStep(hi / 8);
    for (let b = 0; b < CUTOFF_TRIALS; b++) {
      if (lo > 0 && (hi - lo < CUTOFF_STEP_FRACTION * dt || Math.abs(vLo - cutoff) < CUTOFF_V)) {
        break;
      }
      const secant =
        Number.isFinite(vLo) && Number.isFinite(vHi) && vHi !== vLo
          ? lo + ((cutoff - vLo) / (vHi - vLo)) * (hi - lo)
          : Number.NaN;
      // Stay off the bracket's ends, so a lopsided secant still shrinks it.
      const trial =
        secant > lo + 0.1 * (hi - lo) && secant < hi - 0.1 * (hi - lo) ? secant : 0.5 * (lo + hi);
      tryStep(trial);
    }
    if (lo < MIN_STEP_FRACTION * dt) {
      // Not even a sliver of a step stays inside: this is the cut-off.
      e.copyFrom(backup);
      const last = Number.isFinite(cutoff) ? cutoff : Number.isFinite(vLast) ? vLast : ocv();
      profile.push({ capacity_mAh_per_g: toCapacity * time, potential_V: last });
      endedBy = 'cutoff';
      break;
    }
    e.copyFrom(good);
    accept(vLo, lo, true);
    // The voltage reached the cut-off: a cycler stops here. Going on with shorter steps let
    // an electrode pinned near the cut-off creep on by as much as the step pattern allowed (a
    // saw-tooth between the cut-off and a few tens of mV above it: a longer backward-Euler
    // step relaxes the particle surfaces more), so small capacities jumped by a fifth, or
    // doubled, between neighbouring settings.
    if (crossed || Math.abs(vLo - cutoff) < CUTOFF_V) {
      // The rest of the step to the crossing is under a thousandth of a nominal one.
      if (Number.isFinite(cutoff))
        profile.push({ capacity_mAh_per_g: toCapacity * time, potential_V: cutoff });
      endedBy = 'cutoff';
      break;
    }
    slope = (vLo - vLast) / lo;
    vLast = vLo;
    h = lo;
  }
  const capacity = toCapacity * time;
  if (snapshotAt !== undefined && !snapshot) snapshot = snapshotOf(e, branch, capacity);
  return {
    branch,
    cRate,
    capacity_mAh_per_g: capacity,
    endedBy,
    profile,
    snapshot,
    meanPolarization_V: time > 0 ? polarization / time : 0,
  };
}
