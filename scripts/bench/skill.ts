// The skill bundle against a minimal ask-sdk-core skill built in the same run: bundle size, cold start (unlinked
// and linked answer), first DynamoDB answer, and warm in-process latency. Medians; asserts nothing.
// `npm run bench:skill [-- --runs 25]`, or as part of `npm run bench`.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { startDynalite } from '../../test/helpers/dynalite';
import { isMain, median, percentile, ROOT } from './stats';

/** Bytes of a bundle's main file, raw and gzip -9. */
export interface BundleSize {
  bytes: number;
  gzip: number;
}

/** One bundle's figures; times in ms except the warm ones (µs). */
export interface SkillFigures {
  size: BundleSize;
  coldUnlinkedMs: number;
  coldLinkedMs: number;
  coldDynamoMs: number;
  warmP50Us: number;
  warmP99Us: number;
}

/** The skill and the hello-world baseline measured in one run. */
export interface SkillBench {
  runs: number;
  baseline: SkillFigures;
  skill: SkillFigures;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

const run = promisify(execFile);

function bundleSize(file: string): BundleSize {
  return { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
}

/**
 * One cold sample: a fresh `node` that requires the bundle and answers one event. The time runs from the child's
 * first line to the answer (performance.now() inside it), so Node's own start-up, the same for both, stays out.
 */
function coldSample(bundle: string, event: string, env: NodeJS.ProcessEnv): Promise<number> {
  const script = `const t=performance.now();require(${JSON.stringify(bundle)}).handler(require(${JSON.stringify(event)}),{}).then(()=>{process.stdout.write(String(performance.now()-t));process.exit(0)})`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`cold run exited ${code}`))));
  });
}

/** Builds both bundles, then measures them interleaved (baseline, skill, baseline, …) so drift hits both alike. */
export async function benchSkill(runs = 25): Promise<SkillBench> {
  const dir = mkdtempSync(join(tmpdir(), 'rh-bench-skill-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'baselineSkill.ts')],
    outfile: join(dir, 'baseline.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
  });
  await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'skill'], { cwd: ROOT });
  const bundles = { baseline: join(dir, 'baseline.js'), skill: join(ROOT, 'dist', 'skill', 'index.js') };

  // The linked answer calls the rides API once: a loopback server answering GET /v1/me.
  const api = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'rider-1', name: 'Alex Rider', email: 'rider@example.com' }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  // The DynamoDB answer: SkillDisabled deletes the user's attributes (no client secret set, so no service call).
  const dynamo = await startDynalite();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    RIDE_HAILER_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    LOG_LEVEL: 'silent',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SKILL_TABLE: 'bench-skill',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
  const admin = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await admin.send(
    new CreateTableCommand({
      TableName: 'bench-skill',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
  admin.destroy();

  const fixtures = join(ROOT, 'test', 'fixtures', 'requests');
  const launch = JSON.parse(readFileSync(join(fixtures, 'launch.json'), 'utf8'));
  const linked = structuredClone(launch);
  linked.context.System.user.accessToken = 'bench-token';
  linked.session.user.accessToken = 'bench-token';
  const help = structuredClone(launch);
  help.request = { ...launch.request, type: 'IntentRequest', intent: { name: 'AMAZON.HelpIntent' } };
  const events = {
    unlinked: join(dir, 'unlinked.json'),
    linked: join(dir, 'linked.json'),
    dynamo: join(fixtures, 'skill-disabled.json'),
  };
  writeFileSync(events.unlinked, JSON.stringify(launch));
  writeFileSync(events.linked, JSON.stringify(linked));

  const samples = {
    baseline: { unlinked: [] as number[], linked: [] as number[], dynamo: [] as number[] },
    skill: { unlinked: [] as number[], linked: [] as number[], dynamo: [] as number[] },
  };
  try {
    for (let i = 0; i < runs; i++) {
      for (const kind of ['unlinked', 'linked', 'dynamo'] as const) {
        for (const name of ['baseline', 'skill'] as const) {
          samples[name][kind].push(await coldSample(bundles[name], events[kind], env));
        }
      }
    }
  } finally {
    api.close();
    await dynamo.close();
  }

  // Warm: both handlers in this process, alternating request by request.
  Object.assign(process.env, { RIDE_HAILER_API_URL: env.RIDE_HAILER_API_URL, LOG_LEVEL: 'silent' });
  const load = createRequire(import.meta.url);
  const handlers = {
    baseline: (load(bundles.baseline) as { handler: Handler }).handler,
    skill: (load(bundles.skill) as { handler: Handler }).handler,
  };
  const warm = { baseline: [] as number[], skill: [] as number[] };
  for (let i = 0; i < 7000; i++) {
    for (const name of ['baseline', 'skill'] as const) {
      const started = process.hrtime.bigint();
      await handlers[name](structuredClone(i % 2 ? launch : help), {});
      if (i >= 2000) warm[name].push(Number(process.hrtime.bigint() - started) / 1e3);
    }
  }
  const figures = (name: 'baseline' | 'skill', file: string): SkillFigures => ({
    size: bundleSize(file),
    coldUnlinkedMs: median(samples[name].unlinked),
    coldLinkedMs: median(samples[name].linked),
    coldDynamoMs: median(samples[name].dynamo),
    warmP50Us: median(warm[name]),
    warmP99Us: percentile(warm[name], 99),
  });
  return { runs, baseline: figures('baseline', bundles.baseline), skill: figures('skill', bundles.skill) };
}

if (isMain(import.meta.url)) {
  const at = process.argv.indexOf('--runs');
  const result = await benchSkill(at > 0 ? Number(process.argv[at + 1]) : 25);
  const { baseline: b, skill: s } = result;
  const row = (label: string, x: number, y: number, unit: string) =>
    console.log(
      `${label.padEnd(30)} ${`${x.toFixed(1)} ${unit}`.padStart(11)} ${`${y.toFixed(1)} ${unit}`.padStart(11)}  ${(y / x).toFixed(2)}x`,
    );
  console.log(`${result.runs} cold processes per row (medians); warm: 5000 in-process requests each`);
  console.log(`${'metric'.padEnd(30)} ${'hello-world'.padStart(11)} ${'skill'.padStart(11)}  ratio`);
  row('main bundle, gzip -9', b.size.gzip / 1024, s.size.gzip / 1024, 'KiB');
  row('cold: require + unlinked answer', b.coldUnlinkedMs, s.coldUnlinkedMs, 'ms');
  row('cold: require + linked answer', b.coldLinkedMs, s.coldLinkedMs, 'ms');
  row('cold: require + DynamoDB answer', b.coldDynamoMs, s.coldDynamoMs, 'ms');
  row('warm p50', b.warmP50Us, s.warmP50Us, 'µs');
  row('warm p99', b.warmP99Us, s.warmP99Us, 'µs');
}
