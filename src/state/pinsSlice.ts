import { compositionLabel } from '../format/pinLabel';
import { freeSlot, pinOf } from './pinCodec';
import { MAX_PINS, type Pin, type PinResult, type PinsSlice } from './pinTypes';
import type { SliceCreator, Store } from './storeTypes';

/** What the polite live region says when a fifth pin is asked for. */
export const PINS_FULL_ANNOUNCEMENT = `At most ${MAX_PINS} pins: remove one to pin this view.`;
export const ALREADY_PINNED_ANNOUNCEMENT = 'This view is pinned already.';

/** A sentence for the live region, in the same update as the change it speaks of. */
const say = (state: Store, text: string) => ({
  announcement: { text, seq: (state.announcement?.seq ?? 0) + 1 },
});

const count = (n: number) => `${n} of ${MAX_PINS} pinned.`;

/** The answers of these pins only: a removed pin's answer is the pins driver's to cache. */
function resultsOf(pins: readonly Pin[], results: Readonly<Record<string, PinResult>>) {
  const kept: Record<string, PinResult> = {};
  for (const { key } of pins) {
    const result = results[key];
    if (result) kept[key] = result;
  }
  return kept;
}

/**
 * Views pinned for comparison. Reset All leaves them alone: they are what the user compares
 * the settings against, not settings themselves, and losing them to Alt+R between two
 * exercises would take a deliberate set of pins away by accident; Clear pins drops them.
 */
export const createPinsSlice =
  (initial: readonly Pin[] = []): SliceCreator<PinsSlice> =>
  (set) => ({
    pins: initial.slice(0, MAX_PINS),
    pinResults: {},
    pinCurrent: () =>
      set((state) => {
        if (state.pins.length >= MAX_PINS) return say(state, PINS_FULL_ANNOUNCEMENT);
        const pin = pinOf(state.inputs, state.choices, freeSlot(state.pins));
        if (state.pins.some((p) => p.key === pin.key)) {
          return say(state, ALREADY_PINNED_ANNOUNCEMENT);
        }
        const pins = [...state.pins, pin];
        const text = `Pinned ${compositionLabel(pin.inputs.xGe)}. ${count(pins.length)}`;
        return { pins, ...say(state, text) };
      }),
    removePin: (key) =>
      set((state) => {
        const gone = state.pins.find((p) => p.key === key);
        if (!gone) return state;
        const pins = state.pins.filter((p) => p !== gone);
        const text = `Removed the pin at ${compositionLabel(gone.inputs.xGe)}. ${count(pins.length)}`;
        return { pins, pinResults: resultsOf(pins, state.pinResults), ...say(state, text) };
      }),
    clearPins: () =>
      set((state) =>
        state.pins.length === 0
          ? state
          : { pins: [], pinResults: {}, ...say(state, 'All pins removed.') },
      ),
    setPinResult: (key, result) =>
      set((state) =>
        state.pins.some((p) => p.key === key)
          ? { pinResults: { ...state.pinResults, [key]: result } }
          : state,
      ),
  });
