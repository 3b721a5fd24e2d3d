import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceUrls } from './link';
import type { TestService } from './testService';

const BUNDLE = join(import.meta.dirname, '..', '..', '..', 'dist', 'service', 'index.js');
const GATEWAY = join(import.meta.dirname, 'bundleGateway.mjs');

/** The shipped bundle behind a stand-in API Gateway: the same URLs as a running service, no in-process app. */
export type BundleService = ServiceUrls;

/**
 * Starts dist/service/index.js (built by `npm run build`) in its own Node process behind bundleGateway.mjs, on
 * the storage of `storage` (its table, with the demo rider), and answers once the gateway listens. With
 * `frozenClock`, time stands still in that process (throttle windows, code lifetimes); `env` adds to or overrides
 * the process's environment (for example the Amazon endpoints of app-to-app linking).
 */
export async function startBundleService(
  storage: TestService,
  options: { frozenClock?: boolean; env?: Record<string, string> } = {},
): Promise<BundleService> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
  const gateway = await spawnBundleGateway({
    PATH: process.env.PATH,
    SERVICE_MODE: 'local',
    DYNAMODB_ENDPOINT: storage.endpoint,
    SERVICE_TABLE: storage.table,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LOG_LEVEL: 'silent',
    ...(options.frozenClock ? { GATEWAY_FROZEN_CLOCK: '1' } : {}),
    ...options.env,
  });
  const { url } = gateway;
  return {
    url,
    issuer: url,
    authorizationUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    clientId: 'ride-hailer-alexa',
    close: gateway.stop,
  };
}

/** A running bundleGateway.mjs: the URL it listens on, and a stop that waits for its process to exit. */
export interface BundleGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Spawns bundleGateway.mjs in its own Node process with exactly `env` (nothing inherited), in `cwd` when given, and
 * answers with its URL once it listens; it fails with the gateway's stderr if the process exits first.
 */
export async function spawnBundleGateway(env: NodeJS.ProcessEnv, cwd?: string): Promise<BundleGateway> {
  const child = spawn(process.execPath, [GATEWAY], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    child.once('exit', (code) => reject(new Error(`the bundle gateway exited (${code}): ${stderr}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
