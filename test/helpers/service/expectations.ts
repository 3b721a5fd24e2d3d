import { expect } from '@jest/globals';

/** Every HTML response must carry these (RFC 9700 §4.16, §4.2.4). */
export function expectHtmlSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/script-src|unsafe-inline/);
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cache-control')).toBe('no-store');
}

/** Token endpoint answers: JSON, never cached (RFC 6749 §5.1). */
export function expectTokenHeaders(response: Response): void {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('pragma')).toBe('no-cache');
}

/** An OAuth error body (RFC 6749 §5.2): exactly `error` and an optional `error_description`, no stack trace. */
export async function expectOAuthError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.error).toBe(error);
  const allowed = new Set(['error', 'error_description', 'error_uri', 'scope']);
  expect(Object.keys(body).every((key) => allowed.has(key))).toBe(true);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
}

/** Every URL an HTML page references: src, href and form action attributes. */
export function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|action)="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}
