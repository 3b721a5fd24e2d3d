import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { AdapterPayload } from 'oidc-provider';
import { sha256 } from './keys';

type Item = Record<string, AttributeValue>;

/** Models whose records carry a `grantId`, so `revokeByGrantId` can find them. */
export const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

/** Storage key of a model record: the model name and a sha256 of the raw id, never the id itself. */
export function recordKey(model: string, id: string): string {
  return `${model}#${sha256(id)}`;
}

/** Key of a pointer item (Session uid, device user code) that leads to a record key. */
export function pointerKey(model: string, field: string, value: string): string {
  return `${model}-${field}#${sha256(value)}`;
}

/** Drops values that must never reach storage: the raw id (`jti`) and the session id an Interaction copies. */
export function sanitize(model: string, payload: AdapterPayload): AdapterPayload {
  const { jti: _jti, ...rest } = payload;
  if (model === 'Interaction' && rest.session && typeof rest.session === 'object') {
    const { cookie: _cookie, ...session } = rest.session as Record<string, unknown>;
    return { ...rest, session } as AdapterPayload;
  }
  return rest;
}

/** Reading context: the clock, the refresh-token grace window and the model being read. */
export interface DecodeContext {
  nowSeconds: number;
  graceSeconds: number;
  model: string;
}

/**
 * Turns a stored item back into an oidc-provider payload: `undefined` once expired (DynamoDB deletes lazily), the
 * raw id restored as `jti` when known, `exp` from the (possibly slid) TTL attribute, and `consumed` hidden while a
 * rotated refresh token is inside its grace window.
 */
export function decodeRecord(
  item: Item | undefined,
  id: string | undefined,
  ctx: DecodeContext,
): AdapterPayload | undefined {
  if (!item?.payload?.S) return undefined;
  const expiresAt = item.expiresAt?.N === undefined ? undefined : Number(item.expiresAt.N);
  if (expiresAt !== undefined && expiresAt <= ctx.nowSeconds) return undefined;
  const payload = JSON.parse(item.payload.S) as AdapterPayload;
  if (id !== undefined) payload.jti = id;
  if (expiresAt !== undefined) payload.exp = expiresAt;
  const consumed = item.consumed?.N === undefined ? undefined : Number(item.consumed.N);
  const inGrace =
    ctx.model === 'RefreshToken' && consumed !== undefined && ctx.nowSeconds - consumed < ctx.graceSeconds;
  if (consumed !== undefined && !inGrace) payload.consumed = consumed;
  return payload;
}
