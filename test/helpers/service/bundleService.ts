import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built service bundle answering over HTTP through the test gateway, like it runs behind API Gateway. */
export interface BundleService {
  url: string;
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  close(): Promise<void>;
}

const BUNDLE = join(process.cwd(), 'dist', 'service', 'index.js');

/**
 * Starts dist/service/index.js (built by `npm run build`) behind lambdaGateway.mjs in a fresh Node process, with
 * exactly `env` as its environment (plus PATH). The caller owns the storage the environment points at.
 */
export async function startBundleService(env: Record<string, string>): Promise<BundleService> {
  if (!existsSync(BUNDLE)) throw new Error('dist/service/index.js is missing: run `npm run build` first');
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'lambdaGateway.mjs'), BUNDLE], {
    env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`the bundle gateway exited with ${code}: ${output}`)));
  });
  return {
    url,
    issuer: url,
    authorizationUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
