import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** dist/skill, where `npm run build` puts the skill bundle. */
export const DIST_SKILL = join(root, 'dist', 'skill');

/** What one bundle process answered and logged. */
export interface BundleRun {
  responses: ResponseEnvelope[];
  /** The bundle's own files the process had loaded after each response (relative paths, sorted). */
  loaded: string[][];
  stdout: string;
  stderr: string;
}

/** The variables every bundle process gets: offline AWS credentials and no Node-version notice. */
const BASE_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'debug',
};

/**
 * Runs envelopes one after another through `<bundleDir>/index.js` in a fresh Node process, as Lambda would
 * (CommonJS require, nothing of the test process shared), and returns the responses and everything it logged.
 * A nested array is invoked concurrently; its responses come in its order.
 */
export async function invokeBundle(
  bundleDir: string,
  envelopes: Array<RequestEnvelope | RequestEnvelope[]>,
  env: Record<string, string>,
): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'rh-bundle-'));
  writeFileSync(join(dir, 'in.json'), JSON.stringify(envelopes));
  const { stdout, stderr } = await run(
    process.execPath,
    [join(root, 'test', 'e2e', 'invokeBundle.cjs'), bundleDir, join(dir, 'in.json'), join(dir, 'out.json')],
    // A bundle that hangs is killed, so the test fails with its output instead of waiting forever.
    { env: { PATH: process.env.PATH, ...BASE_ENV, ...env }, timeout: 20_000 },
  );
  const results = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as {
    response: ResponseEnvelope;
    loaded: string[];
  }[];
  return { responses: results.map((r) => r.response), loaded: results.map((r) => r.loaded), stdout, stderr };
}

/** The structured log lines a bundle process wrote to stdout. */
export function logLines(run: BundleRun): { level: string; message: string }[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: string; message: string });
}
