import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const TSX = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** One recorded CLI call: the executable, its arguments, what it read on stdin, and the files ask deploy saw. */
export interface Call {
  cli: 'aws' | 'ask';
  args: string[];
  stdin?: string;
  sent?: { accountLinkingRequest: Record<string, unknown> };
  askResources?: { profiles: Record<string, { skillInfrastructure: { userConfig: Record<string, unknown> } }> };
  skillJson?: { manifest: { apis: { custom: Record<string, unknown> }; events?: Record<string, unknown> } };
}

/** What one run of a script printed and how it ended. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A copy of the project's deploy inputs (ask-resources.json, skill.json, accountLinking.json, the templates and
 * the zips `npm run build` made) in a temporary folder, with fake `aws` and `ask` first on PATH. The scripts run
 * from this repository with the copy as their working folder, so the real checkout is never touched.
 */
export function fakeProject() {
  const dir = mkdtempSync(join(tmpdir(), 'rh-deploy-'));
  const state = join(dir, '.fake');
  const bin = join(dir, '.bin');
  mkdirSync(state);
  mkdirSync(bin);
  for (const file of [
    'ask-resources.json',
    'accountLinking.json',
    'skill-package/skill.json',
    'infrastructure',
    'dist/service.zip',
    'dist/skill.zip',
  ]) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build first`);
    cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  for (const [name, script] of [
    ['aws', 'fakeAws.cjs'],
    ['ask', 'fakeAsk.cjs'],
  ] as const) {
    writeFileSync(
      join(bin, name),
      `#!/bin/sh\nexec "${process.execPath}" "${join(import.meta.dirname, script)}" "$@"\n`,
    );
    chmodSync(join(bin, name), 0o755);
  }

  const script = (name: 'deploy' | 'destroy', args: string[], env: Record<string, string> = {}): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [TSX, join(root, 'scripts', `${name}.ts`), ...args],
        {
          cwd: dir,
          env: {
            PATH: `${bin}:${process.env.PATH}`,
            HOME: dir,
            FAKE_STATE: state,
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            ...env,
          },
          timeout: 60_000,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  const calls = (): Call[] =>
    existsSync(join(state, 'calls.jsonl'))
      ? readFileSync(join(state, 'calls.jsonl'), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Call)
      : [];

  return {
    dir,
    deploy: (args: string[], env?: Record<string, string>) => script('deploy', args, env),
    destroy: (args: string[], env?: Record<string, string>) => script('destroy', args, env),
    calls,
    /** `aws s3 cp` / `ask deploy` … : the executable and its first two words, in call order. */
    commands: () =>
      calls().map((c) => {
        const words = c.args.findIndex((arg) => arg.startsWith('-'));
        return [c.cli, ...c.args.slice(0, words < 0 ? undefined : words).slice(0, 2)].join(' ');
      }),
    state: () => JSON.parse(readFileSync(join(state, 'state.json'), 'utf8')),
    read: (file: string) => readFileSync(join(dir, file), 'utf8'),
    write: (file: string, content: string | Buffer) => writeFileSync(join(dir, file), content),
    resetCalls: () => writeFileSync(join(state, 'calls.jsonl'), ''),
  };
}
