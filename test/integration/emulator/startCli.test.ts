import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spoken } from '../../helpers/emulator/catalog';
import { CLI_MS, dialog, npmStart, npmStartFails } from '../../helpers/emulator/cli';

const REPLAY = 'emulator/replays/en-US.json';

/** Replays the en-US file against a running `npm start` (links, orders a car to the airport, says yes). */
async function orderThroughStart(url: string): Promise<string> {
  const run = await dialog(['--attach', url, '--replay', REPLAY]);
  if (run.code !== 0) throw new Error(`the attached replay exited with ${run.code}:\n${run.stderr}`);
  return run.stdout;
}

describe('npm start', () => {
  it(
    'keeps a data folder across starts, and --reset empties it, never while another npm start holds it',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'npm-start-data-'));
      const first = await npmStart(['--data-dir', dataDir]);
      try {
        expect(await orderThroughStart(first.url)).toMatch(spoken('en-US', 'order.booked'));
      } finally {
        await first.stop();
      }

      const second = await npmStart(['--data-dir', dataDir]);
      try {
        const held = await npmStartFails([
          '--port',
          '0',
          '--service-port',
          '0',
          '--lwa-port',
          '0',
          '--data-dir',
          dataDir,
          '--reset',
        ]);
        expect(held.code).toBe(1);
        expect(held.stderr).toMatch(/the data folder .* is in use by process \d+ \(another `npm start`\?\)/);
        expect(await orderThroughStart(second.url)).toMatch(spoken('en-US', 'order.conflict'));
      } finally {
        await second.stop();
      }

      const third = await npmStart(['--data-dir', dataDir, '--reset']);
      try {
        expect(third.output()).toContain('(kept across starts; emptied by --reset)');
        const stdout = await orderThroughStart(third.url);
        expect(stdout).toMatch(spoken('en-US', 'order.booked'));
        expect(stdout).not.toMatch(spoken('en-US', 'order.conflict'));
      } finally {
        await third.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    8 * CLI_MS,
  );

  it(
    'starts every demo afresh in memory unless given a data folder',
    async () => {
      const first = await npmStart([]);
      try {
        expect(first.output()).toContain('data: in memory (a fresh demo on every start)');
        expect(await orderThroughStart(first.url)).toMatch(spoken('en-US', 'order.booked'));
      } finally {
        await first.stop();
      }
      const second = await npmStart([]);
      try {
        expect(await orderThroughStart(second.url)).toMatch(spoken('en-US', 'order.booked'));
      } finally {
        await second.stop();
      }
    },
    4 * CLI_MS,
  );

  it(
    'names --service-port and EMULATOR_SERVICE_PORT when the service port is taken',
    async () => {
      const taken: Server = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const { port } = taken.address() as { port: number };
      try {
        const run = await npmStartFails(['--port', '0', '--service-port', String(port), '--lwa-port', '0']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`start: The OAuth/rides service could not listen on 127.0.0.1:${port}`);
        expect(run.stderr).toMatch(/choose a free port with --service-port or EMULATOR_SERVICE_PORT\)/);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    },
    CLI_MS,
  );

  it(
    'refuses --memory together with --data-dir',
    async () => {
      const run = await npmStartFails(['--memory', '--data-dir', 'somewhere']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('start: choose --memory or --data-dir, not both');
    },
    CLI_MS,
  );
});
