import { performance } from 'node:perf_hooks';
import { DEMO_RIDER } from '../riders/demoRider';
import { startService } from '../server';
import { BENCH_REDIRECT_URI, CodeFactory } from './codeFactory';

/**
 * `npx tsx service/bench/tokenEndpoint.ts`: latency of the token endpoint under 20 concurrent code exchanges
 * (Alexa's deadline is 4.5 s), against GET of the metadata document measured in the same run as a baseline.
 * Loopback only, in-memory dynalite, a fixed number of requests.
 */
const CONCURRENCY = 20;
const ROUNDS = 10;
const WARMUP_ROUNDS = 1;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(run: () => Promise<Response>, expectStatus: number): Promise<number> {
  const start = performance.now();
  const response = await run();
  await response.arrayBuffer();
  const elapsed = performance.now() - start;
  if (response.status !== expectStatus) throw new Error(`expected ${expectStatus}, got ${response.status}`);
  return elapsed;
}

async function main(): Promise<void> {
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
    token.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const row = (label: string, values: number[]) =>
      `${label.padEnd(34)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(1).padStart(7)} ms`;
    console.log(`Token endpoint benchmark: ${ROUNDS} rounds x ${CONCURRENCY} concurrent requests (after warm-up)`);
    console.log(row('POST /token (authorization_code)', token));
    console.log(row('GET metadata (baseline)', baseline));
    console.log(
      `Ratio token/baseline: p50 ${(percentile(token, 50) / percentile(baseline, 50)).toFixed(1)}x, p99 ${(percentile(token, 99) / percentile(baseline, 99)).toFixed(1)}x`,
    );
  } finally {
    await service.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
