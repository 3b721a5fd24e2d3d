/** Keys whose values are secrets wherever they appear: tokens, codes, verifiers, passwords. */
const SECRET_KEYS = new Set([
  'accessToken',
  'apiAccessToken',
  'access_token',
  'refresh_token',
  'id_token',
  'code',
  'code_verifier',
  'client_secret',
  'password',
]);

/** A token as it may be shown: its first 4 characters and its length, e.g. `Xy12…(43)`. */
export function preview(token: string): string {
  if (/…\(\d+\)$/.test(token) || /^<redacted:\d+>$/.test(token)) return token;
  return `${token.slice(0, 4)}…(${token.length})`;
}

/** How the saved skill I/O file writes an access token: `<redacted:43>`. */
export function lengthOnly(token: string): string {
  if (/^<redacted:\d+>$/.test(token)) return token;
  return `<redacted:${token.length}>`;
}

/** A deep copy with every secret-looking string value replaced by `mask(value)`. */
export function redact<T>(value: T, mask: (secret: string) => string = preview): T {
  const walk = (node: unknown, key?: string): unknown => {
    if (typeof node === 'string') return key !== undefined && SECRET_KEYS.has(key) ? mask(node) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(value) as T;
}

/** Masks `key=value` secrets in form-encoded or free text (a non-JSON token response, a query string). */
export function redactText(text: string): string {
  return text.replace(
    /\b(access_token|refresh_token|id_token|code|code_verifier|client_secret|password)=([^&\s"']+)/g,
    (whole: string, key: string, value: string) =>
      value.includes('…(') ? whole : `${key}=${preview(decodeURIComponent(value))}`,
  );
}
