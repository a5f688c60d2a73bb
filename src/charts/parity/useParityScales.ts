import { scaleLinear, scaleLog } from 'd3-scale';
import { useMemo } from 'react';
import { formatPowerOfTen } from '../../format/number';
import type { Margin } from '../kit/frame';
import { plotScales, type PlotFrame } from '../kit/plotScales';
import { linearTicks, logTicks, type Tick } from '../kit/ticks';
import type { FitFamily, FitFigure } from './fitFigures';
import { TRANSPORT_TARGET_DECADES } from './fitFigures';

export const PARITY_MARGIN: Margin = { top: 12, right: 16, bottom: 52, left: 66 };

/** Measured and model share one scale, so y = x is the diagonal and distances compare. */
export interface ParityScales extends PlotFrame {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly domain: readonly [number, number];
  readonly log: boolean;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

const finite = (figures: readonly FitFigure[]) =>
  figures.flatMap((f) => [f.measured, f.model]).filter((v) => Number.isFinite(v));

/** Whole decades around every value and its tolerance band; positive values only. */
function logDomain(figures: readonly FitFigure[]): [number, number] {
  const values = finite(figures).filter((v) => v > 0);
  if (values.length === 0) return [1e-12, 1];
  const band = 10 ** TRANSPORT_TARGET_DECADES;
  const lo = Math.floor(Math.log10(Math.min(...values) / band));
  const hi = Math.ceil(Math.log10(Math.max(...values) * band));
  return [10 ** lo, 10 ** Math.max(hi, lo + 1)];
}

/** Around every value with room for its ±tolerance, rounded to nice numbers. */
function linearDomain(figures: readonly FitFigure[], family: FitFamily): [number, number] {
  // Percentages live in 0–100; a fixed axis keeps retention, ICE and Li shares comparable.
  if (family === 'percent') return [0, 100];
  const values = finite(figures);
  if (values.length === 0) return [0, 1];
  const pad = Math.max(...figures.map((f) => f.tolerance), 0) / 100;
  const lo = Math.max(0, Math.min(...values) * (1 - 2 * pad));
  const hi = Math.max(...values) * (1 + 2 * pad);
  const nice = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice(5)
    .domain();
  return [nice[0] ?? lo, nice[1] ?? hi];
}

/** Labels every k-th decade so that labels stay about 48 px apart. */
function decadeLabels([lo, hi]: readonly [number, number], side: number): number[] {
  const first = Math.round(Math.log10(lo));
  const last = Math.round(Math.log10(hi));
  const decades = Math.max(1, last - first);
  const every = Math.max(1, Math.ceil(decades / Math.max(1, Math.floor(side / 48))));
  const out: number[] = [];
  for (let e = last; e >= first; e -= every) out.unshift(10 ** e);
  return out;
}

export function useParityScales(
  width: number,
  height: number,
  family: FitFamily,
  figures: readonly FitFigure[],
): ParityScales {
  return useMemo(
    () =>
      plotScales(width, height, PARITY_MARGIN, (innerWidth, innerHeight) => {
        // Square, as large as the area allows: a unit reads the same along either axis.
        const side = Math.min(innerWidth, innerHeight);
        return { ...squareScales(family, figures, side), innerWidth: side, innerHeight: side };
      }),
    [width, height, family, figures],
  );
}

function squareScales(
  family: FitFamily,
  figures: readonly FitFigure[],
  side: number,
): Omit<ParityScales, keyof PlotFrame> {
  const log = family === 'transport';
  const tickCount = side < 220 ? 4 : 5;
  if (log) {
    const domain = logDomain(figures);
    const x = scaleLog().domain(domain).range([0, side]);
    const y = scaleLog().domain(domain).range([side, 0]);
    const labelled = decadeLabels(domain, side);
    // 2…9 × 10ⁿ ticks only where the decades are few: over a dozen they would be a smear.
    const minor = Math.log10(domain[1] / domain[0]) <= 4;
    const isDecade = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
    const ticksOf = (scale: typeof x) =>
      logTicks(scale, labelled, formatPowerOfTen).filter(
        (t) => minor || t.label !== '' || isDecade(t.value),
      );
    return { x, y, domain, log, xTicks: ticksOf(x), yTicks: ticksOf(y) };
  }
  const domain = linearDomain(figures, family);
  const x = scaleLinear().domain(domain).range([0, side]);
  const y = scaleLinear().domain(domain).range([side, 0]);
  return {
    x,
    y,
    domain,
    log,
    xTicks: linearTicks(x, tickCount),
    yTicks: linearTicks(y, tickCount),
  };
}
