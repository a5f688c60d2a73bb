import { shallow } from 'zustand/shallow';
import type { KineticsClient } from '../client/kineticsClient';
import { SUPERSEDED } from '../client/coalescer';
import { RETENTION_CHUNKS, RETENTION_XS, retentionKeyOf } from './retentionGrid';
import type { AppStore } from './store';

export interface KineticsDriverOptions {
  /**
   * How long the inputs must rest before the view is asked for, during a burst of
   * changes (a drag). An isolated change is sent at once. A drag of x must stay smooth
   * in the conductivity figure: a kinetics answer every few frames would take a core
   * and main-thread time from it, for figures the eye cannot follow at that pace anyway.
   */
  quietMs?: number;
  /** During a long drag, the view is still refreshed this often. */
  maxWaitMs?: number;
  /** How long the cell must stay unchanged before a retention sweep starts. */
  sweepSettleMs?: number;
}

export const QUIET_MS = 150;
export const MAX_WAIT_MS = 1000;
/** While a slider is held, how often the driver looks whether it was let go (at least). */
const HELD_POLL_MS = 10;
/** A drag of porosity starts one sweep at the end, not one per step. */
export const SWEEP_SETTLE_MS = 250;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the inputs to the kinetics worker and applies the answers: the full view on
 * every change (once a drag rests, or every maxWaitMs during a long one), and the
 * retention-versus-x curve chunk by chunk whenever the cell (everything but x)
 * changes. Returns a function that stops it; answers arriving after that, or for an
 * abandoned sweep, are dropped.
 */
export function startKineticsDriver(
  store: AppStore,
  client: KineticsClient,
  options: KineticsDriverOptions = {},
): () => void {
  const { quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS, sweepSettleMs = SWEEP_SETTLE_MS } = options;
  let active = true;
  // Numbers the sweeps; a chunk answer for any but the newest is ignored.
  let sweep = 0;
  let lastChange = -Infinity;
  let burstStart = 0;
  let pendingSend: ReturnType<typeof setTimeout> | null = null;

  /** Asks for the inputs as they are when it runs, so a delayed send is never stale. */
  function sendView() {
    pendingSend = null;
    const { sliderHeld, kineticsInView } = store.getState();
    // A slider held with the section off screen: the drag may go on at any moment and
    // needs the cores; nobody sees the figures. Ask again once the inputs rest after it.
    if (sliderHeld && !kineticsInView) {
      pendingSend = setTimeout(sendView, Math.max(quietMs, HELD_POLL_MS));
      return;
    }
    const { inputs, choices } = store.getState();
    client.requestView(inputs, choices).then(
      (outcome) => {
        if (active && outcome !== SUPERSEDED) store.getState().applyKinetics(outcome);
      },
      (error: unknown) => {
        if (active) store.getState().failKinetics(messageOf(error));
      },
    );
  }

  const stopView = store.subscribe(
    (s) => [s.inputs, s.choices, s.kineticsRevision] as const,
    () => {
      const { startKinetics, kineticsInView } = store.getState();
      startKinetics();
      const now = performance.now();
      const isolated = now - lastChange >= quietMs && pendingSend === null;
      lastChange = now;
      if (isolated && kineticsInView) {
        sendView();
        return;
      }
      // Part of a burst: send once it rests, or after maxWaitMs of continuous change. With
      // the section off screen, only once it rests: a view takes a core for a good part of
      // a second, which a drag of x at the top of the page needs more than figures nobody
      // sees (and applying it costs the page a burst of rendering).
      if (pendingSend === null) burstStart = now;
      else clearTimeout(pendingSend);
      const due = Math.min(now + quietMs, kineticsInView ? burstStart + maxWaitMs : Infinity);
      pendingSend = setTimeout(sendView, Math.max(0, due - now));
    },
    { equalityFn: shallow, fireImmediately: true },
  );

  /**
   * Resolves once the inputs have rested for quietMs and no slider is held. A retention
   * chunk keeps a core busy for tens of milliseconds and cannot be stopped; during a drag
   * (of x, which the curve does not even depend on) a two-core machine needs that core
   * for the drag itself, so the curve waits.
   */
  async function inputsAtRest(): Promise<void> {
    const wait = () => lastChange + quietMs - performance.now();
    for (;;) {
      if (wait() > 0) await delay(wait());
      else if (store.getState().sliderHeld) await delay(Math.max(quietMs, HELD_POLL_MS));
      else return;
    }
  }

  async function runSweep(key: string, generation: number): Promise<void> {
    store.getState().startRetention(key, RETENTION_XS.length);
    if (sweepSettleMs > 0) await delay(sweepSettleMs);
    if (!active || generation !== sweep) return;
    const { inputs, choices } = store.getState();
    for (const xs of RETENTION_CHUNKS) {
      await inputsAtRest();
      if (!active || generation !== sweep) return;
      let outcome;
      try {
        outcome = await client.requestRetention(inputs, choices, xs);
      } catch (error) {
        if (active && generation === sweep) store.getState().failRetention(key, messageOf(error));
        return;
      }
      if (!active || generation !== sweep || outcome === SUPERSEDED) return;
      store.getState().addRetention(key, outcome);
    }
  }

  const stopSweep = store.subscribe(
    (s) => [retentionKeyOf(s.inputs, s.choices), s.kineticsRevision] as const,
    ([key]) => void runSweep(key, ++sweep),
    { equalityFn: shallow, fireImmediately: true },
  );

  return () => {
    active = false;
    if (pendingSend !== null) clearTimeout(pendingSend);
    stopView();
    stopSweep();
  };
}
