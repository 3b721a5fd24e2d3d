import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type Provider from 'oidc-provider';
import type { ServiceConfig } from './config';
import { MalformedRequestError } from './errors';
import { createApiRouter } from './http/apiRouter';
import { pinToIssuer } from './http/requestTarget';
import { sendJson } from './http/respond';
import { HSTS, htmlSecurityHeaders, redirectOrigins } from './http/securityHeaders';
import { createLogger, type Logger } from './log';
import { activateGrantOnRedemption } from './mobile/alexaCodes';
import { mobileDeps } from './mobile/mobileDeps';
import { mobileRoutes } from './mobile/routes';
import { alexaUserRoutes } from './oauth/alexaUserRoutes';
import { createInteractionHandler, isInteractionPath } from './oauth/interactions/routes';
import { STYLESHEET_PATH } from './oauth/pages/html';
import { PAGES_CSS } from './oauth/pages/styles';
import { createProvider } from './oauth/provider';
import { oidcReadAhead, readAheadForPath } from './oauth/readAhead';
import { refuseUnservedResponseMode } from './oauth/responseModes';
import { createGrantRevoker } from './oauth/revocation';
import { SCOPES } from './oauth/scopes';
import { Throttle } from './oauth/throttle';
import { dummyHash } from './riders/passwords';
import type { RiderRepository } from './riders/rider';
import { ridesRoutes } from './rides/routes';
import { dynamoCounterStore } from './store/counters';
import { createDynamoClient } from './store/dynamo';
import { ItemStore } from './store/itemStore';
import { dynamoAdapterFactory } from './store/oidcAdapter';
import { dynamoRiderRepository } from './store/riders';
import { dynamoRideRepository } from './store/rides';

/** Replaceable collaborators; everything defaults from the configuration. */
export interface ServiceDeps {
  /** DynamoDB client; when omitted the app creates one and closes it in `close()`. */
  dynamo?: DynamoDBClient;
  /** Clock in ms since the epoch (throttle windows, ride simulation, storage expiry). */
  now?: () => number;
  log?: Logger;
}

/** The service as one request listener plus the revocation entry points the skill's unlink path uses. */
export interface ServiceApp {
  /** A node:http request listener (also what serverless-http wraps on Lambda). */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** Revokes every grant of a rider; resolves to the number of grants revoked. */
  revokeGrantsForRider(riderId: string): Promise<number>;
  /** Revokes every grant bound to an Alexa user id (SkillDisabled); resolves to the number revoked. */
  revokeGrantsForAlexaUser(alexaUserId: string): Promise<number>;
  /** Releases what the app created (its DynamoDB client). */
  close(): Promise<void>;
  /** Resolves once start-up work is done: the dummy hash unknown emails are checked against is built. */
  started: Promise<void>;
  /** The oidc-provider instance, for tests and tools. */
  provider: Provider;
  riders: RiderRepository;
}

/** RFC 8414 §3 metadata path; oidc-provider serves the same document at the OpenID discovery path. */
const RFC8414_METADATA = '/.well-known/oauth-authorization-server';

/** Composition root of the linked service: OAuth 2.0 server, login/consent pages and the rides API. */
export function createServiceApp(config: ServiceConfig, deps: ServiceDeps = {}): ServiceApp {
  const now = deps.now ?? (() => Date.now());
  const log = deps.log ?? createLogger(config.logLevel);
  const client = deps.dynamo ?? createDynamoClient(config);
  const table = config.dynamo.table;
  // One request-scoped view of the table for every store, so a request's reads and writes travel together.
  const items = new ItemStore(client, table);
  const adapter = dynamoAdapterFactory({
    client,
    table,
    now,
    refreshGraceSeconds: config.tokens.refreshGraceSeconds,
    items,
    readAhead: oidcReadAhead,
    revokeReplayedGrant: (grantId) => revoker.revokeGrant(grantId),
  });
  const riders = dynamoRiderRepository(client, table, items);
  const throttle = new Throttle(dynamoCounterStore(client, table, items), now);
  const provider = createProvider(config, { adapter, riders, now, log, throttle, items });
  const revoker = createGrantRevoker(adapter, { client, table });
  // Built now rather than at the first unknown-email sign-in, which would otherwise take ~100 ms longer.
  const started = dummyHash().then(() => undefined);
  // The Lambda edge does not wait for it; a failure then shows at the first unknown-email sign-in instead.
  started.catch(() => undefined);

  const baseHeaders: Record<string, string> = config.issuer.startsWith('https:')
    ? { 'Strict-Transport-Security': HSTS }
    : {};
  const formTargets = [...config.alexa.redirectUris, ...(config.mobile?.appRedirectUris ?? [])];
  const htmlHeaders = { ...htmlSecurityHeaders(redirectOrigins(formTargets)), ...baseHeaders };
  const interactions = createInteractionHandler({ config, provider, riders, throttle, log, htmlHeaders, items });
  const api = createApiRouter(
    [
      ...ridesRoutes({ provider, riders, rides: { repo: dynamoRideRepository(client, table, now, items), now } }),
      ...alexaUserRoutes({ config, provider, riders, revoker, throttle }),
      ...(config.mobile
        ? mobileRoutes(mobileDeps(config, config.mobile, { provider, riders, revoker, adapter, client, items, now }))
        : []),
    ],
    log,
    baseHeaders,
    () => items.flush(),
  );
  const extendGrant = (model: 'Grant' | 'RefreshToken', id: string, expiresAt: number) =>
    adapter(model).extendExpiry(id, expiresAt);
  provider.use(activateGrantOnRedemption(extendGrant, config.tokens.refreshTokenIdleSeconds, now));
  const oidc = provider.callback();
  const issuer = new URL(config.issuer);

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === STYLESHEET_PATH && req.method === 'GET') {
      res.writeHead(200, {
        ...baseHeaders,
        'Content-Type': 'text/css; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(PAGES_CSS);
      return;
    }
    if (isInteractionPath(url.pathname)) return interactions(req, res, url);
    if (url.pathname.startsWith('/v1/')) return api(req, res, url);
    if (url.pathname === RFC8414_METADATA) req.url = `/.well-known/openid-configuration${url.search}`;
    items.want(...readAheadForPath(url.pathname));
    if (url.pathname === '/auth' && req.method === 'GET') {
      // RFC 6749 §3.3: a request without `scope` gets the documented default, every Ride Hailer scope.
      const defaultScope = !url.searchParams.has('scope');
      if (defaultScope) url.searchParams.set('scope', SCOPES.join(' '));
      if (refuseUnservedResponseMode(url) || defaultScope) req.url = `${url.pathname}${url.search}`;
    }
    await oidc(req, res);
  };

  return {
    listener: (req, res) => {
      let url: URL;
      try {
        url = pinToIssuer(req, issuer);
      } catch (error) {
        if (!(error instanceof MalformedRequestError)) throw error;
        log.info('client_error', { status: error.status, error: error.code, description: error.message });
        sendJson(res, error.status, { error: error.code, error_description: error.message }, baseHeaders);
        return;
      }
      items
        .inRequest(async () => {
          await route(req, res, url);
          // Every answer flushes first; anything still pending here is written late rather than lost.
          if (items.pendingWrites() > 0) {
            log.error('writes_after_answer', { path: url.pathname, writes: items.pendingWrites() });
            await items.flush();
          }
        })
        .catch((error: Error) => {
          log.error('unhandled_error', { name: error.name, message: error.message });
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Internal Server Error');
        });
    },
    revokeGrantsForRider: revoker.revokeGrantsForRider,
    revokeGrantsForAlexaUser: revoker.revokeGrantsForAlexaUser,
    close: async () => {
      if (!deps.dynamo) client.destroy();
    },
    started,
    provider,
    riders,
  };
}
