import { realpathSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_RIDER } from '../riders/demoRider';
import { startService } from '../server';
import { BENCH_REDIRECT_URI, CodeFactory } from './codeFactory';

/**
 * `npx tsx service/bench/tokenEndpoint.ts`: latency of the token endpoint under 20 concurrent code exchanges
 * (Alexa's deadline is 4.5 s), against GET of the metadata document measured in the same run as a baseline.
 * Loopback only, in-memory dynalite, a fixed number of requests. `npm run bench` runs it too.
 */
const CONCURRENCY = 20;
const ROUNDS = 10;
const WARMUP_ROUNDS = 1;

/** p50 and p99 in ms. */
export interface Latency {
  p50: number;
  p99: number;
}

/** Both series of one run. */
export interface TokenEndpointBench {
  concurrency: number;
  rounds: number;
  token: Latency;
  metadata: Latency;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function timed(run: () => Promise<Response>, expectStatus: number): Promise<number> {
  const start = performance.now();
  const response = await run();
  await response.arrayBuffer();
  const elapsed = performance.now() - start;
  if (response.status !== expectStatus) throw new Error(`expected ${expectStatus}, got ${response.status}`);
  return elapsed;
}

/** Starts a local service, mints codes, and measures rounds of concurrent exchanges and metadata GETs. */
export async function benchTokenEndpoint(): Promise<TokenEndpointBench> {
  const service = await startService({ port: 0, env: { LOCAL_DATA_DIR: 'memory', LOG_LEVEL: 'error' } });
  try {
    const factory = new CodeFactory(service.url, DEMO_RIDER.email, DEMO_RIDER.password);
    const basic = `Basic ${Buffer.from(`${service.clientId}:local-dev-secret`).toString('base64')}`;
    const exchange = (code: string) => () =>
      fetch(`${service.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: BENCH_REDIRECT_URI,
        }).toString(),
      });
    const metadata = () => fetch(`${service.url}/.well-known/oauth-authorization-server`);

    const token: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const codes: string[] = [];
      for (let i = 0; i < CONCURRENCY; i++) codes.push(await factory.code());
      const exchanges = await Promise.all(codes.map((code) => timed(exchange(code), 200)));
      const discoveries = await Promise.all(Array.from({ length: CONCURRENCY }, () => timed(metadata, 200)));
      if (round >= WARMUP_ROUNDS) {
        token.push(...exchanges);
        baseline.push(...discoveries);
      }
    }
    return { concurrency: CONCURRENCY, rounds: ROUNDS, token: latency(token), metadata: latency(baseline) };
  } finally {
    await service.close();
  }
}

const script = process.argv[1];
if (script !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(script)) {
  benchTokenEndpoint()
    .then(({ token, metadata }) => {
      const row = (label: string, value: Latency) =>
        `${label.padEnd(34)} p50 ${value.p50.toFixed(1).padStart(7)} ms   p99 ${value.p99.toFixed(1).padStart(7)} ms`;
      console.log(`Token endpoint benchmark: ${ROUNDS} rounds x ${CONCURRENCY} concurrent requests (after warm-up)`);
      console.log(row('POST /token (authorization_code)', token));
      console.log(row('GET metadata (baseline)', metadata));
      console.log(
        `Ratio token/baseline: p50 ${(token.p50 / metadata.p50).toFixed(1)}x, p99 ${(token.p99 / metadata.p99).toFixed(1)}x`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
