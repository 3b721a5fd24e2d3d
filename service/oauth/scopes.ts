import type { Catalog } from './i18n';

/**
 * The scopes the Alexa skill may request (RFC 6749 §3.3). `profile` reads the rider, `rides:read` the current ride,
 * `rides:write` books and cancels. Unknown scopes are dropped silently, which §3.3 allows.
 */
export const SCOPES = ['profile', 'rides:read', 'rides:write'] as const;

/** One supported scope. */
export type Scope = (typeof SCOPES)[number];

/** The catalog key that describes each scope on the consent page. */
export const SCOPE_TEXT = {
  profile: 'scopeProfile',
  'rides:read': 'scopeRidesRead',
  'rides:write': 'scopeRidesWrite',
} as const satisfies Record<Scope, keyof Catalog>;

/** Narrows strings to supported scopes, keeping the canonical order. */
export function supportedScopes(requested: Iterable<string>): Scope[] {
  const wanted = new Set(requested);
  return SCOPES.filter((scope) => wanted.has(scope));
}
