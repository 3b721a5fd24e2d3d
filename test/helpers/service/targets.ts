import { startBundleService } from './bundleService';
import { fakeClock } from './clock';
import type { ServiceUrls } from './link';
import { startTestService } from './testService';

/** A fresh service for one test, either the TypeScript source in this process or the shipped bundle. */
export interface ServiceTarget {
  service: ServiceUrls;
  close(): Promise<void>;
}

/**
 * The two ways to run the service, for `describe.each`: test what you ship. With `frozenClock` time stands still
 * at the start of a throttle window of that many seconds (source) or at start-up (bundle), so a burst of attempts
 * never straddles a window.
 */
export function serviceTargets(options: { frozenClock?: number } = {}): Array<[string, () => Promise<ServiceTarget>]> {
  return [
    [
      'the TypeScript source',
      async () => {
        if (options.frozenClock) fakeClock({ freezeAtWindowStart: options.frozenClock });
        const service = await startTestService();
        return { service, close: () => service.close() };
      },
    ],
    [
      'the built bundle dist/service behind API Gateway events',
      async () => {
        const storage = await startTestService();
        const bundle = await startBundleService(storage, { frozenClock: options.frozenClock !== undefined });
        return {
          service: bundle,
          close: async () => {
            await bundle.close();
            await storage.close();
          },
        };
      },
    ],
  ];
}
