import { spawn } from 'node:child_process';
import { applyLocalProcessDefaults, loadEmulatorConfig } from '../config';
import { EPHEMERAL_STACK, startStack } from '../stack/startStack';

/**
 * Startup and linking numbers: (1) `npm start` as a fresh process until it prints "ready", (2) the stack
 * started in-process, (3) from pressing Link (headless, through the real pages) to the skill's first linked
 * answer; with `--browser` also (4) the same in Debian's Chromium through the real pages (the service's success
 * page waits 2 s before it returns to Alexa, which the number includes). `npx tsx emulator/bench/startup.ts [runs]`.
 */
const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
const BROWSER = process.argv.includes('--browser');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function row(label: string, values: number[]): string {
  const min = Math.min(...values);
  return `${label.padEnd(46)} median ${String(Math.round(median(values))).padStart(5)} ms   min ${String(Math.round(min)).padStart(5)} ms   (${values.length} runs)`;
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

/** Link → first answer in Chromium: Link account, sign in, Allow, back on the page, say "open ride hailer". */
async function browserLinkToAnswer(base: Parameters<typeof startStack>[0]): Promise<number> {
  const { chromium } = await import('playwright-core');
  const stack = await startStack(base);
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  try {
    const page = await browser.newPage();
    await page.goto(stack.urls.emulator);
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
    return performance.now() - pressed;
  } finally {
    await browser.close();
    await stack.close();
  }
}

async function main(): Promise<void> {
  applyLocalProcessDefaults();
  const base = { ...loadEmulatorConfig({}), ...EPHEMERAL_STACK };
  const processReady: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) processReady.push(await npmStartToReady());
  const stackReady: number[] = [];
  const linkToAnswer: number[] = [];
  const linkOnly: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const stack = await startStack(base);
    stackReady.push(stack.readyMs);
    const user = stack.emulator.user();
    const pressed = performance.now();
    const result = await stack.emulator.linkHeadless(user);
    linkOnly.push(performance.now() - pressed);
    const turn = await stack.emulator.say(user, 'open ride hailer');
    linkToAnswer.push(performance.now() - pressed);
    if (result.tokens === undefined || turn.card !== undefined)
      throw new Error(`linking failed: ${result.trace.outcome}`);
    await stack.close();
  }
  const lines = [
    `Ride Hailer emulator bench (${process.version}, ${RUNS} runs)`,
    row('npm start: process spawn -> "ready" printed', processReady),
    row('stack start in-process -> ready', stackReady),
    row('Link pressed -> linked (login, consent, token)', linkOnly),
    row('Link pressed -> first linked answer', linkToAnswer),
  ];
  if (BROWSER) lines.push(row('Chromium: Link -> first linked answer', [await browserLinkToAnswer(base)]));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
