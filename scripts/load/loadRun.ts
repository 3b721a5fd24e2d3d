import type { EmulatedUser } from '../../emulator/core/EmulatedUser';
import { Emulator } from '../../emulator/core/Emulator';
import { AccountLinker } from '../../emulator/linking/AccountLinker';
import type { Credentials } from '../../emulator/linking/headlessBrowser';
import type { Stack } from '../../emulator/stack/startStack';
import { createRider } from '../../service/riders/riderService';
import { createDynamoClient } from '../../service/store/dynamo';
import { dynamoRiderRepository } from '../../service/store/riders';
import { type Exchange, loopbackFetch } from './loopbackFetch';
import { emptyTimings, type Step, type Timings } from './stats';

/** How much load: linkings in all and how many at once, then invocations in all (spread over the linked users). */
export interface LoadOptions {
  linkings: number;
  concurrency: number;
  invocations: number;
  /** How many linked users talk at once in the invocation phase (at most `concurrency`). */
  invocationConcurrency: number;
}

/** What a load run found: every error in words, what was done, and the time of every step. */
export interface LoadResult {
  errors: string[];
  linked: number;
  invocations: number;
  timings: Timings;
}

/** A booking from order to cancel: done whole or not at all, so the rider (shared by a lane) never keeps a ride. */
type Line = [string, RegExp];

const BOOKING: Line[] = [
  ['order a car to the airport', /Shall I book it\?$/],
  ['yes', /^Your ride is booked\./],
  ['ask ride hailer where is my ride', /airport/],
  ['ask ride hailer to cancel my ride', /^Do you want me to cancel/],
  ['yes', /^Done\. Your ride to .* is cancelled\./],
];
/** Requests that leave nothing behind, each with what a right answer starts with or contains. */
const NEUTRAL: Line[] = [
  ['how much is a ride to the airport', /^The fare for/],
  ['open ride hailer', /^Welcome back/],
  ['help', /\S/],
  ['stop', /\S/],
  ['ask ride hailer how much is a ride to the station', /^The fare for/],
];

/** `count` utterances for one linked user: a whole booking when it fits, the rest neutral. */
function conversation(count: number): Line[] {
  const lines = count >= BOOKING.length ? [...BOOKING] : [];
  while (lines.length < count) lines.push(NEUTRAL[lines.length % NEUTRAL.length] as Line);
  return lines;
}
const FIRST_LINKED_ANSWER: Line = ['open ride hailer', /^Welcome back/];

/** The service's table in the stack (the default name; the stack does not change it). */
const SERVICE_TABLE = 'ride-hailer-service';

/** One rider per lane, so that no account sees more than one sign-in at a time (as with real users). */
export async function seedRiders(stack: Stack, count: number): Promise<Credentials[]> {
  const client = createDynamoClient({
    mode: 'local',
    dynamo: { region: 'us-east-1', endpoint: stack.urls.dynamodb, table: SERVICE_TABLE },
  });
  try {
    const repo = dynamoRiderRepository(client, SERVICE_TABLE);
    const lanes = Array.from({ length: count }, (_, lane) => ({
      username: `load-rider-${lane}@example.com`,
      password: `load-password-${lane}`,
    }));
    // One at a time: Argon2 hashing is slow on purpose, and the stack is busy enough with the run itself.
    for (const [lane, rider] of lanes.entries()) {
      await createRider(
        repo,
        { email: rider.username, name: `Load Rider ${lane}`, password: rider.password },
        new Date(),
      );
    }
    return lanes;
  } finally {
    client.destroy();
  }
}

/** Which step an HTTP exchange of the linking belongs to, given the step so far. */
function stepOf(exchange: Exchange, current: Step): Step {
  const { method, url } = exchange;
  if (url.pathname === '/token') return 'token';
  if (method === 'POST' && url.pathname.endsWith('/login')) return 'sign-in';
  if (method === 'POST' && url.pathname.endsWith('/consent')) return 'consent';
  return current;
}

/**
 * Runs `linkings` account linkings through the emulator's headless linking client, `concurrency` at a time, each
 * lane from its own loopback address with its own rider, each followed by the user's first linked answer; then
 * the invocations through the emulator's conversation layer, `invocationConcurrency` users at a time, each user
 * its share. Every linking that fails and every wrong answer is an error.
 */
export async function runLoad(stack: Stack, riders: Credentials[], options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { errors: [], linked: 0, invocations: 0, timings: emptyTimings() };
  const perUser = Math.floor(options.invocations / options.linkings);
  const extra = options.invocations - perUser * options.linkings;
  /** The linked users of each lane (so of each rider), in the order they were linked. */
  const linkedByLane: Array<Array<{ n: number; user: EmulatedUser; emulator: Emulator }>> = riders.map(() => []);
  let next = 0;

  const say = async (emulator: Emulator, user: EmulatedUser, n: number, [text, expected]: Line, timed: Step) => {
    const started = performance.now();
    const turn = await emulator.say(user, text);
    result.timings[timed].push(performance.now() - started);
    const failed = turn.exchanges.find((exchange) => exchange.error !== undefined);
    if (failed !== undefined || !expected.test(turn.speech ?? '')) {
      result.errors.push(`user ${n}, "${text}": ${failed?.error ?? turn.speech ?? 'no speech'}`);
    }
  };

  const linkingLane = async (index: number) => {
    let step: Step = 'authorize';
    let stepMs = 0;
    const fetcher = loopbackFetch(`127.0.${1 + Math.floor(index / 250)}.${2 + (index % 250)}`, (exchange) => {
      const now = stepOf(exchange, step);
      if (now !== step) {
        result.timings[step].push(stepMs);
        step = now;
        stepMs = 0;
      }
      stepMs += exchange.ms;
    });
    const emulator = new Emulator({
      ...stack.emulator.options,
      linker: new AccountLinker(stack.linking, stack.redirectUri, { fetch: fetcher }),
    });
    const credentials = riders[index] as Credentials;
    for (let n = next++; n < options.linkings; n = next++) {
      const user = emulator.user(`load-user-${n}`);
      step = 'authorize';
      stepMs = 0;
      const linking = await emulator.linkHeadless(user, credentials);
      result.timings[step].push(stepMs);
      if (linking.tokens === undefined) {
        result.errors.push(`linking ${n}: ${linking.trace.outcome}`);
        continue;
      }
      result.linked += 1;
      await say(emulator, user, n, FIRST_LINKED_ANSWER, 'first linked answer');
      linkedByLane[index]?.push({ n, user, emulator });
    }
  };

  // The users of one rider talk one after another (a rider has one ride at a time); riders in parallel.
  const invocationWorker = async (worker: number, workers: number) => {
    for (let lane = worker; lane < linkedByLane.length; lane += workers) {
      for (const { n, user, emulator } of linkedByLane[lane] ?? []) {
        for (const line of conversation(perUser + (n < extra ? 1 : 0))) {
          await say(emulator, user, n, line, 'invocation');
          result.invocations += 1;
        }
      }
    }
  };

  const lanes = Math.min(options.concurrency, riders.length);
  await Promise.all(Array.from({ length: lanes }, (_, i) => linkingLane(i)));
  const workers = Math.min(options.invocationConcurrency, lanes);
  await Promise.all(Array.from({ length: workers }, (_, i) => invocationWorker(i, workers)));
  return result;
}
