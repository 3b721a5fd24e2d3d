import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { applyLocalProcessDefaults, loadEmulatorConfig } from '../config';
import { EPHEMERAL_STACK, type StackOptions, startStack } from '../stack/startStack';

/**
 * Startup and linking numbers: (1) `npm start` as a fresh process until it prints "ready", (2) the stack
 * started in-process, (3) from pressing Link (headless, through the real pages) to the skill's first linked
 * answer; with `--browser` also (4) the same in Debian's Chromium through the real pages.
 * `npx tsx emulator/bench/startup.ts [runs] [--browser]`; `npm run bench` runs (3) and (4) with their baselines.
 */

/** The HTTP exchanges from Link to the first answer: 7 page hops, the token call, the bind, the profile. */
export const LINK_EXCHANGES = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function row(label: string, values: number[]): string {
  const min = Math.min(...values);
  return `${label.padEnd(46)} median ${String(Math.round(median(values))).padStart(5)} ms   min ${String(Math.round(min)).padStart(5)} ms   (${values.length} runs)`;
}

/** The stack as `npm start --memory` runs it, on free ports. */
export function benchStackOptions(): StackOptions {
  applyLocalProcessDefaults();
  return { ...loadEmulatorConfig({}), ...EPHEMERAL_STACK };
}

/** Spawns `npm start`'s script on free ports with in-memory data; resolves with the wall time to "ready". */
function npmStartToReady(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'emulator/cli/start.ts', '--memory'], {
      env: {
        ...process.env,
        EMULATOR_PORT: '0',
        EMULATOR_SERVICE_PORT: '0',
        EMULATOR_LWA_PORT: '0',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) {
        const ms = performance.now() - started;
        child.once('exit', () => resolve(ms));
        child.kill('SIGINT');
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!output.includes('Press Ctrl-C')) reject(new Error(`npm start exited with ${code} before it was ready`));
    });
  });
}

/** Headless link to first answer, one sample per fresh stack, with the in-process stack start times. */
export async function linkToFirstAnswer(base: StackOptions, runs: number) {
  const stackReady: number[] = [];
  const linkOnly: number[] = [];
  const linkToAnswer: number[] = [];
  for (let i = 0; i < runs; i++) {
    const stack = await startStack(base);
    try {
      stackReady.push(stack.readyMs);
      const user = stack.emulator.user();
      const pressed = performance.now();
      const result = await stack.emulator.linkHeadless(user);
      linkOnly.push(performance.now() - pressed);
      const turn = await stack.emulator.say(user, 'open ride hailer');
      linkToAnswer.push(performance.now() - pressed);
      if (result.tokens === undefined || turn.card !== undefined)
        throw new Error(`linking failed: ${result.trace.outcome}`);
    } finally {
      await stack.close();
    }
  }
  return { stackReady, linkOnly, linkToAnswer };
}

/**
 * The same-run floor for {@link linkToFirstAnswer}: {@link LINK_EXCHANGES} sequential loopback exchanges with a
 * bare node:http server (one sample per run).
 */
export async function bareExchanges(runs: number): Promise<number[]> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>ok</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      for (let n = 0; n < LINK_EXCHANGES; n++) await (await fetch(url)).text();
      samples.push(performance.now() - started);
    }
  } finally {
    server.close();
  }
  return samples;
}

/**
 * Link → first answer in Chromium: Link account, sign in, Allow, back on the page, say "open ride hailer". The
 * baseline is the first load of the emulator page in the same browser.
 */
export async function browserLinkToAnswer(base: StackOptions): Promise<{ linkToAnswerMs: number; pageLoadMs: number }> {
  const { chromium } = await import('playwright-core');
  const stack = await startStack(base);
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  try {
    const page = await browser.newPage();
    const loading = performance.now();
    await page.goto(stack.urls.emulator);
    const pageLoadMs = performance.now() - loading;
    const pressed = performance.now();
    await page.click('[data-testid=link]');
    await page.fill('#email', stack.demo.username);
    await page.fill('#password', stack.demo.password);
    await page.click('button[type=submit]');
    await page.click('button[value=allow]');
    await page.waitForSelector('[data-testid=link-success]', { timeout: 15_000 });
    await page.click('[data-testid=back-to-skill]');
    await page.fill('[data-testid=utterance]', 'open ride hailer');
    await Promise.all([page.waitForURL(/#talk$/), page.click('[data-testid=say]')]);
    return { linkToAnswerMs: performance.now() - pressed, pageLoadMs };
  } finally {
    await browser.close();
    await stack.close();
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
  const base = benchStackOptions();
  const processReady: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) processReady.push(await npmStartToReady());
  const { stackReady, linkOnly, linkToAnswer } = await linkToFirstAnswer(base, runs);
  const lines = [
    `Ride Hailer emulator bench (${process.version}, ${runs} runs)`,
    row('npm start: process spawn -> "ready" printed', processReady),
    row('stack start in-process -> ready', stackReady),
    row('Link pressed -> linked (login, consent, token)', linkOnly),
    row('Link pressed -> first linked answer', linkToAnswer),
  ];
  if (process.argv.includes('--browser')) {
    lines.push(row('Chromium: Link -> first linked answer', [(await browserLinkToAnswer(base)).linkToAnswerMs]));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const script = process.argv[1];
if (script !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(script)) {
  main().catch((error: Error) => {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exit(1);
  });
}
