import { createServer } from 'node:net';
import type { Snapshot } from '../../../emulator/http/snapshot';
import { spoken } from '../../helpers/emulator/catalog';
import { CLI_MS, dialog, npmStart, type RunningStart } from '../../helpers/emulator/cli';

let start: RunningStart;
beforeAll(async () => {
  start = await npmStart([]);
}, CLI_MS);
afterAll(() => start?.stop());

/** The environment under which the dialog's default place to attach is this `npm start`. */
const where = () => ({ EMULATOR_PORT: new URL(start.url).port });

async function transcript(): Promise<Snapshot['transcript']> {
  return ((await (await fetch(`${start.url}/api/state`)).json()) as Snapshot).transcript;
}

describe('npm run dialog and a running npm start', () => {
  it(
    'talks to its own private stack when typed to interactively, and says that npm start is left alone',
    async () => {
      const before = await transcript();
      const run = await dialog([], where(), 'open ride hailer\n.quit\n');
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('on a private in-memory stack');
      expect(run.stderr).toContain(`the \`npm start\` at ${start.url} is left alone; --attach talks to it`);
      expect(run.stdout).toMatch(spoken('en-US', 'launch.unlinked'));
      expect(await transcript()).toEqual(before);
    },
    CLI_MS,
  );

  it(
    'talks to npm start with --attach, where the page shows the same conversation',
    async () => {
      const run = await dialog(['--attach'], where(), 'open ride hailer\n.quit\n');
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`on the \`npm start\` at ${start.url} (attached`);
      expect(run.stdout).toMatch(spoken('en-US', 'launch.unlinked'));
      expect(await transcript()).toContainEqual({ who: 'user', text: 'open ride hailer' });
    },
    CLI_MS,
  );

  it(
    'says so and exits when nothing answers where --attach points',
    async () => {
      const free = createServer();
      await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
      const { port } = free.address() as { port: number };
      await new Promise((resolve) => free.close(resolve));
      const run = await dialog(['--attach', `http://127.0.0.1:${port}`, '--replay', 'emulator/replays/en-US.json']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`dialog: no emulator answers at http://127.0.0.1:${port}`);
      expect(run.stdout).toBe('');
    },
    CLI_MS,
  );
});
