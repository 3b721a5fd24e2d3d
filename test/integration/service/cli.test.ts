import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyPassword } from '../../../service/riders/passwords';
import { startTestService, type TestService } from '../../helpers/service/testService';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(TSX, [script, ...args], {
    env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
  });
}

/** Runs a CLI to completion without blocking this process (dynalite lives here). */
function run(script: string, args: string[], env: Record<string, string>, stdin?: string): Promise<Run> {
  const child = start(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdin?.end(stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('service CLIs', () => {
  let storage: TestService;
  let env: Record<string, string>;
  beforeAll(async () => {
    storage = await startTestService();
    env = { DYNAMODB_ENDPOINT: storage.endpoint, SERVICE_TABLE: storage.table, LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await storage.close();
  });

  it('add-rider --help prints the usage and exits 0', async () => {
    const result = await run('service/cli/addRider.ts', ['--help'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run service:add-rider -- --email <email> --name <display name>');
  });

  it('add-rider refuses missing arguments with the usage and exit code 2', async () => {
    const result = await run('service/cli/addRider.ts', ['--email', 'x@example.com'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Both --email and --name are required.');
  });

  it('add-rider reads the password from stdin, stores only an Argon2id hash, and refuses a duplicate', async () => {
    const args = ['--email', 'New.Rider@Example.com', '--name', 'New Rider'];
    const added = await run('service/cli/addRider.ts', args, env, 'piped-password-1\n');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added rider rdr_\S+ \(new\.rider@example\.com, "New Rider"\)\.\n$/);
    expect(added.stdout).not.toContain('piped-password-1');
    const rider = await storage.app.riders.findByEmail('new.rider@example.com');
    expect(rider?.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    await expect(verifyPassword(rider?.passwordHash ?? '', 'piped-password-1')).resolves.toBe(true);
    const again = await run('service/cli/addRider.ts', [...args, '--password', 'another-password'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('add-rider refuses a short password before touching storage', async () => {
    const result = await run(
      'service/cli/addRider.ts',
      ['--email', 'a@example.com', '--name', 'A', '--password', 'short'],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('password must be 8-1024 characters');
  });

  it('serve prints the URLs and demo credentials, serves requests, and stops cleanly on SIGINT', async () => {
    const child = start('service/cli/serve.ts', [], { PORT: '0', LOCAL_DATA_DIR: 'memory', LOG_LEVEL: 'silent' });
    let stdout = '';
    const banner = new Promise<string>((resolve) => {
      child.stdout?.on('data', (chunk) => {
        stdout += String(chunk);
        if (stdout.includes('Press Ctrl-C to stop.')) resolve(stdout);
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const text = await banner;
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1] ?? '';
    expect(text).toContain(`Authorization URL  ${url}/auth`);
    expect(text).toContain(`Access token URL   ${url}/token`);
    expect(text).toContain('Client id          ride-hailer-alexa');
    expect(text).toContain('rider@example.com / ride-hailer-demo');
    expect((await fetch(`${url}/.well-known/oauth-authorization-server`)).status).toBe(200);
    child.kill('SIGINT');
    await expect(exited).resolves.toBe(0);
  }, 30_000);
});
