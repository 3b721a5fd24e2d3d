import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Amazon's cloud cannot run here, so `ask` is replaced by a script on PATH that records its arguments and the
 * request file it was given, and answers `get-account-linking-info` the way SMAPI does.
 */
function fakeAskProject(getResponse: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'rh-ask-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(join(dir, '.ask'));
  writeFileSync(
    join(dir, '.ask', 'ask-states.json'),
    JSON.stringify({ profiles: { default: { skillId: 'amzn1.ask.skill.test-id' } } }),
  );
  writeFileSync(join(dir, 'accountLinking.json'), readFileSync(join(root, 'accountLinking.json')));
  writeFileSync(
    join(bin, 'ask'),
    `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
const file = args[args.indexOf('--account-linking-request') + 1];
const sent = file && file.startsWith('file:') ? JSON.parse(fs.readFileSync(file.slice(5), 'utf8')) : undefined;
fs.appendFileSync(${JSON.stringify(join(dir, 'calls.jsonl'))}, JSON.stringify({ args, sent }) + '\\n');
if (args[1] === 'get-account-linking-info') process.stdout.write(${JSON.stringify(JSON.stringify(getResponse))});
`,
  );
  chmodSync(join(bin, 'ask'), 0o755);
  const script = (...args: string[]) =>
    run(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'accountLinking.ts'), ...args],
      {
        cwd: dir,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ALEXA_CLIENT_SECRET: 'the-secret' },
      },
    );
  const calls = () =>
    readFileSync(join(dir, 'calls.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  return { script, calls };
}

describe('npm run account-linking', () => {
  it('apply: sends the wrapped request with the secret to update-account-linking-info, then deletes the file', async () => {
    const { script, calls } = fakeAskProject({});
    const { stdout } = await script('apply', '--auth-base-url', 'https://login.example.com');
    expect(stdout).toContain('account linking applied to amzn1.ask.skill.test-id (development)');
    const [call] = calls();
    expect(call.args.slice(0, 6)).toEqual([
      'smapi',
      'update-account-linking-info',
      '-s',
      'amzn1.ask.skill.test-id',
      '-g',
      'development',
    ]);
    expect(call.sent.accountLinkingRequest).toMatchObject({
      clientSecret: 'the-secret',
      authorizationUrl: 'https://login.example.com/auth',
      skipOnEnablement: true,
    });
    const path = call.args[call.args.indexOf('--account-linking-request') + 1].slice(5);
    expect(() => readFileSync(path)).toThrow();
  }, 20_000);

  it('check: reports drift and exits 1', async () => {
    const drifted = { accountLinkingResponse: { type: 'AUTH_CODE', clientId: 'someone-else' } };
    const { script } = fakeAskProject(drifted);
    const failure = await script('check').catch((error: { code: number; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toContain(
      'drift: clientId: file "ride-hailer-alexa", Alexa "someone-else"',
    );
  }, 20_000);
});
