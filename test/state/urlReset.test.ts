import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';

afterEach(() => {
  vi.useRealTimers();
});

/** Just the address and replaceState, as startUrlSync uses them. */
function fakeWindow(href: string) {
  const win = {
    location: { href },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, url: string | URL) => {
        win.location.href = String(url);
      }),
    },
  };
  return win as unknown as Window;
}

describe('Reset all and the address', () => {
  it('empties the whole query at once, other parameters included, and keeps the hash', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://x.test/sige/?xGe=0.5&temperatureC=60&keep=1#notes');
    const store = createAppStore({ inputs: { ...DEFAULT_INPUTS, xGe: 0.5, temperatureC: 60 } });
    const stop = startUrlSync(store, { win, intervalMs: 200 });
    expect(win.location.href).toBe('https://x.test/sige/?xGe=0.5&temperatureC=60&keep=1#notes');
    store.getState().resetAll();
    // Not throttled like a drag: the reset is one deliberate act.
    expect(win.location.href).toBe('https://x.test/sige/#notes');
    vi.advanceTimersByTime(1000);
    expect(win.location.href).toBe('https://x.test/sige/#notes');
    // Changes after the reset are written as before.
    store.getState().setInput('xGe', 0.25);
    vi.advanceTimersByTime(200);
    expect(win.location.href).toBe('https://x.test/sige/?xGe=0.25#notes');
    stop();
  });
});
