import { SUPERSEDED } from '../client/coalescer';
import type { KineticsClient } from '../client/kineticsClient';
import type { KineticsView } from '../core';
import type { AppStore } from './store';

/** Answers kept for pins removed since: pinning one back (or undoing a slip) costs nothing. */
export const PIN_CACHE_SIZE = 8;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Computes each pinned view once. A pin is asked for when it appears, on the pool's
 * background lane (behind the user's own view, which never waits for a pin), and its answer
 * is kept by the pin's key: the live inputs changing asks for nothing, and a pin removed and
 * pinned again is answered from the cache. A failed pin is asked for again on the kinetics'
 * retry (the same button as the live view's). Returns a function that stops it; answers
 * arriving after that are dropped.
 */
export function startPinsDriver(store: AppStore, client: KineticsClient): () => void {
  let active = true;
  const cache = new Map<string, KineticsView>();
  const asked = new Set<string>();

  const remember = (key: string, view: KineticsView) => {
    cache.delete(key);
    cache.set(key, view);
    // Oldest first in a Map: drop those beyond the size, but never a current pin's.
    const current = new Set(store.getState().pins.map((p) => p.key));
    for (const old of cache.keys()) {
      if (cache.size <= Math.max(PIN_CACHE_SIZE, current.size)) break;
      if (!current.has(old)) cache.delete(old);
    }
  };

  function ask(retrying: boolean) {
    const { pins, pinResults, setPinResult } = store.getState();
    for (const { key, inputs, choices } of pins) {
      const known = pinResults[key];
      const cached = cache.get(key);
      if (cached) {
        if (known?.status !== 'ready') setPinResult(key, { status: 'ready', view: cached });
        continue;
      }
      if (asked.has(key) || (known?.status === 'error' && !retrying)) continue;
      asked.add(key);
      setPinResult(key, { status: 'computing' });
      client.requestPinned(inputs, choices).then(
        (outcome) => {
          asked.delete(key);
          // SUPERSEDED only when the client is disposed: the page is going away.
          if (!active || outcome === SUPERSEDED) return;
          remember(key, outcome);
          store.getState().setPinResult(key, { status: 'ready', view: outcome });
        },
        (error: unknown) => {
          asked.delete(key);
          if (active)
            store.getState().setPinResult(key, { status: 'error', message: messageOf(error) });
        },
      );
    }
  }

  const stopPins = store.subscribe(
    (s) => s.pins,
    () => ask(false),
    { fireImmediately: true },
  );
  const stopRetry = store.subscribe(
    (s) => s.kineticsRevision,
    () => ask(true),
  );
  return () => {
    active = false;
    stopPins();
    stopRetry();
  };
}
