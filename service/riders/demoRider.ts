import { RiderExistsError } from '../errors';
import type { RiderRepository } from './rider';
import { createRider } from './riderService';

/** The demo rider local mode seeds, so the flow works out of the box. Never seeded in production. */
export const DEMO_RIDER = { email: 'rider@example.com', password: 'ride-hailer-demo', name: 'Alex Rider' } as const;

/** Creates the demo rider unless it exists already. */
export async function seedDemoRider(riders: RiderRepository, now: Date): Promise<void> {
  if (await riders.findByEmail(DEMO_RIDER.email)) return;
  try {
    await createRider(riders, DEMO_RIDER, now);
  } catch (error) {
    if (!(error instanceof RiderExistsError)) throw error;
  }
}
