import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import serverless from 'serverless-http';
import { createServiceApp } from './app';
import { loadConfig, processEnv } from './config';
import { resolveSecrets } from './secrets';

type Handler = ReturnType<typeof serverless>;

let handler: Promise<Handler> | undefined;

async function init(): Promise<Handler> {
  const config = loadConfig(await resolveSecrets(processEnv()));
  const app = createServiceApp(config);
  return serverless(app.listener);
}

/**
 * Lambda entry for API Gateway HTTP API (payload v2) and Function URL events, mounted at the root with no stage
 * prefix (panva/node-oidc-provider#565). Secrets and configuration are read once per cold start; a start that
 * fails (SSM unreachable, say) is tried again by the next event instead of being kept.
 */
export async function main(event: APIGatewayProxyEventV2, context: Context): Promise<unknown> {
  handler ??= init().catch((error: unknown) => {
    handler = undefined;
    throw error;
  });
  return (await handler)(event, context);
}

export { main as handler };
