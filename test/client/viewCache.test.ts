import { describe, expect, it, vi } from 'vitest';
import { createViewCache } from '../../src/client/viewCache';

describe('view cache', () => {
  it('computes a key once, keeps the most recently used, and forgets the oldest', async () => {
    const cache = createViewCache<string>(2);
    const compute = vi.fn((key: string) => Promise.resolve(`view ${key}`));
    const get = (key: string) => cache.remember(key, () => compute(key));
    expect(await get('a')).toBe('view a');
    await get('b');
    expect(await get('a')).toBe('view a'); // kept: no second computation
    expect(compute).toHaveBeenCalledTimes(2);
    await get('c'); // 'b' is the least recently used now
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('c')).toBe(true);
  });

  it('keeps nothing of a failed or unfinished computation', async () => {
    const cache = createViewCache<string>(4);
    await expect(
      cache.remember('a', () => Promise.reject(new Error('worker died'))),
    ).rejects.toThrow('worker died');
    expect(cache.has('a')).toBe(false);
    void cache.remember('b', () => new Promise<string>(() => {}));
    expect(cache.has('b')).toBe(false);
    expect(await cache.remember('a', () => Promise.resolve('second try'))).toBe('second try');
    cache.clear();
    expect(cache.has('a')).toBe(false);
  });
});
