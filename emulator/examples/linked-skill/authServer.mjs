// A small OAuth 2.0 / OpenID Connect server for the example skill, built on oidc-provider (panva) with a plain
// login page and consent page. It knows one user and one client: Alexa's. Run it with `node authServer.mjs`,
// or let the emulator start it with --auth-server-command.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const ISSUER = process.env.EXAMPLE_AUTH_URL ?? 'http://127.0.0.1:3300';
const DAY = 24 * 3600;
const USERS = { 'ada@example.com': { password: 'example-password', name: 'Ada Lovelace' } };

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: 'alexa-example',
      client_secret: 'example-alexa-secret',
      // A native client may redirect to a loopback address on any port (RFC 8252 §7.3), which suits an emulator
      // on a free port. A real skill registers Alexa's three https redirect URLs instead.
      application_type: 'native',
      redirect_uris: ['http://127.0.0.1:3000/api/skill/link/M2RIDEHAILER'],
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'example', use: 'sig', alg: 'ES256' }] },
  cookies: { keys: ['example-cookie-key'] },
  claims: { openid: ['sub'], profile: ['name'] },
  findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, name: USERS[id]?.name }) }),
  // Alexa needs a refresh token with every code exchange, without asking for offline_access.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
  ttl: { AccessToken: 3600, RefreshToken: 30 * DAY, Grant: 30 * DAY, Session: DAY, Interaction: 3600, IdToken: 3600 },
  renderError: (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page(
      'Something went wrong',
      `<p role="alert">${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p>`,
    );
  },
});

async function formOf(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/** The login and consent pages, and what their forms post. */
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET' && details.prompt.name === 'login') {
    const error = action === 'retry' ? '<p role="alert">Wrong email or password.</p>' : '';
    return res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        page(
          'Sign in',
          `${error}<form method="post" action="/interaction/${uid}/login">` +
            '<label>Email <input type="email" name="email" autocomplete="username" required></label>' +
            '<label>Password <input type="password" name="password" autocomplete="current-password" required></label>' +
            '<button type="submit">Sign in</button></form>',
        ),
      );
  }
  if (req.method === 'GET') {
    return res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        page(
          'Allow Alexa?',
          `<p>Alexa asks to know your name.</p><form method="post" action="/interaction/${uid}/consent">` +
            '<button type="submit" name="decision" value="allow">Allow</button>' +
            '<button type="submit" name="decision" value="deny">Deny</button></form>',
        ),
      );
  }
  const form = await formOf(req);
  if (action === 'login') {
    const email = form.get('email') ?? '';
    if (USERS[email]?.password !== form.get('password')) {
      return res.writeHead(303, { Location: `/interaction/${uid}/retry` }).end();
    }
    return provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
  }
  if (form.get('decision') !== 'allow') {
    const result = { error: 'access_denied', error_description: 'the user did not allow access' };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  const { accountId } = details.session;
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
const server = createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|consent|retry))?$/.exec(req.url ?? '');
  if (match === null) return callback(req, res);
  interaction(req, res, match[1], match[2]).catch((error) => {
    if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error.message));
  });
});
const { hostname, port } = new URL(ISSUER);
server.listen(Number(port), hostname, () => process.stdout.write(`Example authorization server at ${ISSUER}\n`));
