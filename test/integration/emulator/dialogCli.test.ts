import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** Each run starts a fresh process (tsx, then a whole stack for replays); give it room on a busy machine. */
const RUN_MS = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run dialog -- …` as the CLI itself (tsx), never reusing an `npm start` that may be running. */
function dialog(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'emulator/cli/dialog.ts', '--standalone', ...args],
      { timeout: RUN_MS, env: { ...process.env, EMULATOR_URL: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dialog-cli-'));
});

describe('npm run dialog', () => {
  it(
    'prints its usage with --help',
    async () => {
      const run = await dialog('--help');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: npm run dialog -- \[options\]/);
      expect(run.stdout).toMatch(/--replay FILE/);
    },
    RUN_MS,
  );

  it(
    'exits 2 with a clear message for a malformed replay file',
    async () => {
      const file = join(dir, 'bad.json');
      await writeFile(file, JSON.stringify({ skillId: 'amzn1.ask.skill.x', locale: 'de-DE', userInput: ['ja', ''] }));
      const run = await dialog('--replay', file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`dialog: replay file ${file}: userInput[1] must be a non-empty string`);
    },
    RUN_MS,
  );

  it(
    'exits 2 for an unknown option',
    async () => {
      const run = await dialog('--frobnicate');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Unknown option '--frobnicate'/);
    },
    RUN_MS,
  );

  it(
    'runs a replay file, prints the transcript and saves the skill I/O with redacted tokens',
    async () => {
      const io = join(dir, 'skill-io.json');
      const run = await dialog('--replay', 'emulator/replays/en-US.json', '--save-skill-io', io);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^User > order a car to the airport\nAlexa > .*\[card: LinkAccount\]$/m);
      expect(run.stdout).toMatch(/^User > \.quit$/m);
      const saved = JSON.parse(await readFile(io, 'utf8')) as {
        invocations: Array<{ request: RequestEnvelope; response: ResponseEnvelope }>;
      };
      expect(saved.invocations).toHaveLength(6);
      const linked = saved.invocations[2]!.request;
      expect(linked.context.System.user.accessToken).toMatch(/^<redacted:\d+>$/);
      expect(linked.session?.user.accessToken).toMatch(/^<redacted:\d+>$/);
      expect(saved.invocations[0]!.request.context.System.user.accessToken).toBeUndefined();
      expect(saved.invocations[1]!.response.response.card).toEqual({ type: 'LinkAccount' });
    },
    RUN_MS,
  );
});
