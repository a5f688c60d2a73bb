import { useEffect } from 'react';
import { useAppStoreApi } from '../state/hooks';
import { balanceOf } from './summary/carrierBalance';
import { contextResponse } from './summary/contextResponse';

/**
 * Speaks (politely) when a change of the inputs crosses something meaningful: the balanced
 * band's edge, or a change of the limiting carrier. Silent on every other step, so a drag is
 * not a stream of numbers; the slider's own value text carries those. Not after Reset All,
 * which says its own sentence. Plating is left to the plating warning, a live region of its
 * own: saying it here too would say it twice.
 */
export function useContextResponses(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let balance = balanceOf(store.getState().inputs);
    let resets = store.getState().resets;
    return store.subscribe(
      (s) => s.inputs,
      (inputs) => {
        const state = store.getState();
        const before = balance;
        balance = balanceOf(inputs);
        const wasReset = state.resets !== resets;
        resets = state.resets;
        const sentence = contextResponse(before, balance, inputs.xGe);
        if (sentence && !wasReset) state.announce(sentence);
      },
    );
  }, [store]);
}
