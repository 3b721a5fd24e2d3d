import { createServer, type Server } from 'node:http';
import type { Emulator } from '../core/Emulator';
import type { AppToAppRoutes } from './appToAppRoutes';
import { close, listen, origin, sendJson } from './io';
import { type RouteContext, route } from './routes';
import type { Snapshot } from './snapshot';

/** The emulator's HTTP server: the Alexa app page, its JSON API, and Alexa's redirect endpoint. */
export interface EmulatorServer {
  url: string;
  /** Alexa's redirect URI on this server: `/api/skill/link/<vendorId>`. */
  redirectUri(vendorId: string): string;
  /**
   * Connects the emulator once the rest of the stack is up (until then requests get 503); `reset` is what the
   * page's "Reset demo" runs. Attaching again replaces the emulator.
   */
  attach(emulator: Emulator, skill: Snapshot['skill'], reset: () => Promise<void>, appToApp?: AppToAppRoutes): void;
  close(): Promise<void>;
}

/** Starts listening first, so the redirect URI is known before the OAuth service is configured with it. */
export async function startEmulatorServer(options: { host: string; port: number }): Promise<EmulatorServer> {
  let context: RouteContext | undefined;
  const server: Server = createServer((req, res) => {
    if (context === undefined)
      return sendJson(res, 503, { error: 'starting', error_description: 'the emulator is starting' });
    route(context, req, res).catch((error: Error) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: error.message });
    });
  });
  const port = await listen(server, options.port, options.host, 'The emulator');
  const url = origin(options.host, port);
  return {
    url,
    redirectUri: (vendorId) => `${url}/api/skill/link/${vendorId}`,
    attach: (emulator, skill, reset, appToApp) => {
      context = { emulator, skill, origin: url, reset, appToApp };
    },
    close: () => close(server),
  };
}
