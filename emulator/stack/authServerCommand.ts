import { type ChildProcess, spawn } from 'node:child_process';

/** How long a started authorization server gets to answer. */
const READY_MS = 20_000;
const POLL_MS = 100;

/** A process the emulator started for the user's authorization server. */
export interface AuthServerProcess {
  close(): Promise<void>;
}

function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  // The shell and whatever it started form one process group (detached), so both stop.
  if (process.platform === 'win32') child.kill();
  else process.kill(-child.pid, 'SIGTERM');
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the authorization server's own start command (as Playwright's `webServer` does for a web app) and waits
 * until `readyUrl` answers at all; its output goes to stderr, marked, so it never mixes into a transcript.
 */
export async function startAuthServerCommand(command: string, readyUrl: string): Promise<AuthServerProcess> {
  const child = spawn(command, {
    shell: true,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const relay = (chunk: Buffer) => {
    output = `${output}${chunk.toString()}`.slice(-2000);
    for (const line of chunk.toString().split('\n'))
      if (line.trim() !== '') process.stderr.write(`[auth server] ${line}\n`);
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const close = async () => {
    stop(child);
    await exited;
  };
  const deadline = Date.now() + READY_MS;
  while (!(await answers(readyUrl))) {
    if (gone)
      throw new Error(`--auth-server-command "${command}" exited before ${readyUrl} answered:\n${output.trim()}`);
    if (Date.now() > deadline) {
      await close();
      throw new Error(
        `--auth-server-command "${command}" started, but ${readyUrl} did not answer within ${READY_MS} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { close };
}
