import { authenticate } from './clientAuth';
import type { LinkingConfig } from './config';

/** RFC 8414 / OpenID discovery: the server's revocation endpoint, if it publishes one. */
export async function discoverRevocationEndpoint(issuer: string): Promise<string | undefined> {
  for (const path of ['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration']) {
    try {
      const response = await fetch(new URL(path, issuer), { signal: AbortSignal.timeout(3000) });
      if (!response.ok) continue;
      const metadata = (await response.json()) as { revocation_endpoint?: unknown };
      if (typeof metadata.revocation_endpoint === 'string') return metadata.revocation_endpoint;
    } catch {
      // try the next well-known document
    }
  }
  return undefined;
}

/**
 * Revokes a token at the server (RFC 7009 §2.1), authenticating as the Alexa client with the configured scheme.
 * Revoking the refresh token ends the whole grant on servers that follow RFC 7009 §2.1's "SHOULD also invalidate".
 * Returns the HTTP status.
 */
export async function revokeToken(
  endpoint: string,
  config: LinkingConfig,
  token: string,
  hint: 'refresh_token' | 'access_token',
): Promise<number> {
  const form = new URLSearchParams({ token, token_type_hint: hint });
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  authenticate(config, headers, form);
  const response = await fetch(endpoint, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(5000) });
  await response.arrayBuffer();
  return response.status;
}
