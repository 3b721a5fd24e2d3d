import { describe, expect, it } from '@jest/globals';
import { Throttle } from '../../../../service/oauth/throttle';
import type { CounterStore } from '../../../../service/store/counters';

function memoryCounters(): CounterStore {
  const counts = new Map<string, number>();
  return {
    increment: async (subject, end) => {
      const key = `${subject}@${end}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return counts.get(key) ?? 0;
    },
    read: async (subject, end, now) => (end <= now ? 0 : (counts.get(`${subject}@${end}`) ?? 0)),
  };
}

describe('Throttle', () => {
  const rule = { name: 'test', limit: 3, windowSeconds: 60 };
  const subject = [{ rule, value: 'a@example.com' }];

  it('locks a subject at the limit until its fixed window ends', async () => {
    let now = 1_000_040_000;
    const throttle = new Throttle(memoryCounters(), () => now);
    for (let i = 0; i < 2; i++) await throttle.recordFailure(subject);
    await expect(throttle.lockedFor(subject)).resolves.toBe(0);
    await throttle.recordFailure(subject);
    await expect(throttle.lockedFor(subject)).resolves.toBe(40);
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
});
