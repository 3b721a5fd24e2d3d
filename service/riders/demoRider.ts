import { RiderExistsError } from '../errors';
import type { RiderRepository } from './rider';
import { createRider } from './riderService';

/** The demo rider local mode seeds, so the flow works out of the box. Never seeded in production. */
export const DEMO_RIDER = { email: 'rider@example.com', password: 'ride-hailer-demo', name: 'Alex Rider' } as const;

/** A second demo rider, for a second person of the same household linking a profile of their own. */
export const SECOND_DEMO_RIDER = { email: 'sam@example.com', password: 'ride-hailer-sam', name: 'Sam Rider' } as const;

/** Creates the demo riders unless they exist already. */
export async function seedDemoRider(riders: RiderRepository, now: Date): Promise<void> {
  for (const rider of [DEMO_RIDER, SECOND_DEMO_RIDER]) {
    if (await riders.findByEmail(rider.email)) continue;
    try {
      await createRider(riders, rider, now);
    } catch (error) {
      if (!(error instanceof RiderExistsError)) throw error;
    }
  }
}
