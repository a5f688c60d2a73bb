import { clampInput, DEFAULT_INPUTS, type InputKey, type ModelInputs } from '../core/inputs';
import type { SliceCreator } from './store';

export interface ParamsSlice {
  /** What the user asked for; always within each input's declared range. */
  inputs: ModelInputs;
  /** Why some requested settings (from the link) were not used; shown until dismissed. */
  notices: readonly string[];
  /** Sets one input, clamped into its range (non-finite values fall back to the default). */
  setInput(key: InputKey, value: number): void;
  dismissNotices(): void;
}

export interface ParamsInit {
  inputs?: ModelInputs;
  notices?: readonly string[];
}

export const createParamsSlice =
  (init: ParamsInit = {}): SliceCreator<ParamsSlice> =>
  (set) => ({
    inputs: init.inputs ?? DEFAULT_INPUTS,
    notices: init.notices ?? [],
    setInput: (key, value) =>
      set((state) => {
        const next = clampInput(key, value);
        // Returning the same state object skips the notification, so no needless request.
        return state.inputs[key] === next ? state : { inputs: { ...state.inputs, [key]: next } };
      }),
    dismissNotices: () => set({ notices: [] }),
  });
