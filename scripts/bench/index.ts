// `npm run bench [-- --repeat 3] [-- --runs 25] [-- --no-browser]`: every benchmark of the project in one run and
// one table, each figure next to a baseline measured in the same run (or, for exact counts, next to its goal).
// Writes the figures as JSON to bench-results/ (git-ignored). With --repeat, the whole run repeats and each figure is
// the median of the repeats. Unset NODE_EXTRA_CA_CERTS first: it slows every Node start.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  bareExchanges,
  benchStackOptions,
  browserLinkToAnswer,
  LINK_EXCHANGES,
  linkToFirstAnswer,
} from '../../emulator/bench/startup';
import { benchMeThroughput } from '../../service/bench/meThroughput';
import { benchTokenEndpoint } from '../../service/bench/tokenEndpoint';
import { OPERATION_LABELS, OPERATIONS } from '../../test/helpers/service/roundTrips';
import { type Figure, medians, table } from './report';
import { benchRoundTrips, ROUND_TRIP_GOALS } from './roundTrips';
import { benchSkill } from './skill';
import { median, ROOT } from './stats';

// Everything here runs locally: the AWS SDK's notice about the Node versions of its future releases is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const REPEAT = option('--repeat', 1);
const COLD_RUNS = option('--runs', 25);
const LINK_RUNS = 7;
const BROWSER = !args.includes('--no-browser') && existsSync('/usr/bin/chromium');

const say = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function measureOnce(): Promise<Figure[]> {
  const figures: Figure[] = [];
  say('skill bundle and cold starts (fresh processes, hello-world interleaved)');
  const skill = await benchSkill(COLD_RUNS);
  const hello = (value: number) => ({ label: 'ASK SDK hello-world', value });
  figures.push(
    {
      id: 'skill.bundleGzip',
      label: 'Skill main bundle `dist/skill/index.js`, gzip -9',
      unit: 'KB',
      value: skill.skill.size.gzip / 1000,
      baseline: hello(skill.baseline.size.gzip / 1000),
      goal: { on: 'value', at: 'most', limit: 30, text: '≤ 30 KB' },
    },
    {
      id: 'skill.bundleBytes',
      label: 'Skill main bundle, minified',
      unit: 'KB',
      value: skill.skill.size.bytes / 1000,
      baseline: hello(skill.baseline.size.bytes / 1000),
    },
    {
      id: 'skill.coldUnlinked',
      label: 'Cold start: require + unlinked LaunchRequest answer',
      unit: 'ms',
      value: skill.skill.coldUnlinkedMs,
      baseline: hello(skill.baseline.coldUnlinkedMs),
      goal: { on: 'ratio', at: 'most', limit: 1.25, text: '≤ 1.25×' },
    },
    {
      id: 'skill.coldLinked',
      label: 'Cold start: require + first linked answer (one API call on loopback)',
      unit: 'ms',
      value: skill.skill.coldLinkedMs,
      baseline: hello(skill.baseline.coldLinkedMs),
      goal: { on: 'ratio', at: 'most', limit: 1.6, text: '≤ 1.6×' },
    },
    {
      id: 'skill.coldDynamo',
      label: 'Cold start: require + first DynamoDB answer (SkillDisabled)',
      unit: 'ms',
      value: skill.skill.coldDynamoMs,
      baseline: hello(skill.baseline.coldDynamoMs),
    },
    {
      id: 'skill.warmP50',
      label: 'Warm handler p50 (launch and help, in process)',
      unit: 'µs',
      value: skill.skill.warmP50Us,
      baseline: hello(skill.baseline.warmP50Us),
    },
    {
      id: 'skill.warmP99',
      label: 'Warm handler p99',
      unit: 'µs',
      value: skill.skill.warmP99Us,
      baseline: hello(skill.baseline.warmP99Us),
    },
  );

  say('DynamoDB round trips (counting proxy in front of dynalite)');
  const trips = await benchRoundTrips();
  for (const operation of OPERATIONS) {
    figures.push({
      id: `roundTrips.${operation}`,
      label: `DynamoDB requests, ${OPERATION_LABELS[operation]}`,
      unit: 'requests',
      value: trips[operation].total,
      goal: { on: 'value', at: 'most', limit: ROUND_TRIP_GOALS[operation], text: `≤ ${ROUND_TRIP_GOALS[operation]}` },
    });
  }

  say('token endpoint (20 concurrent code exchanges)');
  const token = await benchTokenEndpoint();
  const metadata = (value: number) => ({ label: 'GET metadata document', value });
  figures.push(
    {
      id: 'token.p50',
      label: `Token endpoint p50, ${token.concurrency} concurrent code exchanges`,
      unit: 'ms',
      value: token.token.p50,
      baseline: metadata(token.metadata.p50),
    },
    {
      id: 'token.p99',
      label: `Token endpoint p99, ${token.concurrency} concurrent code exchanges`,
      unit: 'ms',
      value: token.token.p99,
      baseline: metadata(token.metadata.p99),
      goal: { on: 'value', at: 'most', limit: 4500, text: "< 4.5 s (Alexa's deadline)" },
    },
  );

  say('GET /v1/me throughput');
  const me = await benchMeThroughput();
  figures.push({
    id: 'api.meThroughput',
    label: `Rides API \`GET /v1/me\` throughput (${me.concurrency} at a time)`,
    unit: 'req/s',
    value: me.serviceRps,
    baseline: { label: 'bare node:http, same JSON', value: me.bareRps },
    goal: { on: 'ratio', at: 'least', limit: 0.25, text: '≥ 25 %' },
  });

  say('emulator: Link to the first linked answer');
  const base = benchStackOptions();
  const link = await linkToFirstAnswer(base, LINK_RUNS);
  figures.push({
    id: 'emulator.linkHeadless',
    label: 'Emulator: Link → first linked answer, headless',
    unit: 'ms',
    value: median(link.linkToAnswer),
    baseline: {
      label: `${LINK_EXCHANGES} loopback exchanges, bare server`,
      value: median(await bareExchanges(LINK_RUNS)),
    },
    goal: { on: 'value', at: 'most', limit: 100, text: '≤ 100 ms' },
  });
  if (BROWSER) {
    say('emulator in Chromium');
    const browser = await browserLinkToAnswer(base);
    figures.push({
      id: 'emulator.linkChromium',
      label: 'Emulator: Link → first linked answer in Chromium (real pages, typed and clicked)',
      unit: 'ms',
      value: browser.linkToAnswerMs,
      baseline: { label: 'first load of the emulator page', value: browser.pageLoadMs },
    });
  }
  return figures;
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const started = performance.now();
const loadBefore = loadavg();
const runs: Figure[][] = [];
for (let i = 0; i < REPEAT; i++) {
  if (REPEAT > 1) say(`run ${i + 1} of ${REPEAT}`);
  runs.push(await measureOnce());
}
const figures = medians(runs);
const when = new Date().toISOString();
const report = table(figures);
const note =
  `${when}, commit ${commit()}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore[0]?.toFixed(1)} → ` +
  `${loadavg()[0]?.toFixed(1)}; ${REPEAT > 1 ? `median of ${REPEAT} runs, ` : ''}cold starts: median of ${COLD_RUNS} fresh ` +
  `processes each; ${((performance.now() - started) / 1000).toFixed(0)} s.`;
const folder = join(ROOT, 'bench-results');
mkdirSync(folder, { recursive: true });
const file = join(folder, `bench-${when.replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ when, commit: commit(), node: process.version, repeat: REPEAT, coldRuns: COLD_RUNS, figures, runs }, null, 2)}\n`,
);
process.stdout.write(`${report}\n\n${note}\nFigures: ${file}\n`);
