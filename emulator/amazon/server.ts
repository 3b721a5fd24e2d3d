import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { close, listen, origin, sendJson } from '../http/io';
import { AlexaApiState } from './alexaApi/AlexaApiState';
import { alexaApiRoutes } from './alexaApi/routes';
import type { AlexaSide, SkillRecord } from './alexaApi/types';
import { LwaState } from './lwa/LwaState';
import { lwaRequestHandler } from './lwa/server';
import type { LwaClient } from './lwa/types';

/** A running Amazon stand-in: Login with Amazon and the Alexa API on one local origin. */
export interface AmazonStandIn {
  url: string;
  lwa: LwaState;
  alexaApi: AlexaApiState;
  /** Base URL of one Alexa API host on this origin (what `https://{host}` stands for). */
  alexaApiUrl(host: string): string;
  close(): Promise<void>;
}

/** What the stand-in serves: the LWA clients it knows, the skill for the Alexa API, and Alexa itself. */
export interface AmazonStandInOptions {
  host?: string;
  port?: number;
  clients: LwaClient[];
  skill: SkillRecord;
  alexa: () => AlexaSide;
  lwa?: LwaState;
}

/** The first path segment when it names a host (`/api.eu.amazonalexa.com/v1/…`), and the rest of the path. */
function hostPrefix(pathname: string): { host: string; path: string } | undefined {
  const match = /^\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/.*)$/.exec(pathname);
  return match?.[1] === undefined || match[2] === undefined ? undefined : { host: match[1], path: match[2] };
}

/**
 * Amazon's own services the emulator stands in for, on one origin: www.amazon.com and api.amazon.com (Login with
 * Amazon) at the root, and each Alexa API host (api.amazonalexa.com, api.eu.…, api.fe.…) under `/<host>`, so
 * `https://{host}` maps to `<origin>/{host}` (the service's ALEXA_REGION_URL_TEMPLATE).
 */
export async function startAmazonStandIn(options: AmazonStandInOptions): Promise<AmazonStandIn> {
  const lwa = options.lwa ?? new LwaState();
  const alexaApi = new AlexaApiState();
  const lwaHandler = lwaRequestHandler(options.clients, lwa);
  const alexaHandler = alexaApiRoutes(options.skill, lwa, alexaApi, options.alexa);
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://amazon.local');
    const prefixed = hostPrefix(pathname);
    if (prefixed === undefined) return lwaHandler(req, res);
    try {
      await alexaHandler(req, res, prefixed.host, prefixed.path);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { message: (error as Error).message });
    }
  };
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => void handler(req, res));
  const port = await listen(server, options.port ?? 0, host, 'The Amazon stand-in');
  const url = origin(host, port);
  return { url, lwa, alexaApi, alexaApiUrl: (apiHost) => `${url}/${apiHost}`, close: () => close(server) };
}
