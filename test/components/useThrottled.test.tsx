// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from '../../src/components/useThrottled';

describe('useThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a change after a quiet spell at once, and a burst at most once per interval', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottled(v, 250), {
      initialProps: { v: 0 },
    });
    rerender({ v: 1 });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    rerender({ v: 3 });
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(249));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(1));
    // The newest value of the burst, never an intermediate one.
    expect(result.current).toBe(3);
  });
});
