import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Stack } from '../../../emulator/stack/startStack';
import { runLoad, seedRiders } from '../../../scripts/load/loadRun';
import { STEPS } from '../../../scripts/load/stats';
import { startTestStack } from '../../helpers/emulator/stack';

/** `npm run load` in small: the same code, a few users at once; counts and errors, never times. */
describe('the load run, short', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('links every user through the headless client from its own address and answers every invocation right', async () => {
    const riders = await seedRiders(stack, 4);
    const result = await runLoad(stack, riders, {
      linkings: 8,
      concurrency: 4,
      invocations: 40,
      invocationConcurrency: 2,
    });
    expect(result.errors).toEqual([]);
    expect(result.linked).toBe(8);
    expect(result.invocations).toBe(40);
    const counts = Object.fromEntries(STEPS.map((step) => [step, result.timings[step].length]));
    expect(counts).toEqual({
      authorize: 8,
      'sign-in': 8,
      consent: 8,
      token: 8,
      'first linked answer': 8,
      invocation: 40,
    });
  }, 60_000);
});
