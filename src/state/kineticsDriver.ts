import { shallow } from 'zustand/shallow';
import type { KineticsClient } from '../client/kineticsClient';
import { SUPERSEDED } from '../client/coalescer';
import { RETENTION_CHUNKS, RETENTION_XS, retentionKeyOf } from './retentionGrid';
import type { AppStore } from './store';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends the inputs to the kinetics worker and applies the answers: the full view on
 * every change, and the retention-versus-x curve chunk by chunk whenever the cell
 * (everything but x) changes. Returns a function that stops it; answers arriving
 * after that, or for an abandoned sweep, are dropped.
 */
export function startKineticsDriver(store: AppStore, client: KineticsClient): () => void {
  let active = true;
  // Numbers the sweeps; a chunk answer for any but the newest is ignored.
  let sweep = 0;

  const stopView = store.subscribe(
    (s) => [s.inputs, s.choices, s.kineticsRevision] as const,
    ([inputs, choices]) => {
      store.getState().startKinetics();
      client.requestView(inputs, choices).then(
        (outcome) => {
          if (active && outcome !== SUPERSEDED) store.getState().applyKinetics(outcome);
        },
        (error: unknown) => {
          if (active) store.getState().failKinetics(messageOf(error));
        },
      );
    },
    { equalityFn: shallow, fireImmediately: true },
  );

  async function runSweep(key: string, generation: number): Promise<void> {
    const { inputs, choices } = store.getState();
    store.getState().startRetention(key, RETENTION_XS.length);
    for (const xs of RETENTION_CHUNKS) {
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
    stopView();
    stopSweep();
  };
}
