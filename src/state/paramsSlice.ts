import {
  CATHODE_INPUT_KEYS,
  checkChoice,
  clampInput,
  defaultInputsFor,
  DEFAULT_CHOICES,
  DEFAULT_INPUTS,
  type ChoiceKey,
  type ModelChoices,
  type ModelInputs,
} from '../core/inputs';
import { electrodeSizeOf, heldInputOf } from '../core/electrodeSize';
import type { ParamsInit, ParamsSlice, SliceCreator } from './storeTypes';

/** The inputs that follow a new choice: the same object when none does. */
function inputsAfterChoice(
  key: ChoiceKey,
  inputs: ModelInputs,
  before: ModelChoices,
  after: ModelChoices,
): ModelInputs {
  if (key === 'cathode') {
    // Another cathode brings its own literature figures (what was typed was for the old one).
    const defaults = defaultInputsFor(after);
    const next = { ...inputs };
    for (const k of CATHODE_INPUT_KEYS) next[k] = defaults[k];
    return next;
  }
  if (key === 'electrodeBasis') {
    // Choosing what to hold leaves the electrode as it is: the quantity now held starts at
    // its present value (three digits, so that a link stays short).
    const held = heldInputOf(after.electrodeBasis);
    const value = electrodeSizeOf(inputs, before.electrodeBasis)[held];
    return { ...inputs, [held]: clampInput(held, Number(value.toPrecision(3))) };
  }
  return inputs;
}

/** What the polite live region says after Reset All. */
export const RESET_ANNOUNCEMENT = 'All settings reset to their defaults.';

export const createParamsSlice =
  (init: ParamsInit = {}): SliceCreator<ParamsSlice> =>
  (set) => ({
    inputs: init.inputs ?? DEFAULT_INPUTS,
    choices: init.choices ?? DEFAULT_CHOICES,
    notices: init.notices ?? [],
    setInput: (key, value) =>
      set((state) => {
        const next = clampInput(key, value);
        // Returning the same state object skips the notification, so no needless request.
        return state.inputs[key] === next ? state : { inputs: { ...state.inputs, [key]: next } };
      }),
    setChoice: (key, value) =>
      set((state) => {
        const check = checkChoice(key, value);
        if (!check.ok || state.choices[key] === check.value) return state;
        const choices = { ...state.choices, [key]: check.value };
        return { choices, inputs: inputsAfterChoice(key, state.inputs, state.choices, choices) };
      }),
    dismissNotices: () => set({ notices: [] }),
    resets: 0,
    resetAll: () =>
      set((state) => ({
        inputs: DEFAULT_INPUTS,
        choices: DEFAULT_CHOICES,
        notices: [],
        resets: state.resets + 1,
        // In the same update as the inputs: whoever watches them for changes worth
        // announcing sees the reset's own sentence and says nothing more.
        announcement: { text: RESET_ANNOUNCEMENT, seq: (state.announcement?.seq ?? 0) + 1 },
      })),
  });
