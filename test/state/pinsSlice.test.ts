import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { pinLabel } from '../../src/format/pinLabel';
import { ALREADY_PINNED_ANNOUNCEMENT, PINS_FULL_ANNOUNCEMENT } from '../../src/state/pinsSlice';
import { createAppStore } from '../../src/state/store';

/** A store with a pin at each of these compositions, pinned in this order. */
function pinned(...xs: number[]) {
  const store = createAppStore();
  for (const x of xs) {
    store.getState().setInput('xGe', x);
    store.getState().pinCurrent();
  }
  return store;
}

const keys = (store: ReturnType<typeof createAppStore>) => store.getState().pins.map((p) => p.key);

describe('pins slice', () => {
  it('pins the whole view as it is, and says so', () => {
    const store = createAppStore();
    store.getState().setInput('temperatureC', 40);
    store.getState().setChoice('separator', 'Li10GeP2S12');
    store.getState().pinCurrent();
    const [pin] = store.getState().pins;
    expect(pin?.inputs).toEqual({ ...DEFAULT_INPUTS, temperatureC: 40 });
    expect(pin?.choices.separator).toBe('Li10GeP2S12');
    expect(pin?.key).toBe('xGe:0.125,temperatureC:40,separator:Li10GeP2S12');
    expect(store.getState().announcement?.text).toBe('Pinned x = 0.125 (Si₇Ge). 1 of 4 pinned.');
  });

  it('adds no duplicate and no fifth pin, announcing why each time', () => {
    const store = pinned(0, 0.25, 0.5, 1);
    expect(keys(store)).toEqual(['xGe:0', 'xGe:0.25', 'xGe:0.5', 'xGe:1']);
    store.getState().pinCurrent();
    expect(store.getState().pins).toHaveLength(4);
    expect(store.getState().announcement?.text).toBe(PINS_FULL_ANNOUNCEMENT);
    expect(PINS_FULL_ANNOUNCEMENT).toMatch(/At most 4 pins/);
    // The same refusal heard again is a new announcement.
    const seq = store.getState().announcement?.seq ?? 0;
    store.getState().pinCurrent();
    expect(store.getState().announcement?.seq).toBe(seq + 1);

    store.getState().removePin('xGe:0.25');
    store.getState().setInput('xGe', 0.5);
    store.getState().pinCurrent();
    expect(store.getState().pins).toHaveLength(3);
    expect(store.getState().announcement?.text).toBe(ALREADY_PINNED_ANNOUNCEMENT);
  });

  it('gives a new pin the first free slot, so the others keep their colours', () => {
    const store = pinned(0, 0.25, 0.5);
    store.getState().removePin('xGe:0');
    expect(store.getState().pins.map((p) => p.slot)).toEqual([1, 2]);
    store.getState().setInput('xGe', 1);
    store.getState().pinCurrent();
    expect(store.getState().pins.map((p) => [p.key, p.slot])).toEqual([
      ['xGe:0.25', 1],
      ['xGe:0.5', 2],
      ['xGe:1', 0],
    ]);
  });

  it('removes one pin and its answer, clears them all, and ignores answers for no pin', () => {
    const store = pinned(0, 1);
    store.getState().setPinResult('xGe:0', { status: 'error', message: 'boom' });
    store.getState().setPinResult('xGe:0.5', { status: 'error', message: 'not a pin' });
    expect(Object.keys(store.getState().pinResults)).toEqual(['xGe:0']);
    store.getState().removePin('xGe:0');
    expect(keys(store)).toEqual(['xGe:1']);
    expect(store.getState().pinResults).toEqual({});
    expect(store.getState().announcement?.text).toBe(
      'Removed the pin at x = 0 (Si). 1 of 4 pinned.',
    );
    store.getState().clearPins();
    expect(store.getState().pins).toEqual([]);
  });

  it('leaves the pins alone on Reset all', () => {
    const store = pinned(0, 1);
    store.getState().resetAll();
    expect(keys(store)).toEqual(['xGe:0', 'xGe:1']);
    expect(store.getState().inputs).toEqual(DEFAULT_INPUTS);
  });

  it('names a pin by its x and what differs from the live view', () => {
    const store = pinned(0);
    store.getState().setInput('temperatureC', 60);
    store.getState().setInput('electronicScale', 10);
    store.getState().setInput('snapshotDepth', 0.6);
    store.getState().setChoice('cathode', 'lco');
    const [pin] = store.getState().pins;
    if (!pin) throw new Error('no pin');
    // Compared with the live view, not with the defaults.
    expect(pinLabel(pin, store.getState())).toBe(
      'x = 0 (Si), Temperature 25 °C, σe ×1, Depth of the snapshot 0.5, ' +
        'Cathode specific capacity 190 mAh/g, Cathode first-cycle efficiency 85 %, ' +
        'Cathode average discharge voltage 3.8 V, Full-cell cathode LiNi0.88Co0.09Mn0.03O2 (NCM88)',
    );
    store.getState().resetAll();
    expect(pinLabel(pin, store.getState())).toBe('x = 0 (Si)');
    store.getState().setInput('xGe', 0.3);
    expect(pinLabel(store.getState().pins[0] ?? pin, store.getState())).toBe('x = 0 (Si)');
  });
});
