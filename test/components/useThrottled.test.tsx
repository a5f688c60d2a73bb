// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { useThrottledAppStore } from '../../src/components/useThrottled';
import { StoreContext } from '../../src/state/context';
import { selectXGe } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';

describe('useThrottledAppStore', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('renders only for the values it shows, at most once per interval, the newest last', () => {
    const store = createAppStore();
    let renders = 0;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    );
    const { result } = renderHook(
      () => {
        renders += 1;
        return useThrottledAppStore(selectXGe, 250);
      },
      { wrapper },
    );
    expect(result.current).toBe(0.125);
    const before = renders;

    act(() => store.getState().setInput('xGe', 0.2));
    expect(result.current).toBe(0.2); // after a quiet spell: at once
    act(() => {
      for (const x of [0.3, 0.4, 0.5]) store.getState().setInput('xGe', x);
    });
    act(() => vi.advanceTimersByTime(249));
    expect(result.current).toBe(0.2);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(0.5);
    // One render per value shown; none for the values in between.
    expect(renders - before).toBe(2);
  });
});
