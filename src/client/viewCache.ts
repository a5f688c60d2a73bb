/**
 * The last few kinetics views, by their exact request: a view is a pure function of it, so
 * a view asked for again (a key stepping back, a neighbour computed ahead) needs no worker.
 * Only finished views are kept: a call that fails or hangs leaves nothing behind.
 */
export interface ViewCache<T> {
  /** The kept view for a key, or a computation that keeps it once finished. */
  remember(key: string, compute: () => Promise<T>): Promise<T>;
  has(key: string): boolean;
  clear(): void;
}

export function createViewCache<T>(capacity: number): ViewCache<T> {
  // A Map iterates in insertion order: re-inserting on use makes the first key the oldest.
  const kept = new Map<string, T>();
  const keep = (key: string, value: T) => {
    kept.delete(key);
    kept.set(key, value);
    for (const oldest of kept.keys()) {
      if (kept.size <= capacity) break;
      kept.delete(oldest);
    }
  };
  return {
    remember(key, compute) {
      if (kept.has(key)) {
        const value = kept.get(key) as T;
        keep(key, value);
        return Promise.resolve(value);
      }
      return compute().then((value) => {
        keep(key, value);
        return value;
      });
    },
    has: (key) => kept.has(key),
    clear: () => kept.clear(),
  };
}
