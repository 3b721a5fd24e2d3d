import { describe, expect, it } from '@jest/globals';
import { Throttle } from '../../../../service/oauth/throttle';
import type { CounterStore } from '../../../../service/store/counters';

/** The counter contract in memory; the DynamoDB one is checked by the store suites. */
function memoryCounters(): CounterStore & { count(subject: string, end: number): number } {
  const counts = new Map<string, number>();
  const count = (subject: string, end: number) => counts.get(`${subject}@${end}`) ?? 0;
  return {
    count,
    incrementBelow: async (subject, end, limit) => {
      if (count(subject, end) >= limit) return false;
      counts.set(`${subject}@${end}`, count(subject, end) + 1);
      return true;
    },
    decrement: async (subject, end) => {
      counts.set(`${subject}@${end}`, Math.max(0, count(subject, end) - 1));
    },
    read: async (subject, end, now) => (end <= now ? 0 : count(subject, end)),
    watch: () => {},
    readWatched: async (subject, end, now) => (end <= now ? 0 : count(subject, end)),
  };
}

describe('Throttle', () => {
  const rule = { name: 'test', limit: 3, windowSeconds: 60 };
  const subject = [{ rule, value: 'a@example.com' }];

  it('locks a subject at the limit until its fixed window ends', async () => {
    let now = 1_000_040_000;
    const throttle = new Throttle(memoryCounters(), () => now);
    for (let i = 0; i < 2; i++) await expect(throttle.recordFailure(subject)).resolves.toBe(0);
    await expect(throttle.lockedFor(subject)).resolves.toBe(0);
    await throttle.recordFailure(subject);
    await expect(throttle.lockedFor(subject)).resolves.toBe(40);
    await expect(throttle.recordFailure(subject)).resolves.toBe(40);
    now += 40_000;
    await expect(throttle.lockedFor(subject)).resolves.toBe(0);
  });

  it('counts subjects separately and reports the longest wait', async () => {
    const throttle = new Throttle(memoryCounters(), () => 1_000_000_000);
    const other = { rule: { ...rule, name: 'other', windowSeconds: 600 }, value: 'x' };
    for (let i = 0; i < 3; i++) await throttle.recordFailure([other]);
    await expect(throttle.lockedFor(subject)).resolves.toBe(0);
    await expect(throttle.lockedFor([...subject, other])).resolves.toBe(200);
  });

  it('keeps a reservation as a failure, and a released one is given back', async () => {
    const throttle = new Throttle(memoryCounters(), () => 1_000_040_000);
    const kept = await throttle.reserve(subject);
    expect(kept.locked).toBe(false);
    for (let i = 0; i < 5; i++) {
      const attempt = await throttle.reserve(subject);
      if (attempt.locked) throw new Error('a released reservation must not pile up');
      await attempt.release();
    }
    await throttle.reserve(subject);
    await throttle.reserve(subject);
    await expect(throttle.reserve(subject)).resolves.toEqual({ locked: true, retryAfterSeconds: 40 });
  });

  it('reserves on every subject or on none, so a locked address does not eat the account’s attempts', async () => {
    const counters = memoryCounters();
    const throttle = new Throttle(counters, () => 1_000_040_000);
    const address = { rule: { ...rule, name: 'address', limit: 1 }, value: '192.0.2.1' };
    await throttle.recordFailure([address]);
    await expect(throttle.reserve([...subject, address])).resolves.toEqual({ locked: true, retryAfterSeconds: 40 });
    expect(counters.count('test:a@example.com', 1_000_080)).toBe(0);
    expect(counters.count('address:192.0.2.1', 1_000_080)).toBe(1);
  });

  it('gives a reservation back in the window it was taken, even when the clock has moved on', async () => {
    let now = 1_000_078_000;
    const counters = memoryCounters();
    const throttle = new Throttle(counters, () => now);
    const attempt = await throttle.reserve(subject);
    now += 5_000;
    if (attempt.locked) throw new Error('expected a reservation');
    await attempt.release();
    expect(counters.count('test:a@example.com', 1_000_080)).toBe(0);
  });
});
