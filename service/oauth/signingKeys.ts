import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { JWK } from 'oidc-provider';

/**
 * A throw-away ES256 key made at start-up. The service issues only opaque tokens and never an ID token or JWT,
 * but oidc-provider needs one signing key to accept client metadata; nothing is ever signed with it.
 */
export function ephemeralSigningKeys(): { keys: JWK[] } {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return { keys: [{ ...jwk, kid: randomUUID(), use: 'sig', alg: 'ES256' }] };
}
