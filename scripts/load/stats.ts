/** The steps the load run times, in the order a user goes through them. */
export const STEPS = ['authorize', 'sign-in', 'consent', 'token', 'first linked answer', 'invocation'] as const;
export type Step = (typeof STEPS)[number];

/** Milliseconds per step, one entry per occurrence. */
export type Timings = Record<Step, number[]>;

/** No samples yet, for every step. */
export function emptyTimings(): Timings {
  return Object.fromEntries(STEPS.map((step) => [step, []])) as unknown as Timings;
}

/** The value below which `p` percent of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** One line per step: count, p50 and p99 in milliseconds. */
export function describeTimings(timings: Timings): string[] {
  return STEPS.map((step) => {
    const samples = timings[step];
    const p50 = percentile(samples, 50).toFixed(1);
    const p99 = percentile(samples, 99).toFixed(1);
    return `  ${step.padEnd(20)} n=${String(samples.length).padStart(5)}  p50 ${p50.padStart(7)} ms  p99 ${p99.padStart(7)} ms`;
  });
}
