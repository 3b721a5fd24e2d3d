import { jest } from '@jest/globals';

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
  return {
    /** Jumps ahead by `seconds`. */
    advance(seconds: number): void {
      offsetMs += seconds * 1000;
    },
    restore(): void {
      spy.mockRestore();
    },
  };
}
