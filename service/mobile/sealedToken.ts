import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const INFO = 'ride-hailer amazon refresh token';
const VERSION = 'v1';

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), INFO, 32));
}

/**
 * Seals a token for storage with AES-256-GCM under a key derived (HKDF) from the first cookie key, so a table
 * dump reveals no usable Amazon token (RFC 6819 §5.1.4.1.3).
 */
export function sealToken(keys: readonly string[], token: string): string {
  const [secret] = keys;
  if (!secret) throw new Error('no cookie key configured');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens a sealed token with any configured key (key rotation); undefined when no key opens it. */
export function openToken(keys: readonly string[], sealed: string): string | undefined {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return undefined;
  for (const secret of keys) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // try the next key
    }
  }
  return undefined;
}
