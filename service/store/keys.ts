import { createHash } from 'node:crypto';

/**
 * Hash of a secret value (token, code, session id) used as a storage key, so a table dump reveals no usable
 * credential (RFC 6819 §5.1.4.1.3; RFC 9700 §4.14.1).
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** Current time in whole seconds since the epoch, the unit DynamoDB TTL and oidc-provider use. */
export function epochSeconds(nowMs: number): number {
  return Math.floor(nowMs / 1000);
}
