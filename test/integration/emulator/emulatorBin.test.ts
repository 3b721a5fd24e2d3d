import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_MS, type Run } from '../../helpers/emulator/cli';
import { normalizeTranscript } from '../../helpers/emulator/transcript';

/** Runs `npx ride-hailer-emulator …` as a user types it, with only the given variables added to a clean shell. */
function npx(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const clean: NodeJS.ProcessEnv = { ...process.env, npm_config_loglevel: 'silent' };
  for (const name of Object.keys(clean)) if (/^(EMULATOR_|ALEXA_)/.test(name)) delete clean[name];
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['ride-hailer-emulator', ...args],
      { timeout: CLI_MS, env: { ...clean, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The README's own-skill example: the command (its variables and words, as a shell reads them) and its output. */
function readmeExample(): { env: Record<string, string>; args: string[]; lines: string[] } {
  const markdown = readFileSync('emulator/README.md', 'utf8');
  const block = /^```text\n(\$ ALEXA_CLIENT_SECRET=[\s\S]*?)^```$/m.exec(markdown)?.[1];
  if (block === undefined)
    throw new Error('emulator/README.md has no `$ ALEXA_CLIENT_SECRET=… npx ride-hailer-emulator` block');
  const lines = block.trimEnd().split('\n');
  const commandLines: string[] = [];
  while (lines.length > 0) {
    const line = lines.shift() as string;
    commandLines.push(line.replace(/\\$/, ''));
    if (!line.endsWith('\\')) break;
  }
  const words = [
    ...commandLines
      .join(' ')
      .slice(2)
      .matchAll(/"([^"]*)"|(\S+)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [name, ...value] = (words.shift() as string).split('=');
    env[name as string] = value.join('=');
  }
  expect(words.slice(0, 2)).toEqual(['npx', 'ride-hailer-emulator']);
  return { env, args: words.slice(2), lines };
}

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}

describe('npx ride-hailer-emulator', () => {
  it(
    'prints its usage, with the skill options, for --help',
    async () => {
      const run = await npx(['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: ride-hailer-emulator \[start \| dialog\] \[options\]/);
      for (const option of [
        '--skill-handler FILE[#export]',
        '--skill-url URL',
        '--skill-package DIR',
        '--account-linking FILE',
      ]) {
        expect(run.stdout).toContain(option);
      }
      expect(run.stdout).toContain('--consent-selector SEL');
    },
    CLI_MS,
  );

  it(
    'runs the README’s example: a linked request reaches the example skill with a token from the example server',
    async () => {
      const { env, args, lines } = readmeExample();
      // Only the ports move, so the run cannot collide with anything else on this machine.
      const port = await freePort();
      const dir = await mkdtemp(join(tmpdir(), 'example-linking-'));
      const index = args.indexOf('--account-linking') + 1;
      const file = join(dir, 'accountLinking.json');
      await writeFile(file, (await readFile(args[index] as string, 'utf8')).replaceAll(':3300/', `:${port}/`));
      args[index] = file;
      const run = await npx([...args, '--port', '0'], { ...env, EXAMPLE_AUTH_URL: `http://127.0.0.1:${port}` });
      expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('Hello Account dialog (en-US)')]);
      expect(run.stderr).toContain(`[auth server] Example authorization server at http://127.0.0.1:${port}`);
      expect(normalizeTranscript(run.stdout.trimEnd().split('\n'))).toEqual(normalizeTranscript(lines));
    },
    CLI_MS,
  );

  it(
    'exits 2 with the reason for an incomplete skill choice or an unknown command',
    async () => {
      const incomplete = await npx(['dialog', '--skill-handler', 'skill.mjs']);
      expect(incomplete.code).toBe(2);
      expect(incomplete.stderr).toContain('--account-linking FILE is required with your own skill');
      const unknown = await npx(['serve']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('ride-hailer-emulator: unknown command "serve"; use start or dialog');
    },
    CLI_MS,
  );
});
