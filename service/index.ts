import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import serverless from 'serverless-http';
import { createServiceApp } from './app';
import { loadConfig, processEnv } from './config';

type Handler = ReturnType<typeof serverless>;

let handler: Handler | undefined;

function init(): Handler {
  const config = loadConfig(processEnv());
  const app = createServiceApp(config);
  return serverless(app.listener);
}

/**
 * Lambda entry for API Gateway HTTP API (payload v2) and Function URL events, mounted at the root with no stage
 * prefix (panva/node-oidc-provider#565). Configuration is read once per cold start.
 */
export async function main(event: APIGatewayProxyEventV2, context: Context): Promise<unknown> {
  handler ??= init();
  return handler(event, context);
}

export { main as handler };
