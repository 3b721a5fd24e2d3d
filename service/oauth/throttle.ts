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

/**
 * Counts failures and locks a subject once a rule's limit is reached, until its window ends. Unknown and known
 * accounts are counted alike, so a lock reveals nothing about whether an email exists.
 */
export class Throttle {
  constructor(
    private readonly counters: CounterStore,
    private readonly now: () => number,
  ) {}

  private window(rule: ThrottleRule): { end: number; nowSeconds: number } {
    const nowSeconds = Math.floor(this.now() / 1000);
    const end = (Math.floor(nowSeconds / rule.windowSeconds) + 1) * rule.windowSeconds;
    return { end, nowSeconds };
  }

  private subjectKey(subject: ThrottleSubject): string {
    return `${subject.rule.name}:${subject.value}`;
  }

  /** The seconds until the first locked subject unlocks, or 0 when none is locked. */
  async lockedFor(subjects: ThrottleSubject[]): Promise<number> {
    const waits = await Promise.all(
      subjects.map(async (subject) => {
        const { end, nowSeconds } = this.window(subject.rule);
        const count = await this.counters.read(this.subjectKey(subject), end, nowSeconds);
        return count >= subject.rule.limit ? end - nowSeconds : 0;
      }),
    );
    return Math.max(0, ...waits);
  }

  /** Records one failure for every subject. */
  async recordFailure(subjects: ThrottleSubject[]): Promise<void> {
    await Promise.all(
      subjects.map((subject) => this.counters.increment(this.subjectKey(subject), this.window(subject.rule).end)),
    );
  }
}
