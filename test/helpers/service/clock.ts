import { afterEach, jest } from '@jest/globals';

const running = new Set<() => void>();

/** Puts the real `Date.now()` back; runs by itself after every test of a file that imports this helper. */
export function restoreClocks(): void {
  for (const restore of running) restore();
}
afterEach(restoreClocks);

/**
 * Controls `Date.now()` for expiry and throttling tests. oidc-provider, the adapter and the throttle all read
 * `Date.now()`, so this is the only clock to fake; timers and I/O stay real, and no assertion depends on elapsed
 * time. With `freezeAtWindowStart`, time stands still at the start of the next throttle window of that many
 * seconds, so a burst of attempts can never straddle a window boundary.
 */
export function fakeClock(options: { freezeAtWindowStart?: number } = {}) {
  const realNow = Date.now.bind(Date);
  let offsetMs = 0;
  let frozenAt: number | undefined;
  if (options.freezeAtWindowStart) {
    const windowMs = options.freezeAtWindowStart * 1000;
    frozenAt = Math.ceil(realNow() / windowMs) * windowMs + 1000;
  }
  const spy = jest.spyOn(Date, 'now').mockImplementation(() => (frozenAt ?? realNow()) + offsetMs);
  const restore = () => {
    spy.mockRestore();
    running.delete(restore);
  };
  running.add(restore);
  return {
    /** Jumps ahead by `seconds`. */
    advance(seconds: number): void {
      offsetMs += seconds * 1000;
    },
    restore,
  };
}
