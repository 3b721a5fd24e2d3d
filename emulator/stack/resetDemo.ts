import type { Emulator } from '../core/Emulator';
import { emptyTables } from './emptyTables';

/** The parts of a running stack a reset touches. */
export interface ResetParts {
  /** The stack's own dynalite. */
  dynamodb: string;
  /** Seeds the demo data again (the service's demo rider). */
  seed: () => Promise<void>;
  /** Builds an emulator with no users, tokens, cards or conversations. */
  freshEmulator: () => Emulator;
}

/**
 * Starts the demo over without a restart, so "order a car" books again instead of answering that a ride is on
 * the way: empties the stack's tables (rides, grants, the skill's attributes), seeds the demo data again, and
 * returns a fresh emulator (Alexa forgets its users, their links, cards and conversations).
 */
export async function resetDemo(parts: ResetParts): Promise<Emulator> {
  await emptyTables(parts.dynamodb);
  await parts.seed();
  return parts.freshEmulator();
}
