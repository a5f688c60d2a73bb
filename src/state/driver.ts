import { shallow } from 'zustand/shallow';
import type { ModelClient } from '../client/modelClient';
import { SUPERSEDED } from '../client/modelClient';
import type { AppStore } from './store';

/**
 * Sends every change of the inputs (and every retry) to the model and applies
 * the answers. Lives outside React: the store is the only thing it talks to.
 * Returns a function that stops it; answers arriving after that are dropped.
 */
export function startModelDriver(store: AppStore, client: ModelClient): () => void {
  let active = true;
  const unsubscribe = store.subscribe(
    (s) => [s.inputs, s.choices.electrodeBasis, s.revision] as const,
    ([inputs, basis]) => {
      store.getState().startComputing();
      client.request(inputs, basis).then(
        (outcome) => {
          if (active && outcome !== SUPERSEDED) store.getState().applyResult(outcome);
        },
        (error: unknown) => {
          if (!active) return;
          const message = error instanceof Error ? error.message : String(error);
          store.getState().failComputation(message);
        },
      );
    },
    { equalityFn: shallow, fireImmediately: true },
  );
  return () => {
    active = false;
    unsubscribe();
  };
}
