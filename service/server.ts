import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServiceApp, type ServiceApp } from './app';
import { type Env, loadConfig, processEnv } from './config';
import type { Logger } from './log';
import { seedDemoRider } from './riders/demoRider';
import { createDynamoClient } from './store/dynamo';
import { type EmbeddedDynamo, startEmbeddedDynalite } from './store/localDynalite';
import { ensureTable } from './store/table';

/** Options for {@link startService}; anything omitted comes from `env` (default: the process environment). */
export interface StartServiceOptions {
  port?: number;
  host?: string;
  env?: Record<string, string | undefined>;
  /** Where log lines go; default JSON lines on stderr at LOG_LEVEL. */
  log?: Logger;
}

/** A running service and the URLs an OAuth client (Alexa, the emulator) needs. */
export interface RunningService {
  /** Where the server listens (`http://host:port`); equals `issuer` unless ISSUER names a proxy in front. */
  url: string;
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  app: ServiceApp;
  close(): Promise<void>;
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the service on node:http. In local mode it also starts embedded dynalite (unless DYNAMODB_ENDPOINT is
 * set), creates the table and seeds the demo rider. `port: 0` picks a free port; the issuer follows it.
 */
export async function startService(options: StartServiceOptions = {}): Promise<RunningService> {
  const baseEnv: Env = { ...(options.env ?? processEnv()) };
  if (options.host !== undefined) baseEnv.HOST = options.host;
  if (options.port !== undefined) baseEnv.PORT = String(options.port);
  const draft = loadConfig(baseEnv);
  const server = createServer();
  let ready: (app: ServiceApp) => void = () => {};
  const appReady = new Promise<ServiceApp>((done) => {
    ready = done;
  });
  server.on('request', (req, res) => {
    appReady.then((app) => app.listener(req, res));
  });
  const port = await listen(server, draft.port, draft.host);
  let embedded: EmbeddedDynamo | undefined;
  try {
    const config = loadConfig({ ...baseEnv, PORT: String(port) });
    if (config.mode === 'local' && !config.dynamo.endpoint) {
      embedded = await startEmbeddedDynalite(config.localDataDir);
      config.dynamo.endpoint = embedded.endpoint;
    }
    const dynamo = createDynamoClient(config);
    if (config.mode === 'local') {
      await ensureTable(dynamo, config.dynamo.table);
    }
    const app = createServiceApp(config, { dynamo, log: options.log });
    if (config.mode === 'local') await seedDemoRider(app.riders, new Date());
    await app.started;
    ready(app);
    const hostPart = draft.host.includes(':') ? `[${draft.host}]` : draft.host;
    return {
      url: `http://${hostPart}:${port}`,
      issuer: config.issuer,
      authorizationUrl: `${config.issuer}/auth`,
      tokenUrl: `${config.issuer}/token`,
      clientId: config.alexa.clientId,
      app,
      close: async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await app.close();
        dynamo.destroy();
        await embedded?.close();
      },
    };
  } catch (error) {
    server.close();
    await embedded?.close();
    throw error;
  }
}
