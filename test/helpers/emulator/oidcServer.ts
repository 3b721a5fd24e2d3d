import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Provider, { type Adapter, type AdapterPayload, type JWK } from 'oidc-provider';

/**
 * An OAuth 2.0 / OpenID Connect server that owes nothing to Ride Hailer's service: panva's oidc-provider,
 * configured here from its defaults, with a login page and a consent page of its own whose field and button
 * names the emulator's form filler cannot guess (so the tests give selectors, as a user of another server would).
 */

/** The one user the server knows. */
export const OIDC_USER = { username: 'grace@example.org', password: 'cobol-1959', name: 'Grace Hopper' };

/** The selectors the login and consent pages need: every control on them defeats the form filler's guesses. */
export const OIDC_SELECTORS = {
  username: 'input[name=acct]',
  password: 'input[name=pin]',
  submit: 'button[value=signin]',
  consent: 'button[value=share]',
} as const;

/** What to vary in the server, to make it break one of Alexa's rules. */
export interface OidcServerOptions {
  /** Redirect URIs of Alexa's client; a native client's loopback URIs match any port (RFC 8252 §7.3). */
  redirectUris?: string[];
  /**
   * The one client-authentication scheme the token endpoint accepts, as many servers have it (oidc-provider
   * itself takes both): `basic` refuses credentials in the body, `body` refuses an Authorization header.
   */
  onlyScheme?: 'basic' | 'body';
  /** Access-token lifetime in seconds (oidc-provider's `ttl.AccessToken`). */
  accessTokenTtl?: number;
}

/** A running server and what it saw. */
export interface OidcServer {
  url: string;
  clientId: string;
  clientSecret: string;
  /** The grant type of every successful token request, in order. */
  grants: string[];
  /** Writes an account-linking file (bare fields, as a user may keep it) for this server; returns its path. */
  accountLinkingFile(dir: string, overrides?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** oidc-provider's storage, in memory, one map per server; it also keeps the library's start-up warning away. */
class MemoryAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly rows: Map<string, AdapterPayload>,
  ) {}
  private key = (id: string) => `${this.model}:${id}`;
  async upsert(id: string, payload: AdapterPayload) {
    this.rows.set(this.key(id), payload);
  }
  async find(id: string) {
    return this.rows.get(this.key(id));
  }
  async findByUserCode(userCode: string) {
    return [...this.rows.values()].find((row) => row.userCode === userCode);
  }
  async findByUid(uid: string) {
    return [...this.rows.values()].find((row) => row.uid === uid);
  }
  async consume(id: string) {
    const row = this.rows.get(this.key(id));
    if (row !== undefined) row.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    this.rows.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const [key, row] of this.rows) if (row.grantId === grantId) this.rows.delete(key);
  }
}

const html = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    const body =
      details.prompt.name === 'login'
        ? `<form method="post" action="/interaction/${uid}"><input name="acct"><input name="pin" inputmode="numeric">` +
          '<button name="action" value="forgot">Forgot PIN?</button><button name="action" value="signin">Go</button></form>'
        : `<p>Share your name with Alexa?</p><form method="post" action="/interaction/${uid}">` +
          '<button name="choice" value="share">Share</button><button name="choice" value="keep">Keep it</button></form>';
    return res.writeHead(200, { 'Content-Type': 'text/html' }).end(html(details.prompt.name, body));
  }
  const form = await formOf(req);
  if (details.prompt.name === 'login') {
    if (form.get('action') !== 'signin') {
      return res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(html('login', '<p role="alert">Ask your admin for a new PIN.</p>'));
    }
    if (form.get('acct') !== OIDC_USER.username || form.get('pin') !== OIDC_USER.password) {
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end(html('login', '<p role="alert">No.</p>'));
    }
    const login = { login: { accountId: OIDC_USER.username } };
    return provider.interactionFinished(req, res, login, { mergeWithLastSubmission: false });
  }
  if (form.get('choice') !== 'share') {
    return provider.interactionFinished(req, res, { error: 'access_denied' }, { mergeWithLastSubmission: false });
  }
  const grant = new provider.Grant({
    accountId: details.session?.accountId,
    clientId: String(details.params.client_id),
  });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const consent = { consent: { grantId: await grant.save() } };
  return provider.interactionFinished(req, res, consent, { mergeWithLastSubmission: true });
}

/** Starts the server on a free loopback port. */
export async function startOidcServer(options: OidcServerOptions = {}): Promise<OidcServer> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'alexa';
  const clientSecret = 'a secret with spaces & symbols';
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rows = new Map<string, AdapterPayload>();
  const provider = new Provider(url, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        application_type: 'native',
        redirect_uris: options.redirectUris ?? ['http://127.0.0.1/api/skill/link/M2RIDEHAILER'],
        grant_types: ['authorization_code', 'refresh_token'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'k', use: 'sig', alg: 'ES256' }] },
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, name: OIDC_USER.name }) }),
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, details) => `/interaction/${details.uid}` },
    adapter: (model: string) => new MemoryAdapter(model, rows),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
    },
    ttl: {
      AccessToken: options.accessTokenTtl ?? 3600,
      RefreshToken: 86_400,
      Grant: 86_400,
      Session: 3600,
      Interaction: 600,
      IdToken: 3600,
    },
  });
  const grants: string[] = [];
  provider.on('grant.success', (ctx) => grants.push(String(ctx.oidc.params?.grant_type)));
  const callback = provider.callback();
  const wrongScheme = (req: IncomingMessage) =>
    req.url === '/token' &&
    ((options.onlyScheme === 'basic' && req.headers.authorization === undefined) ||
      (options.onlyScheme === 'body' && req.headers.authorization !== undefined));
  handler = (req, res) => {
    if (wrongScheme(req)) {
      const body = { error: 'invalid_client', error_description: 'client authentication failed' };
      return void res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    }
    const uid = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    if (uid === undefined) return void callback(req, res);
    interaction(provider, req, res, uid).catch((error: Error) => res.writeHead(400).end(error.message));
  };
  return {
    url,
    clientId,
    clientSecret,
    grants,
    accountLinkingFile: async (dir, overrides = {}) => {
      const file = join(dir, `accountLinking-${(server.address() as AddressInfo).port}.json`);
      const fields = {
        type: 'AUTH_CODE',
        authorizationUrl: `${url}/auth`,
        accessTokenUrl: `${url}/token`,
        accessTokenScheme: 'HTTP_BASIC',
        clientId,
        scopes: ['openid', 'profile'],
        skipOnEnablement: true,
        ...overrides,
      };
      await writeFile(file, JSON.stringify(fields, null, 2));
      return file;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
