import { type ChildProcess, execFile, spawn } from 'node:child_process';

/** Each run is a fresh process (tsx, then a whole stack); give it room on a busy machine. */
export const CLI_MS = 60_000;

/** How a command-line run ended. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = 'node_modules/tsx/dist/cli.mjs';

/** The environment a user's shell would give: no emulator variables from the test process. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('EMULATOR_')) delete env[name];
  return { ...env, ...extra };
}

function run(file: string, args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { timeout: CLI_MS, env: userEnv(env) }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

/** Runs `npm run dialog -- …`'s script (tsx), as the CLI itself; `input` is piped to it as typed lines. */
export function dialog(args: string[], env: Record<string, string> = {}, input = ''): Promise<Run> {
  return run(process.execPath, [TSX, 'emulator/cli/dialog.ts', ...args], env, input);
}

/**
 * Runs an `npm …` command line as a user types it (words split on spaces; no quoting), with npm's own
 * "> script" banner silenced so stdout is what the command prints.
 */
export function npm(commandLine: string, env: Record<string, string> = {}): Promise<Run> {
  const [command, ...args] = commandLine.trim().split(/\s+/);
  if (command !== 'npm') throw new Error(`not an npm command: ${commandLine}`);
  return run('npm', args, { npm_config_loglevel: 'silent', ...env });
}

/** A running `npm start`. */
export interface RunningStart {
  /** The emulator's URL as the banner prints it. */
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `npm start`'s script on free ports with the given flags; resolves once it prints that it is ready. */
export function npmStart(args: string[], env: Record<string, string> = {}): Promise<RunningStart> {
  const child: ChildProcess = spawn(
    process.execPath,
    [TSX, 'emulator/cli/start.ts', '--port', '0', '--service-port', '0', '--lwa-port', '0', ...args],
    { env: userEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`npm start was not ready within ${CLI_MS} ms:\n${output}`));
    }, CLI_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Alexa app \(emulator\)\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url === undefined || !output.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      resolve({ url, output: () => output, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** Starts `npm start`'s script expecting it to fail; resolves with how it ended. */
export function npmStartFails(args: string[]): Promise<Run> {
  return run(process.execPath, [TSX, 'emulator/cli/start.ts', ...args], {});
}
