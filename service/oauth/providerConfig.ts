import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { ServiceConfig } from '../config';
import { appClientMetadata, firstPartyGrants } from '../mobile/appClient';
import type { RiderRepository } from '../riders/rider';
import type { DynamoOidcAdapter } from '../store/oidcAdapter';
import { alexaClientMetadata } from './alexaClient';
import { negotiateCatalog } from './i18n';
import { errorPage } from './pages/errorPage';
import { refreshPolicy, rotateRefreshTokenHook } from './refreshPolicy';
import { SCOPES } from './scopes';
import { ephemeralSigningKeys } from './signingKeys';

/** Lifetime of an authorization code: 60 s (RFC 6749 §4.1.2 "maximum ... of 10 minutes is RECOMMENDED"; Alexa). */
export const CODE_TTL_SECONDS = 60;
/** Lifetime of a login/consent interaction and of the sign-in session behind it. */
export const INTERACTION_TTL_SECONDS = 3600;

/** What the provider configuration needs from the rest of the service. */
export interface ProviderConfigDeps {
  adapter: (model: string) => DynamoOidcAdapter;
  riders: RiderRepository;
  now: () => number;
}

/**
 * oidc-provider configured as a plain OAuth 2.0 authorization server for Alexa: code flow
 * only, refresh tokens always issued to the Alexa client, opaque tokens, PKCE S256, revocation (RFC 7009), no
 * OpenID Connect extras and no development interactions.
 */
export function providerConfiguration(config: ServiceConfig, deps: ProviderConfigDeps): Configuration {
  const policy = refreshPolicy(config.tokens);
  return {
    adapter: deps.adapter,
    clients: [alexaClientMetadata(config.alexa), ...(config.mobile ? [appClientMetadata(config.mobile)] : [])],
    // `none` is for the Ride Hailer app, the one public client (RFC 8252 §8.4); each client keeps its own method.
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', ...(config.mobile ? ['none' as const] : [])],
    responseTypes: ['code'],
    scopes: [...SCOPES],
    claims: { profile: ['name', 'email'] },
    jwks: ephemeralSigningKeys(),
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    cookies: { keys: config.cookieKeys },
    allowOmittingSingleRegisteredRedirectUri: false,
    // No client of ours calls these endpoints from a web page (Alexa's servers and a native app do), so no
    // cross-origin browser request is ever allowed.
    clientBasedCORS: () => false,
    pkce: {
      required: (_ctx, client) =>
        client.clientId === config.mobile?.appClientId ||
        (config.alexa.requirePkce && client.clientId === config.alexa.clientId),
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      introspection: { enabled: false },
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      dPoP: { enabled: false },
      claimsParameter: { enabled: false },
    },
    // RFC 6749 §1.5: Alexa refreshes on its own, so the client always gets a refresh token (no offline_access).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: async () => false,
    rotateRefreshToken: rotateRefreshTokenHook(
      policy,
      (model, id, expiresAt) => deps.adapter(model).extendExpiry(id, expiresAt),
      deps.now,
    ),
    ttl: {
      AccessToken: () => config.tokens.accessTokenTtlSeconds,
      AuthorizationCode: () => CODE_TTL_SECONDS,
      RefreshToken: () => policy.idleSeconds,
      Grant: () => policy.idleSeconds,
      Interaction: () => INTERACTION_TTL_SECONDS,
      Session: () => INTERACTION_TTL_SECONDS,
    },
    loadExistingGrant: firstPartyGrants(config.mobile?.appClientId),
    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const rider = await deps.riders.findById(sub);
      if (!rider) return undefined;
      return { accountId: rider.id, claims: async () => ({ sub: rider.id, name: rider.name, email: rider.email }) };
    },
    renderError: async (ctx: KoaContextWithOIDC, out) => {
      const catalog = negotiateCatalog(ctx.oidc?.params?.ui_locales, ctx.get('accept-language'));
      ctx.type = 'html';
      ctx.body = errorPage(catalog, ctx.status >= 500 ? 'server' : 'invalidRequest', out.error, out.error_description);
    },
  };
}
