import type { LinkingConfig } from '../linking/config';
import { discoverRevocationEndpoint, revokeToken } from '../linking/revocation';
import type { LinkedTokens } from '../tokens/rules';

/**
 * How `.revoke` ends the grant at the linked service, as a user revoking access there would: RFC 7009 at the
 * server's advertised revocation endpoint (revoking the refresh token ends the grant; `fallback` where the
 * server publishes none), or the LWA stand-in's own revoke route.
 */
export function revokerFor(linking: LinkingConfig, target: { issuer: string; fallback?: string } | { lwa: string }) {
  return async (tokens: LinkedTokens): Promise<string> => {
    const endpoint =
      'lwa' in target
        ? `${target.lwa}/auth/o2/revoke`
        : ((await discoverRevocationEndpoint(target.issuer)) ?? target.fallback);
    if (endpoint === undefined) {
      return `the server at ${'issuer' in target ? target.issuer : ''} publishes no revocation_endpoint (RFC 8414 metadata), so there is nothing to call; revoke the grant on the server's side`;
    }
    const [token, hint] = tokens.refreshToken
      ? ([tokens.refreshToken, 'refresh_token'] as const)
      : ([tokens.accessToken, 'access_token'] as const);
    const status = await revokeToken(endpoint, linking, token, hint);
    if (status !== 200) return `revocation at ${endpoint} failed with HTTP ${status}`;
    return `grant revoked at the service (${endpoint}, HTTP ${status}); Alexa still holds the now dead tokens`;
  };
}
