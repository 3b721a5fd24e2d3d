import type { SlotInput } from '../alexa/envelopes';
import { sourceSpan, type Words, words } from './normalize';
import type { SlotTypeMatcher } from './slotValues';

/** One piece of a sample utterance: a normalized literal word or a `{slot}` placeholder. */
export type PatternPart = { literal: string } | { slot: string };

/** A sample utterance compiled for matching. */
export interface Pattern {
  intent: string;
  sample: string;
  parts: PatternPart[];
  literals: number;
}

/** A successful match of a pattern against the user's words. */
export interface PatternMatch {
  pattern: Pattern;
  slots: Record<string, SlotInput>;
  /** Higher is more specific: literal words first, then resolved slot values, then shorter slot captures. */
  score: number;
}

const PLACEHOLDER = /\{([^}]+)\}/g;

/** Compiles `"order a {rideType} to {destination}"` into literal words and slot placeholders. */
export function compilePattern(intent: string, sample: string): Pattern {
  const parts: PatternPart[] = [];
  let last = 0;
  for (const match of sample.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    for (const token of words(sample.slice(last, index)).tokens) parts.push({ literal: token.norm });
    parts.push({ slot: (match[1] ?? '').trim() });
    last = index + match[0].length;
  }
  for (const token of words(sample.slice(last)).tokens) parts.push({ literal: token.norm });
  return { intent, sample, parts, literals: parts.filter((part) => 'literal' in part).length };
}

/** The limit on alternative captures explored per pattern, so a pathological sample cannot stall a turn. */
const MAX_CANDIDATES = 500;

/**
 * Every way the pattern can cover all of the user's words; each slot takes one or more consecutive words.
 * `slotType` gives the matcher of a slot by name, or undefined for a slot the intent does not declare.
 */
export function matchPattern(
  pattern: Pattern,
  input: Words,
  slotType: (slot: string) => SlotTypeMatcher | undefined,
): PatternMatch[] {
  const results: PatternMatch[] = [];
  const captured: Record<string, SlotInput> = {};
  const walk = (part: number, at: number, slotWords: number): void => {
    if (results.length >= MAX_CANDIDATES) return;
    const current = pattern.parts[part];
    if (current === undefined) {
      if (at === input.tokens.length) {
        const resolved = Object.values(captured).filter((slot) => slot.resolved !== undefined).length;
        const score = pattern.literals * 1000 + resolved * 100 - slotWords;
        results.push({ pattern, slots: { ...captured }, score });
      }
      return;
    }
    if ('literal' in current) {
      if (input.tokens[at]?.norm === current.literal) walk(part + 1, at + 1, slotWords);
      return;
    }
    const matcher = slotType(current.slot);
    if (matcher === undefined) return;
    const remaining = input.tokens.length - at;
    for (let length = 1; length <= Math.min(remaining, matcher.maxWords); length++) {
      const slot = matcher.accept(sourceSpan(input, at, at + length));
      if (slot === undefined) continue;
      captured[current.slot] = slot;
      walk(part + 1, at + length, slotWords + length);
      delete captured[current.slot];
    }
  };
  walk(0, 0, 0);
  return results;
}

/** The highest-scoring match, ties going to the earlier candidate (model order). */
export function bestMatch(matches: Iterable<PatternMatch>): PatternMatch | undefined {
  let best: PatternMatch | undefined;
  for (const match of matches) if (best === undefined || match.score > best.score) best = match;
  return best;
}
