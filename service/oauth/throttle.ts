import type { CounterStore } from '../store/counters';

/** At most `limit` failures per subject in each fixed window of `windowSeconds`. */
export interface ThrottleRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Login: 5 failures per account and 20 per client address in 15 minutes (RFC 6819 §5.1.4.2.3). */
export const LOGIN_RULES = {
  account: { name: 'login-account', limit: 5, windowSeconds: 900 },
  address: { name: 'login-address', limit: 20, windowSeconds: 900 },
} as const satisfies Record<string, ThrottleRule>;

/** Token and revocation endpoints: 10 failed client authentications per address in 15 minutes (RFC 6749 §2.3.1). */
export const CLIENT_AUTH_RULE: ThrottleRule = { name: 'client-auth-address', limit: 10, windowSeconds: 900 };

/** One subject checked against one rule, e.g. an email against the per-account rule. */
export interface ThrottleSubject {
  rule: ThrottleRule;
  value: string;
}

/** A reserved attempt: kept, it counts as a failure; `release` gives it back once the secret proved right. */
export type Attempt = { locked: true; retryAfterSeconds: number } | { locked: false; release(): Promise<void> };

interface Slot {
  key: string;
  end: number;
  limit: number;
  wait: number;
}

/**
 * Counts failures and locks a subject once a rule's limit is reached, until its window ends. Unknown and known
 * accounts are counted alike, so a lock reveals nothing about whether an email exists. Every count is one atomic
 * conditional update that refuses past the limit, so parallel requests cannot get more answers than the limit.
 */
export class Throttle {
  constructor(
    private readonly counters: CounterStore,
    private readonly now: () => number,
  ) {}

  private slots(subjects: ThrottleSubject[]): Slot[] {
    const nowSeconds = Math.floor(this.now() / 1000);
    return subjects.map(({ rule, value }) => {
      const end = (Math.floor(nowSeconds / rule.windowSeconds) + 1) * rule.windowSeconds;
      return { key: `${rule.name}:${value}`, end, limit: rule.limit, wait: end - nowSeconds };
    });
  }

  /** Adds one to every slot that is below its limit; returns the longest wait of those that were full (0: none). */
  private async take(slots: Slot[]): Promise<{ taken: Slot[]; wait: number }> {
    const results = await Promise.all(slots.map((s) => this.counters.incrementBelow(s.key, s.end, s.limit)));
    const taken = slots.filter((_, i) => results[i]);
    const wait = Math.max(0, ...slots.filter((_, i) => !results[i]).map((s) => s.wait));
    return { taken, wait };
  }

  private async giveBack(slots: Slot[]): Promise<void> {
    await Promise.all(slots.map((s) => this.counters.decrement(s.key, s.end)));
  }

  /**
   * Reserve first, then verify: counts the attempt against every subject before the secret is checked, so a
   * burst gets at most `limit` checks. For secrets that are expensive to check (passwords). Costs one round trip;
   * the release after a success is the other.
   */
  async reserve(subjects: ThrottleSubject[]): Promise<Attempt> {
    const { taken, wait } = await this.take(this.slots(subjects));
    if (wait > 0) {
      await this.giveBack(taken);
      return { locked: true, retryAfterSeconds: wait };
    }
    return { locked: false, release: () => this.giveBack(taken) };
  }

  /**
   * Counts one failure against every subject that is below its limit. Returns 0 when the failure fit, or the
   * seconds to wait when a subject was already full: the caller must then answer "locked", not the verdict.
   */
  async recordFailure(subjects: ThrottleSubject[]): Promise<number> {
    return (await this.take(this.slots(subjects))).wait;
  }

  /** The seconds until the first locked subject unlocks, or 0 when none is locked (a strongly consistent read). */
  async lockedFor(subjects: ThrottleSubject[]): Promise<number> {
    const nowSeconds = Math.floor(this.now() / 1000);
    const slots = this.slots(subjects);
    const counts = await Promise.all(slots.map((s) => this.counters.read(s.key, s.end, nowSeconds)));
    return this.longestWait(slots, counts);
  }

  /**
   * Watches the lock of `subjects` through the current request: its counters come with every read the request
   * makes from now on (no round trip of their own). The function returns the seconds to wait as of the latest of
   * those reads, and reads once itself when the request has read nothing since.
   */
  watch(subjects: ThrottleSubject[]): () => Promise<number> {
    const slots = this.slots(subjects);
    for (const s of slots) this.counters.watch(s.key, s.end);
    return async () => {
      const nowSeconds = Math.floor(this.now() / 1000);
      const counts = await Promise.all(slots.map((s) => this.counters.readWatched(s.key, s.end, nowSeconds)));
      return this.longestWait(slots, counts);
    };
  }

  private longestWait(slots: Slot[], counts: number[]): number {
    return Math.max(0, ...slots.filter((s, i) => (counts[i] ?? 0) >= s.limit).map((s) => s.wait));
  }
}
