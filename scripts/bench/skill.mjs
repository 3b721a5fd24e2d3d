// Measures the shipped skill bundle against a minimal ask-sdk-core skill built in the same run:
// bundle size, cold load (fresh Node process), first invocation, and warm in-process latency.
// Prints medians and ratios; asserts nothing. Run: node scripts/bench/skill.mjs [--runs 30]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
const env = {
  ...process.env,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  RIDE_HAILER_API_URL: 'http://127.0.0.1:9',
  LOG_LEVEL: 'silent',
};
delete env.NODE_EXTRA_CA_CERTS; // adds ~70 ms to every Node start; Lambda does not set it
Object.assign(process.env, env); // the in-process warm runs read the same configuration

const dir = mkdtempSync(join(tmpdir(), 'rh-bench-'));
writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
await build({
  entryPoints: [join(root, 'scripts', 'bench', 'baselineSkill.ts')],
  outfile: join(dir, 'baseline.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
});
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'skill'], { cwd: root, stdio: 'ignore' });
const bundles = { baseline: join(dir, 'baseline.js'), skill: join(root, 'dist', 'skill', 'index.js') };

// A local rides API for the linked path: the first linked answer loads axios and makes one HTTP call.
const api = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ id: 'rider-1', name: 'Alex Rider', email: 'rider@example.com' }));
});
await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
env.RIDE_HAILER_API_URL = `http://127.0.0.1:${api.address().port}`;

// A local DynamoDB for the first DynamoDB answer: SkillDisabled deletes the user's attributes (and, with no
// client secret configured, calls no service), so that row loads the DynamoDB client and makes one call.
const dynamo = dynalite({ createTableMs: 0 });
await new Promise((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
Object.assign(env, {
  DYNAMODB_ENDPOINT: `http://127.0.0.1:${dynamo.address().port}`,
  SKILL_TABLE: 'bench-skill',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
});
delete env.RIDE_HAILER_CLIENT_SECRET;
const admin = new DynamoDBClient({
  region: env.AWS_REGION,
  endpoint: env.DYNAMODB_ENDPOINT,
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
await admin.send(
  new CreateTableCommand({
    TableName: env.SKILL_TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  }),
);
const fixtures = join(root, 'test', 'fixtures', 'requests');
admin.destroy();
writeFileSync(join(dir, 'disabled.json'), readFileSync(join(fixtures, 'skill-disabled.json')));

const launch = JSON.parse(readFileSync(join(fixtures, 'launch.json'), 'utf8'));
const help = JSON.parse(JSON.stringify(launch));
help.request = {
  ...launch.request,
  type: 'IntentRequest',
  intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' },
};
writeFileSync(join(dir, 'launch.json'), JSON.stringify(launch));
const linked = JSON.parse(JSON.stringify(launch));
linked.context.System.user.accessToken = 'bench-token';
linked.session.user.accessToken = 'bench-token';
writeFileSync(join(dir, 'linked.json'), JSON.stringify(linked));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Wall time of a fresh `node` process running `script` (asynchronous, so the API server here keeps answering). */
async function coldRun(script) {
  const started = process.hrtime.bigint();
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Loads a bundle and, with `event`, answers one request with it. */
function coldScript(bundle, event) {
  return `const m=require(${JSON.stringify(bundle)});${
    event ? `m.handler(require(${JSON.stringify(join(dir, `${event}.json`))}),{}).then(()=>process.exit(0));` : ''
  }`;
}

const results = {};
for (const [name, bundle] of Object.entries(bundles)) {
  const raw = readFileSync(bundle);
  const node = [];
  const load = [];
  const first = [];
  const firstLinked = [];
  const firstDynamo = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(await coldRun('0'));
    load.push(await coldRun(coldScript(bundle)));
    first.push(await coldRun(coldScript(bundle, 'launch')));
    firstLinked.push(await coldRun(coldScript(bundle, 'linked')));
    firstDynamo.push(await coldRun(coldScript(bundle, 'disabled')));
  }
  // Warm latency in this process: the link response (no network) and help.
  const { createRequire } = await import('node:module');
  const mod = createRequire(import.meta.url)(bundle);
  const warm = [];
  for (let i = 0; i < 2000; i++) await mod.handler(structuredClone(launch), {});
  for (let i = 0; i < 5000; i++) {
    const started = process.hrtime.bigint();
    await mod.handler(structuredClone(i % 2 ? launch : help), {});
    warm.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  results[name] = {
    bytes: statSync(bundle).size,
    gzip: gzipSync(raw, { level: 9 }).length,
    nodeMs: median(node),
    loadMs: median(load) - median(node),
    firstMs: median(first) - median(node),
    firstLinkedMs: median(firstLinked) - median(node),
    firstDynamoMs: median(firstDynamo) - median(node),
    warmP50: median(warm),
    warmP99: percentile(warm, 0.99),
  };
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const { baseline: b, skill: s } = results;
console.log(`runs: ${RUNS} cold processes per row; warm: 5000 in-process requests (unlinked launch + help)`);
console.log(`node -e 0 median: ${fmt(b.nodeMs)} ms (subtracted from the cold rows)`);
console.log('metric                         baseline      skill   ratio');
const row = (label, x, y, unit, digits = 1) =>
  console.log(
    `${label.padEnd(28)} ${`${fmt(x, digits)} ${unit}`.padStart(11)} ${`${fmt(y, digits)} ${unit}`.padStart(11)}  ${fmt(y / x, 2)}x`,
  );
row('bundle size', b.bytes / 1024, s.bytes / 1024, 'KiB', 0);
row('bundle size, gzip -9', b.gzip / 1024, s.gzip / 1024, 'KiB', 0);
row('cold load (require)', b.loadMs, s.loadMs, 'ms');
row('cold load + first answer', b.firstMs, s.firstMs, 'ms');
row('cold + first linked answer', b.firstLinkedMs, s.firstLinkedMs, 'ms');
row('cold + first DynamoDB answer', b.firstDynamoMs, s.firstDynamoMs, 'ms');
row('warm p50', b.warmP50, s.warmP50, 'µs');
row('warm p99', b.warmP99, s.warmP99, 'µs');
console.log(
  "(the baseline answers every request without calling out; the skill's linked answer includes axios and one HTTP call,",
);
console.log(' its DynamoDB answer the DynamoDB client and one call to a local DynamoDB)');
api.close();
dynamo.close();
