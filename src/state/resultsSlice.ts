import type { ComputeResult } from '../core/api';
import type { ConductivityPoint, Interval } from '../core/conductivitySweep';
import type { ModelInputs } from '../core/inputs';
import type { SliceCreator } from './store';

export type ModelStatus = 'idle' | 'computing' | 'ready' | 'error';

export interface ResultsSlice {
  /** The newest answer from the model; what the chart and readouts draw. */
  result: ComputeResult | null;
  status: ModelStatus;
  /** The last failure, kept until dismissed so that a quick recovery does not hide it. */
  error: string | null;
  /** Bumped by retry() so that unchanged inputs are sent again. */
  revision: number;
  startComputing(): void;
  applyResult(result: ComputeResult): void;
  failComputation(message: string): void;
  dismissError(): void;
  retry(): void;
}

function samePoints(a: readonly ConductivityPoint[], b: readonly ConductivityPoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i];
    return (
      q !== undefined &&
      Object.is(p.xGe, q.xGe) &&
      Object.is(p.electronic, q.electronic) &&
      Object.is(p.ionic, q.ionic) &&
      Object.is(p.ambipolar, q.ambipolar)
    );
  });
}

function sameIntervals(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]?.from && r.to === b[i]?.to);
}

const sameInputs = (a: ModelInputs, b: ModelInputs) =>
  (Object.keys(a) as (keyof ModelInputs)[]).every((k) => a[k] === b[k]);

/**
 * Results cross the worker boundary as fresh copies, so every answer would look
 * new. Keeping the previous sweep when its values are equal (most changes leave
 * the temperature alone) lets the chart's memoized paths survive a drag.
 */
function shareUnchanged(prev: ComputeResult | null, next: ComputeResult): ComputeResult {
  if (!prev) return next;
  return {
    ...next,
    conductivity: samePoints(prev.conductivity, next.conductivity)
      ? prev.conductivity
      : next.conductivity,
    balanced: sameIntervals(prev.balanced, next.balanced) ? prev.balanced : next.balanced,
  };
}

export const createResultsSlice: SliceCreator<ResultsSlice> = (set) => ({
  result: null,
  status: 'idle',
  error: null,
  revision: 0,
  startComputing: () => set((s) => (s.status === 'computing' ? s : { status: 'computing' })),
  applyResult: (result) =>
    set((s) => ({
      result: shareUnchanged(s.result, result),
      // An in-between answer during a drag is shown, but the model is not done yet.
      status:
        sameInputs(result.inputs, s.inputs) && result.electrode.basis === s.choices.electrodeBasis
          ? 'ready'
          : 'computing',
    })),
  failComputation: (message) => set({ status: 'error', error: message }),
  dismissError: () => set({ error: null }),
  retry: () => set((s) => ({ revision: s.revision + 1 })),
});
