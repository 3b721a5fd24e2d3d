import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The forms that carry a CSRF token. */
export type FormName = 'login' | 'consent';

function sign(key: string, uid: string, form: FormName): string {
  return createHmac('sha256', key).update(`csrf:${form}:${uid}`).digest('base64url');
}

/**
 * Anti-CSRF token bound to one interaction and one form (RFC 6749 §10.12): an HMAC under the first cookie key, so
 * a token from another interaction or form never verifies.
 */
export function csrfToken(keys: readonly string[], uid: string, form: FormName): string {
  const key = keys[0];
  if (!key) throw new Error('no cookie key configured');
  return sign(key, uid, form);
}

/** Checks a submitted CSRF token against every configured key (key rotation), in constant time. */
export function verifyCsrfToken(
  keys: readonly string[],
  uid: string,
  form: FormName,
  presented: string | null,
): boolean {
  if (!presented) return false;
  const given = Buffer.from(presented);
  return keys.some((key) => {
    const expected = Buffer.from(sign(key, uid, form));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * Origin check for form posts (OWASP CSRF cheat sheet, "Fetch Metadata" and "Origin" defences). Browsers send
 * `Sec-Fetch-Site`, which must say same-origin. Without it, a real `Origin` must be ours. Our pages use
 * `Referrer-Policy: no-referrer`, under which browsers send `Origin: null` even for same-origin posts, so a null
 * or missing Origin alone decides nothing; the per-interaction CSRF token and the SameSite cookie still apply.
 */
export function isSameOrigin(req: IncomingMessage, issuer: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  return origin === new URL(issuer).origin;
}
