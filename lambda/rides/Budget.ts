/** The time one skill request may spend on calls out (linked service, DynamoDB); every call gets what is left. */
export class Budget {
  private readonly deadline: number;

  constructor(
    totalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + totalMs;
  }

  /** Milliseconds left, never negative. */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.now());
  }
}
