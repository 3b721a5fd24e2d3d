import { seedDemoRider } from '../../service/riders/demoRider';
import type { RiderRepository } from '../../service/riders/rider';
import type { Emulator } from '../core/Emulator';
import { emptyTables } from './emptyTables';

/** The parts of a running stack a reset touches. */
export interface ResetParts {
  /** The stack's own dynalite. */
  dynamodb: string;
  /** The service's riders, to seed the demo rider again. */
  riders: RiderRepository;
  /** Builds an emulator with no users, tokens, cards or conversations. */
  freshEmulator: () => Emulator;
}

/**
 * Starts the demo over without a restart, so "order a car" books again instead of answering that a ride is on
 * the way: empties the stack's tables (rides, grants, the skill's attributes), seeds the demo rider again, and
 * returns a fresh emulator (Alexa forgets its users, their links, cards and conversations).
 */
export async function resetDemo(parts: ResetParts): Promise<Emulator> {
  await emptyTables(parts.dynamodb);
  await seedDemoRider(parts.riders, new Date());
  return parts.freshEmulator();
}
