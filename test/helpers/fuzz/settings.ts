import fc from 'fast-check';

/**
 * Seeded, reproducible runs: `FUZZ_SEED` picks another seed, `FUZZ_RUNS` multiplies the number of cases (for a
 * long run: `FUZZ_RUNS=20 npm run test:jest -- test/fuzz`). A failure prints the seed and the path that replays it.
 */
export function fuzzParameters<T>(runs: number): fc.Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED ?? 20261201);
  return { seed, numRuns: Math.max(1, Math.round(runs * runFactor())), endOnFailure: true };
}

function runFactor(): number {
  const factor = Number(process.env.FUZZ_RUNS ?? 1);
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

/** A jest timeout for a property whose default run takes well under `ms`, scaled with `FUZZ_RUNS`. */
export function fuzzTimeout(ms: number): number {
  return Math.round(ms * Math.max(1, runFactor()));
}

/** Strings that break careless SSML, HTML or JSON handling, mixed into the generated values. */
export const HOSTILE_STRINGS = [
  '<speak>',
  '</speak><audio src="https://evil.example/a.mp3"/>',
  ']]><![CDATA[',
  '&',
  '&amp;',
  '&#x3C;',
  '"\'`',
  '<break time="10s"/>',
  '\u0000\u0001\u001f',
  '\ud800',
  '\u202e',
  '👩‍👩‍👧‍👦',
  'नमस्ते',
  '{destination}',
  '%s%n',
  '../../etc/passwd',
  '__proto__',
  'constructor',
];

/** Any string, weighted towards the hostile ones and towards very long ones. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 12000 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...HOSTILE_STRINGS), { maxLength: 6 }).map((parts) => parts.join(' ')),
  },
);
