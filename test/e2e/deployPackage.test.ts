import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { defineBundleDynamoSuite } from '../helpers/bundleDynamoSuite';
import { build, withIntent, withLocale } from '../helpers/requests';
import { speechOf } from '../helpers/skillHarness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rh-deploy-'));
const unpacked = join(work, 'lambda');

/**
 * What `ask deploy` uploads: hooks/build.sh is run from a copy of the code folder with the zip path as its first
 * argument. The zip must run on its own, with no node_modules next to it (Lambda has none).
 */
beforeAll(async () => {
  await run('bash', [join(root, 'hooks', 'build.sh'), join(work, 'build.zip'), 'false'], { cwd: work });
  await run('python3', ['-m', 'zipfile', '-e', join(work, 'build.zip'), unpacked]);
}, 60_000);

describe('hooks/build.sh', () => {
  it('writes a self-contained zip whose handler answers an unlinked request with the link response', async () => {
    expect(readdirSync(unpacked).sort()).toEqual(
      expect.arrayContaining(['index.js', 'package.json', 'prompts', 'vendor']),
    );
    expect(existsSync(join(unpacked, 'meta.json'))).toBe(false);

    writeFileSync(
      join(work, 'event.json'),
      JSON.stringify(build('launch', withLocale('fr-FR'), withIntent('RideStatusIntent'))),
    );
    const script = `require(${JSON.stringify(join(unpacked, 'index.js'))}).handler(require(${JSON.stringify(join(work, 'event.json'))}), {}).then((r) => process.stdout.write('\\n' + JSON.stringify(r)))`;
    const { stdout } = await run(process.execPath, ['-e', script], {
      cwd: work,
      env: { PATH: process.env.PATH, RIDE_HAILER_API_URL: 'https://api.ridehailer.example', LOG_LEVEL: 'silent' },
    });
    const response = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ResponseEnvelope;
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(response)).toMatch(/Alexa/);
    expect(speechOf(response)).not.toMatch(/^To book rides/);
  });
});

defineBundleDynamoSuite('the deploy zip from hooks/build.sh', () => unpacked);
