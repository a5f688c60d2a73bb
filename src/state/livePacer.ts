/**
 * How often a figure fed by a stream of answers is redrawn while a slider is held. A drag
 * asks for a new answer on every step and the workers return one every few tens of ms; each
 * redraw is a render of every figure, and a render that runs as often as the answers come
 * takes the frames the slider needs. So while held, the newest answer is shown at most once
 * per interval (the others are skipped, never queued); at rest every answer shows at once.
 */
export const LIVE_INTERVAL_MS = 50;

export interface LivePacerOptions<T> {
  /** Whether a slider is held now (answers are paced only then). */
  held: () => boolean;
  /** Draws an answer. */
  show: (value: T) => void;
  intervalMs?: number;
  now?: () => number;
}

export interface LivePacer<T> {
  /** A newer answer: shown now, or at the next tick if one was shown too recently. */
  offer(value: T): void;
  /** Shows the waiting answer at once, if any (the slider was let go). */
  flush(): void;
  /** Drops the waiting answer and any pending tick. */
  dispose(): void;
}

export function createLivePacer<T>(options: LivePacerOptions<T>): LivePacer<T> {
  const { held, show, intervalMs = LIVE_INTERVAL_MS, now = () => performance.now() } = options;
  let waiting: { value: T } | null = null;
  let lastShown = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastShown = now();
    show(value);
  }

  return {
    offer(value) {
      waiting = { value };
      const wait = held() ? lastShown + intervalMs - now() : 0;
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    flush,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
