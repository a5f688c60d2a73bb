import type { RetentionPoint } from '../core/kinetics/api';
import type { SliceCreator } from './store';

export type SweepStatus = 'idle' | 'computing' | 'ready' | 'error';

/** The retention-versus-x curve, filled in a few compositions at a time. */
export interface RetentionSweep {
  /** Identifies the cell (every setting but x) that the points belong to. */
  readonly key: string;
  /** What has arrived so far, ascending in x. */
  readonly points: readonly RetentionPoint[];
  /** How many compositions the finished curve has. */
  readonly total: number;
  readonly status: SweepStatus;
  readonly error: string | null;
  /** The last finished curve, drawn faintly while a new one grows; null before the first. */
  readonly previous: readonly RetentionPoint[] | null;
}

export interface RetentionSlice {
  retention: RetentionSweep;
  /** Begins a new curve for `key`; the finished one (if any) becomes `previous`. */
  startRetention(key: string, total: number): void;
  /** Adds a chunk of points; a chunk for another key (a stale sweep) is ignored. */
  addRetention(key: string, points: readonly RetentionPoint[]): void;
  failRetention(key: string, message: string): void;
}

const EMPTY: RetentionSweep = {
  key: '',
  points: [],
  total: 0,
  status: 'idle',
  error: null,
  previous: null,
};

const byX = (a: RetentionPoint, b: RetentionPoint) => a.xGe - b.xGe;

export const createRetentionSlice: SliceCreator<RetentionSlice> = (set) => ({
  retention: EMPTY,
  startRetention: (key, total) =>
    set(({ retention: r }) => ({
      retention: {
        key,
        points: [],
        total,
        status: 'computing',
        error: null,
        // Only a finished curve is worth keeping as the reference: a half-drawn one
        // from an abandoned drag position would mislead.
        previous: r.status === 'ready' ? r.points : r.previous,
      },
    })),
  addRetention: (key, points) =>
    set((s) => {
      const r = s.retention;
      if (key !== r.key || r.status !== 'computing') return s;
      const next = [...r.points, ...points].sort(byX);
      return {
        retention: { ...r, points: next, status: next.length >= r.total ? 'ready' : 'computing' },
      };
    }),
  failRetention: (key, message) =>
    set((s) =>
      key === s.retention.key
        ? { retention: { ...s.retention, status: 'error', error: message } }
        : s,
    ),
});
