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
  electrodeSizeOf,
  heldInputOf,
} from '../core';
import { NO_LESSON, type Lesson, type LockKey } from './lesson';
import type { ParamsInit, ParamsSlice, SliceCreator } from './storeTypes';

/** `next` with the locked inputs put back to their values in `kept`. */
function keepLocked(next: ModelInputs, kept: ModelInputs, lesson: Lesson): ModelInputs {
  if (lesson.locked.length === 0) return next;
  const out: Record<string, number> = { ...next };
  for (const key of lesson.locked) if (key in kept) out[key] = kept[key as keyof ModelInputs];
  return out as ModelInputs;
}

const isLocked = (lesson: Lesson, key: LockKey) => lesson.locked.includes(key);

/** Reset All under a lesson link: defaults for all but the locked settings. */
function resetKeepingLocked(
  inputs: ModelInputs,
  choices: ModelChoices,
  lesson: Lesson,
): { inputs: ModelInputs; choices: ModelChoices } {
  if (lesson.locked.length === 0) return { inputs: DEFAULT_INPUTS, choices: DEFAULT_CHOICES };
  const nextChoices: Record<string, string> = { ...DEFAULT_CHOICES };
  for (const key of lesson.locked) if (key in choices) nextChoices[key] = choices[key as ChoiceKey];
  const kept = nextChoices as ModelChoices;
  return { inputs: keepLocked(defaultInputsFor(kept), inputs, lesson), choices: kept };
}

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
/** The same, under a lesson link that fixes some settings. */
export const LOCKED_RESET_ANNOUNCEMENT =
  'All settings reset to their defaults, except those fixed by this lesson link.';

export const createParamsSlice =
  (init: ParamsInit = {}): SliceCreator<ParamsSlice> =>
  (set) => ({
    inputs: init.inputs ?? DEFAULT_INPUTS,
    choices: init.choices ?? DEFAULT_CHOICES,
    notices: init.notices ?? [],
    lesson: init.lesson ?? NO_LESSON,
    setInput: (key, value) =>
      set((state) => {
        if (isLocked(state.lesson, key)) return state;
        const next = clampInput(key, value);
        // Returning the same state object skips the notification, so no needless request.
        return state.inputs[key] === next ? state : { inputs: { ...state.inputs, [key]: next } };
      }),
    setChoice: (key, value) =>
      set((state) => {
        const check = checkChoice(key, value);
        if (!check.ok || state.choices[key] === check.value || isLocked(state.lesson, key)) {
          return state;
        }
        const choices = { ...state.choices, [key]: check.value };
        const inputs = inputsAfterChoice(key, state.inputs, state.choices, choices);
        return { choices, inputs: keepLocked(inputs, state.inputs, state.lesson) };
      }),
    dismissNotices: () => set({ notices: [] }),
    resets: 0,
    resetAll: () =>
      set((state) => ({
        ...resetKeepingLocked(state.inputs, state.choices, state.lesson),
        notices: [],
        resets: state.resets + 1,
        // In the same update as the inputs: whoever watches them for changes worth
        // announcing sees the reset's own sentence and says nothing more.
        announcement: {
          text: state.lesson.locked.length > 0 ? LOCKED_RESET_ANNOUNCEMENT : RESET_ANNOUNCEMENT,
          seq: (state.announcement?.seq ?? 0) + 1,
        },
      })),
  });
