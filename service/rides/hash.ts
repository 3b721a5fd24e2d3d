import { createHash } from 'node:crypto';

/** A stable unsigned 32-bit number derived from the parts, for deterministic simulation choices. */
export function stableNumber(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest().readUInt32BE(0);
}

/** Picks one element deterministically. */
export function pick<T>(items: readonly T[], seed: number): T {
  const item = items[seed % items.length];
  if (item === undefined) throw new RangeError('pick() needs a non-empty list');
  return item;
}
