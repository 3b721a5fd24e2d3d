import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * The response modes the service serves: only `query`, where Alexa reads `code` and `state` (RFC 6749 §4.1.2).
 * form_post's auto-submitting page needs a script the pages' CSP forbids, and a fragment never reaches Alexa's server.
 */
export const RESPONSE_MODES = ['query'] as const;

/** Stands in for a requested mode oidc-provider has registered but the service does not serve. */
const UNSERVED = 'unsupported';

/**
 * oidc-provider registers query, fragment and form_post with no way to drop one. A GET /auth that asks for any mode
 * but `query` is therefore handed on under a name oidc-provider does not know, and it refuses it like every unknown
 * mode: `unsupported_response_mode` and the `state`, in the query of the (checked) redirect URI. A repeated
 * parameter is left alone; oidc-provider refuses those itself.
 */
export function refuseUnservedResponseMode(url: URL): boolean {
  const requested = url.searchParams.getAll('response_mode');
  const [mode] = requested;
  if (requested.length !== 1 || mode === undefined || (RESPONSE_MODES as readonly string[]).includes(mode)) {
    return false;
  }
  url.searchParams.set('response_mode', UNSERVED);
  return true;
}

/** RFC 8414 §2 `response_modes_supported`: oidc-provider always lists its three; the metadata names what is served. */
export async function advertiseServedResponseModes(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  const body = ctx.body as Record<string, unknown> | undefined;
  if (ctx.oidc?.route === 'discovery' && body && typeof body === 'object') {
    body.response_modes_supported = [...RESPONSE_MODES];
  }
}
