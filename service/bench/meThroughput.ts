import { realpathSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_RIDER } from '../riders/demoRider';
import { startService } from '../server';
import { BENCH_REDIRECT_URI, CodeFactory } from './codeFactory';

/**
 * `npx tsx service/bench/meThroughput.ts`: requests per second of the bearer-checked `GET /v1/me` (token, grant
 * and rider read from an in-memory dynalite on every call) against a bare node:http server answering the same JSON,
 * measured in the same run with the same keep-alive client, alternating round by round. `npm run bench` runs it too.
 */
const CONCURRENCY = 16;
const REQUESTS = 400;
const ROUNDS = 5;

/** Medians over the rounds. */
export interface MeThroughputBench {
  concurrency: number;
  requestsPerRound: number;
  rounds: number;
  serviceRps: number;
  bareRps: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Sends `total` GETs, `concurrency` at a time; resolves with requests per second. */
async function throughput(url: string, headers: Record<string, string>, agent: Agent, total: number) {
  let sent = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end();
    });
  const worker = async () => {
    while (sent < total) {
      sent++;
      await one();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (total / (performance.now() - started)) * 1000;
}

/** Measures both servers; the service runs in this process on in-memory dynalite, as `npm start` does. */
export async function benchMeThroughput(env: Record<string, string> = {}): Promise<MeThroughputBench> {
  const service = await startService({ port: 0, env: { LOCAL_DATA_DIR: 'memory', LOG_LEVEL: 'error', ...env } });
  const bare = createServer();
  try {
    const code = await new CodeFactory(service.url, DEMO_RIDER.email, DEMO_RIDER.password).code();
    const basic = `Basic ${Buffer.from(`${service.clientId}:local-dev-secret`).toString('base64')}`;
    const tokens = await fetch(`${service.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: BENCH_REDIRECT_URI }),
    });
    const { access_token: token } = (await tokens.json()) as { access_token: string };
    const me = await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    const body = await me.text();
    bare.on('request', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body);
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v1/me`;
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const headers = { authorization: `Bearer ${token}` };
    const serviceRps: number[] = [];
    const bareRps: number[] = [];
    await throughput(`${service.url}/v1/me`, headers, agent, REQUESTS / 4);
    for (let round = 0; round < ROUNDS; round++) {
      bareRps.push(await throughput(bareUrl, headers, agent, REQUESTS));
      serviceRps.push(await throughput(`${service.url}/v1/me`, headers, agent, REQUESTS));
    }
    agent.destroy();
    return {
      concurrency: CONCURRENCY,
      requestsPerRound: REQUESTS,
      rounds: ROUNDS,
      serviceRps: median(serviceRps),
      bareRps: median(bareRps),
    };
  } finally {
    bare.close();
    await service.close();
  }
}

const script = process.argv[1];
if (script !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(script)) {
  benchMeThroughput()
    .then((result) => {
      console.log(
        `GET /v1/me: ${result.rounds} rounds x ${result.requestsPerRound} requests, ${result.concurrency} at a time`,
      );
      console.log(`service ${result.serviceRps.toFixed(0)} req/s, bare node:http ${result.bareRps.toFixed(0)} req/s`);
      console.log(`ratio ${((result.serviceRps / result.bareRps) * 100).toFixed(0)} % (goal >= 25 %)`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
