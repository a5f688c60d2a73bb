import { formatFixed, formatInputValue } from '../../format/number';

/** The course of D through a lithiation, in the words a caption uses. */
export type LithiationShape =
  | 'falls then rises'
  | 'only rises'
  | 'only falls'
  | 'rises then falls'
  | 'stays flat'
  | 'rises and falls repeatedly';

/**
 * What the study saw (sige-anodes.json, the GITT note): D first decreases, then increases
 * (in words: OBSERVED_SENTENCE, measuredDiffusivity.ts).
 */
export const OBSERVED_SHAPE: LithiationShape = 'falls then rises';

/**
 * Smallest change that counts as a fall or a rise, decades. A tenth of a decade (26 %) is
 * far above any rounding in the curve, yet a dip that small would hardly show on the
 * figure's log axis: a nearly flat stretch is not read as a trend.
 */
const TREND_DECADES = 0.1;

interface Point {
  readonly theta: number;
  readonly D_cm2_per_s: number;
}

export interface ShapeReading {
  readonly shape: LithiationShape;
  /** The lowest D on the curve and where it lies. */
  readonly lowest: Point;
  /** log10 of D at θ = 1 over D at θ = 0. */
  readonly netDecades: number;
}

/** The sequence of falls (−1) and rises (+1), as a key, to the shape it makes. */
const SHAPE_OF_MOVES: Readonly<Record<string, LithiationShape>> = {
  '': 'stays flat',
  '1': 'only rises',
  '-1': 'only falls',
  '-1,1': 'falls then rises',
  '1,-1': 'rises then falls',
};

/**
 * Reads the curve as a sequence of falls and rises, each at least TREND_DECADES from the
 * turn before it (a zigzag filter), so a wiggle below that never counts as a turn.
 */
export function readLithiationShape(curve: readonly Point[]): ShapeReading | null {
  const points = curve.filter((p) => Number.isFinite(p.D_cm2_per_s) && p.D_cm2_per_s > 0);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  const moves: (1 | -1)[] = [];
  let anchor = Math.log10(first.D_cm2_per_s);
  for (const p of points) {
    const v = Math.log10(p.D_cm2_per_s);
    const dir = moves.at(-1);
    if (dir === undefined) {
      if (Math.abs(v - anchor) >= TREND_DECADES) {
        moves.push(v > anchor ? 1 : -1);
        anchor = v;
      }
    } else if ((v - anchor) * dir > 0) {
      anchor = v;
    } else if ((anchor - v) * dir >= TREND_DECADES) {
      moves.push(dir === 1 ? -1 : 1);
      anchor = v;
    }
  }
  const shape = SHAPE_OF_MOVES[moves.join(',')] ?? 'rises and falls repeatedly';
  const lowest = points.reduce((low, p) => (p.D_cm2_per_s < low.D_cm2_per_s ? p : low), first);
  return {
    shape,
    lowest,
    netDecades: Math.log10(last.D_cm2_per_s / first.D_cm2_per_s),
  };
}

const decades = (d: number) => `${formatFixed(Math.abs(d), 1)} decades`;

/** The model's course of D in plain words, e.g. "only rises, by 4.6 decades from θ = 0 to 1". */
function modelWords({ shape, lowest, netDecades }: ShapeReading): string {
  switch (shape) {
    case 'falls then rises':
      return `falls to its lowest at θ = ${formatFixed(lowest.theta, 2)}, then rises`;
    case 'only rises':
      return `only rises, by ${decades(netDecades)} from θ = 0 to 1`;
    case 'only falls':
      return `only falls, by ${decades(netDecades)} from θ = 0 to 1`;
    case 'rises then falls':
      return 'rises, then falls';
    case 'stays flat':
      return 'stays flat (within a tenth of a decade)';
    case 'rises and falls repeatedly':
      return 'rises and falls more than once';
  }
}

export interface ShapeComparison {
  readonly agrees: boolean;
  /** "Model at x = 0.125:" */
  readonly label: string;
  /** What the model's D does, and whether that is what was observed. */
  readonly words: string;
  /** The two as one sentence. */
  readonly sentence: string;
}

/** Whether the model's D(θ) at xGe takes the course the study observed, said plainly. */
export function compareWithObserved(curve: readonly Point[], xGe: number): ShapeComparison | null {
  const reading = readLithiationShape(curve);
  if (!reading) return null;
  const agrees = reading.shape === OBSERVED_SHAPE;
  const verdict = agrees
    ? 'as observed.'
    : 'unlike the observation: the model does not reproduce the dip.';
  const label = `Model at x = ${formatInputValue(xGe)}:`;
  const words = `D ${modelWords(reading)}, ${verdict}`;
  return { agrees, label, words, sentence: `${label} ${words}` };
}
