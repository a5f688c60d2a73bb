import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLivePacer } from '../../src/state/livePacer';

describe('live pacer', () => {
  let held = false;
  let shown: number[] = [];
  let shownAt: number[] = [];
  const pacer = () =>
    createLivePacer<number>({
      held: () => held,
      show: (v) => {
        shown.push(v);
        shownAt.push(performance.now());
      },
      intervalMs: 50,
    });

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    held = false;
    shown = [];
    shownAt = [];
  });
  afterEach(() => vi.useRealTimers());

  it('at rest, shows every answer at once', () => {
    const p = pacer();
    p.offer(1);
    p.offer(2);
    expect(shown).toEqual([1, 2]);
  });

  it('while held, shows the newest answer at most once per interval and skips the rest', async () => {
    const p = pacer();
    held = true;
    p.offer(1); // nothing shown for a while: at once
    p.offer(2);
    p.offer(3);
    expect(shown).toEqual([1]);
    await vi.advanceTimersByTimeAsync(49);
    expect(shown).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual([1, 3]); // 2 was never drawn
    // Answers every 20 ms for 400 ms: one shown per 50 ms, never two within an interval.
    for (let i = 0; i < 20; i += 1) {
      p.offer(10 + i);
      await vi.advanceTimersByTimeAsync(20);
    }
    const gaps = shownAt.slice(1).map((t, i) => t - shownAt[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    expect(shown.length - 2).toBeGreaterThanOrEqual(7);
  });

  it('on release, flush shows the held-back answer at once; dispose drops it', async () => {
    const p = pacer();
    held = true;
    p.offer(1);
    p.offer(2);
    held = false;
    p.flush();
    expect(shown).toEqual([1, 2]);
    p.flush(); // nothing waits: nothing more
    expect(shown).toEqual([1, 2]);

    held = true;
    p.offer(3);
    p.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(shown).toEqual([1, 2]);
  });
});
