// npm run load: the whole stack in this process (dynalite, service, skill, emulator), driven by many users at once
// over loopback only. Prints errors, p50/p99 per step and the heap after each of two identical runs; exits 1 when
// anything failed or the second run's heap grew past the first by more than 10 %.
// Options: --linkings 200 --concurrency 50 --invocations 2000 --invocation-concurrency 20 --max-seconds 900
import { parseArgs } from 'node:util';
import { applyLocalProcessDefaults, loadEmulatorConfig } from '../../emulator/config';
import { EPHEMERAL_STACK, startStack } from '../../emulator/stack/startStack';
import { runLoad, seedRiders } from './loadRun';
import { describeTimings } from './stats';

const { values } = parseArgs({
  options: {
    linkings: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '50' },
    invocations: { type: 'string', default: '2000' },
    'invocation-concurrency': { type: 'string', default: '20' },
    'max-seconds': { type: 'string', default: '900' },
  },
});
const options = {
  linkings: Number(values.linkings),
  concurrency: Number(values.concurrency),
  invocations: Number(values.invocations),
  invocationConcurrency: Number(values['invocation-concurrency']),
};
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (npm run load does)');
// Bounded in time as in count: a run that hangs stops itself.
setTimeout(() => {
  console.error(`load: gave up after ${values['max-seconds']} s`);
  process.exit(1);
}, Number(values['max-seconds']) * 1000).unref();

applyLocalProcessDefaults();
const stack = await startStack({ ...loadEmulatorConfig({}), ...EPHEMERAL_STACK });
/** Timers of the last requests (timeouts of up to 10 s) hold what they refer to; they run out before the count. */
const SETTLE_MS = 11_000;
const heapAfterRun = async (): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let errors = 0;
const heaps: number[] = [];
console.log(
  `load: ${options.linkings} linkings, ${options.concurrency} at a time, then ${options.invocations} invocations, ` +
    `${options.invocationConcurrency} users at a time; twice`,
);
for (const run of [1, 2]) {
  if (run > 1) await stack.reset();
  const riders = await seedRiders(stack, options.concurrency);
  const started = performance.now();
  const result = await runLoad(stack, riders, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  heaps.push(await heapAfterRun());
  errors += result.errors.length;
  console.log(`run ${run}: ${result.linked} linked, ${result.invocations} invocations in ${seconds} s`);
  for (const line of describeTimings(result.timings)) console.log(line);
  for (const error of result.errors.slice(0, 10)) console.log(`  error: ${error}`);
  console.log(`  heap after run ${run}: ${mb(heaps[run - 1] ?? 0)}`);
}
await stack.close();

const [first = 0, second = 0] = heaps;
const growth = ((second - first) / first) * 100;
console.log(`errors: ${errors}`);
console.log(`heap: run 1 ${mb(first)}, run 2 ${mb(second)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)`);
process.exit(errors === 0 && second <= first * 1.1 ? 0 : 1);
