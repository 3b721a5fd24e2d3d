/**
 * Headers for every HTML response, including error pages: no framing (RFC 9700 §4.16; RFC 6749 §10.13), no referrer
 * (RFC 9700 §4.2.4), no caching of pages that carry codes or CSRF tokens, and a CSP with no script at all.
 * `formTargets` are the origins a form submission may end up at after redirects (the registered redirect URIs),
 * because browsers apply `form-action` to the whole redirect chain.
 */
export function htmlSecurityHeaders(formTargets: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...new Set(formTargets)].join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self'",
      `form-action ${formAction}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** HSTS for https deployments (RFC 9700 §4.13; RFC 6797); never sent over plain http. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Origins of the registered redirect URIs, for the CSP `form-action` list. */
export function redirectOrigins(redirectUris: readonly string[]): string[] {
  return redirectUris.map((uri) => new URL(uri).origin);
}
