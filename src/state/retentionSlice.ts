import type { RetentionPoint } from '../core';
import type { RetentionSlice, RetentionSweep, SliceCreator } from './storeTypes';

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
