import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('rate limiter', () => {
  it('lets a key through up to its limit per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('b')]).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.hit('a')).toBe(45);
    now = 60_000;
    expect(limiter.hit('a')).toBe(0);
  });

  it('stays bounded in memory', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 10);
    for (let i = 0; i < 1_000; i++) limiter.hit(`k${i}`);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10);
  });
});
