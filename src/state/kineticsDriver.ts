import { shallow } from 'zustand/shallow';
import type { KineticsClient } from '../client/kineticsClient';
import { SUPERSEDED } from '../client/coalescer';
import type { KineticsView } from '../core';
import { backgroundMayGo } from './backgroundWork';
import { isCurrent } from './kineticsSlice';
import { createLivePacer, LIVE_INTERVAL_MS } from './livePacer';
import { nextKeyStep } from './stepAhead';
import { RETENTION_CHUNKS, RETENTION_XS, retentionKeyOf } from './retentionGrid';
import type { AppStore } from './store';

export interface KineticsDriverOptions {
  /**
   * Off screen (or with no worker to compute in), how long the inputs must rest before the
   * view is asked for during a burst of changes. Nobody watches the figures there, and a
   * view takes a core that a drag at the top of the page needs.
   */
  quietMs?: number;
  /** How long the cell must stay unchanged before a retention sweep starts. */
  sweepSettleMs?: number;
  /** While a slider is held, the shortest time between two answers drawn (livePacer.ts). */
  liveIntervalMs?: number;
}

export const QUIET_MS = 150;
/** While a slider is held, how often the driver looks whether it was let go (at least). */
const HELD_POLL_MS = 10;
/** A drag of porosity starts one sweep at the end, not one per step. */
export const SWEEP_SETTLE_MS = 250;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the inputs to the kinetics workers and applies the answers: the full view on every
 * change, and the retention-versus-x curve chunk by chunk whenever the cell (everything but
 * x) changes. With the figures on screen the view follows a drag live: every change is
 * handed to the client, whose pool keeps only the newest waiting and sends it the moment a
 * worker is free, so what is drawn is at most one evaluation behind. While a slider is held
 * the views are previews on the coarser draft grid, drawn at most once per live interval
 * (livePacer.ts); on release the final inputs are computed on the full grid, and only that
 * answer makes the figures "ready". Off screen, it waits for the inputs to rest. Returns a
 * function that stops it; answers arriving after that, or for an abandoned sweep, are dropped.
 */
export function startKineticsDriver(
  store: AppStore,
  client: KineticsClient,
  options: KineticsDriverOptions = {},
): () => void {
  const {
    quietMs = QUIET_MS,
    sweepSettleMs = SWEEP_SETTLE_MS,
    liveIntervalMs = LIVE_INTERVAL_MS,
  } = options;
  let active = true;
  // Numbers the sweeps; a chunk answer for any but the newest is ignored.
  let sweep = 0;
  let lastChange = -Infinity;
  let pendingSend: ReturnType<typeof setTimeout> | null = null;
  // Whether the last view asked for was a drag's preview.
  let draftAsked = false;
  // The last settled view drawn: with the one after it, it says whether x is being stepped.
  let lastSettled: KineticsView | null = null;
  const pacer = createLivePacer<KineticsView>({
    held: () => store.getState().sliderHeld,
    show: (view) => {
      store.getState().applyKinetics(view);
      stepAhead(view);
    },
    intervalMs: liveIntervalMs,
  });

  /**
   * A settled view one keyboard step of x after the last: the worker, idle now, computes the
   * next step's view ahead, so the next press is drawn at once. Only in view, at rest, with
   * the retention curve complete (a sweep's chunks go first) and a worker to compute in.
   */
  function stepAhead(view: KineticsView) {
    const { inputs, choices, kineticOverride, sliderHeld, kineticsInView, retention } =
      store.getState();
    if (view.draft || !isCurrent(view, inputs, choices)) return;
    const previous = lastSettled;
    lastSettled = view;
    if (!previous || sliderHeld || !kineticsInView || client.inPage) return;
    if (retention.status !== 'ready') return;
    const next = nextKeyStep(previous, view);
    if (next) client.prefetchView(next, choices, kineticOverride);
  }
  // Let go: the answer held back for the next tick is drawn at once, and the preview of
  // the last position is followed by its settled answer.
  const stopHeld = store.subscribe(
    (s) => s.sliderHeld,
    (held) => {
      if (held) return;
      pacer.flush();
      if (draftAsked && pendingSend === null) sendView();
    },
  );

  /** Asks for the inputs as they are when it runs, so a delayed send is never stale. */
  function sendView() {
    if (pendingSend !== null) clearTimeout(pendingSend);
    pendingSend = null;
    const { sliderHeld, kineticsInView } = store.getState();
    // A slider held with the section off screen: the drag may go on at any moment and
    // needs the cores; nobody sees the figures. Ask again once the inputs rest after it.
    if (sliderHeld && !kineticsInView) {
      pendingSend = setTimeout(sendView, Math.max(quietMs, HELD_POLL_MS));
      return;
    }
    const { inputs, choices, kineticOverride } = store.getState();
    // During a drag in view, a preview on the coarser grid: it comes twice as fast, and the
    // settled answer follows once the slider is let go.
    draftAsked = sliderHeld && !client.inPage;
    client.requestView(inputs, choices, kineticOverride, draftAsked).then(
      (outcome) => {
        if (active && outcome !== SUPERSEDED) pacer.offer(outcome);
      },
      (error: unknown) => {
        if (active) store.getState().failKinetics(messageOf(error));
      },
    );
  }

  // A refit's parameters drawn in place of the calibration's are a change like a setting's.
  const stopView = store.subscribe(
    (s) => [s.inputs, s.choices, s.kineticsRevision, s.kineticOverride] as const,
    () => {
      const { startKinetics, kineticsInView } = store.getState();
      startKinetics();
      const now = performance.now();
      const isolated = now - lastChange >= quietMs && pendingSend === null;
      lastChange = now;
      // Computing in the page itself, a view per step would freeze the drag it follows.
      if (kineticsInView && (isolated || !client.inPage)) {
        sendView();
        return;
      }
      // Off screen, even an isolated change waits: it is usually the start of a drag.
      if (pendingSend !== null) clearTimeout(pendingSend);
      pendingSend = setTimeout(sendView, quietMs);
    },
    { equalityFn: shallow, fireImmediately: true },
  );

  const chunkMayGo = () => backgroundMayGo(store, client);

  async function runSweep(key: string, generation: number): Promise<void> {
    store.getState().startRetention(key, RETENTION_XS.length);
    if (sweepSettleMs > 0) await delay(sweepSettleMs);
    const current = () => active && generation === sweep;
    if (!current()) return;
    const { inputs, choices, kineticOverride } = store.getState();
    let next = 0;
    // One chain of chunks per worker, each taking the next chunk when its last one is in:
    // the pool then holds at most one chunk per worker, and the curve fills left to right.
    const chain = async () => {
      while (current() && next < RETENTION_CHUNKS.length) {
        // Checked and sent in one go: another chain must not take the same idle worker.
        if (!chunkMayGo()) {
          await delay(HELD_POLL_MS);
          continue;
        }
        const xs = RETENTION_CHUNKS[next];
        if (!xs) return;
        next += 1;
        let outcome;
        try {
          outcome = await client.requestRetention(inputs, choices, xs, kineticOverride);
        } catch (error) {
          if (current()) store.getState().failRetention(key, messageOf(error));
          next = RETENTION_CHUNKS.length;
          return;
        }
        if (!current() || outcome === SUPERSEDED) return;
        store.getState().addRetention(key, outcome);
      }
    };
    await Promise.all(Array.from({ length: client.workers }, chain));
  }

  // The override is part of the curve's key, so a chunk of the calibration's curve can never
  // land in a curve of the refit's parameters, or the other way round.
  const stopSweep = store.subscribe(
    (s) => [retentionKeyOf(s.inputs, s.choices), s.kineticsRevision, s.kineticOverride] as const,
    ([key, , override]) =>
      void runSweep(override ? `${key}|${JSON.stringify(override)}` : key, ++sweep),
    { equalityFn: shallow, fireImmediately: true },
  );

  return () => {
    active = false;
    if (pendingSend !== null) clearTimeout(pendingSend);
    pacer.dispose();
    stopHeld();
    stopView();
    stopSweep();
  };
}
