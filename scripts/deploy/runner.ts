import { spawn } from 'node:child_process';

/** How one external command runs: what it reads on stdin, and which values must never be printed. */
export interface CommandOptions {
  stdin?: string;
  /** Secret values in the arguments or stdin; printed as ******** wherever the command is shown. */
  secrets?: string[];
  /** Keep stdout for the caller instead of showing it (JSON answers, ids). */
  capture?: boolean;
}

/** A command that exited with a non-zero status; `stderr` holds its last words. */
export class CommandFailedError extends Error {
  override name = 'CommandFailedError';
  constructor(
    readonly command: string,
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(
      `\`${command}\` failed (exit ${status})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`,
    );
  }
}

/** Runs external commands for the deploy, or (dry run) only prints them. */
export interface Runner {
  readonly dryRun: boolean;
  /** Runs `command args…` (prints it first) and answers its captured stdout; in a dry run answers ''. */
  run(command: string, args: string[], options?: CommandOptions): Promise<string>;
  /** Prints a line of the plan. */
  say(text: string): void;
}

export const MASK = '********';

/** `text` with every secret value replaced by the mask. */
export function masked(text: string, secrets: readonly string[] = []): string {
  return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join(MASK), text);
}

/** A command line as a POSIX shell would need it typed. */
export function commandLine(command: string, args: string[]): string {
  const quote = (arg: string) => (/^[A-Za-z0-9_@%+=:,./<>-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);
  return [command, ...args].map(quote).join(' ');
}

function print(say: (text: string) => void, command: string, args: string[], options: CommandOptions): void {
  say(`  $ ${masked(commandLine(command, args), options.secrets)}`);
  if (options.stdin !== undefined) say(`    stdin: ${masked(options.stdin, options.secrets)}`);
}

/** Prints every command and runs none: no AWS or ASK call, no credentials needed. */
export function dryRunner(say: (text: string) => void = console.log): Runner {
  return {
    dryRun: true,
    say,
    async run(command, args, options = {}) {
      print(say, command, args, options);
      return '';
    },
  };
}

/** Prints each command, then runs it with the process's environment, in `cwd`. */
export function realRunner(cwd: string, say: (text: string) => void = console.log): Runner {
  return {
    dryRun: false,
    say,
    run(command, args, options = {}) {
      print(say, command, args, options);
      return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd, stdio: ['pipe', options.capture ? 'pipe' : 'inherit', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (chunk) => {
          stdout += String(chunk);
        });
        child.stderr?.on('data', (chunk) => {
          stderr += String(chunk);
          // A captured command's errors are often expected answers (404, "does not exist"): the caller decides.
          if (!options.capture) process.stderr.write(masked(String(chunk), options.secrets));
        });
        child.on('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'ENOENT'
              ? new CommandFailedError(command, null, `${command} is not installed or not on PATH`)
              : error,
          ),
        );
        child.on('close', (status) =>
          status === 0
            ? resolve(stdout)
            : reject(
                new CommandFailedError(
                  masked(commandLine(command, args), options.secrets),
                  status,
                  masked(stderr, options.secrets),
                ),
              ),
        );
        child.stdin?.end(options.stdin ?? '');
      });
    },
  };
}
