import type { AdapterPayload } from 'oidc-provider';
import type { ReadAhead } from '../store/oidcAdapter';
import { pointerKey, recordKey } from '../store/oidcRecords';
import { riderKey } from '../store/riders';
import { readHints } from './tokenReadHints';

const TOKENS = new Set(['AccessToken', 'RefreshToken', 'AuthorizationCode']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function keys(grantIds: unknown[], accountIds: unknown[]): string[] {
  const out = new Set<string>();
  for (const id of grantIds.map(text)) if (id) out.add(recordKey('Grant', id));
  for (const id of accountIds.map(text)) if (id) out.add(riderKey(id));
  return [...out];
}

/**
 * What the provider reads next, so it comes in the same BatchGetItem as what it reads now: a token's grant and
 * rider (named by the token value's read hints, or by its record), an interaction's or session's grant and rider
 * (the consent page, `findAccount`, `loadExistingGrant`), and the Session pointer an interaction is checked against.
 */
export const oidcReadAhead: ReadAhead = {
  beforeFind(model, id) {
    if (model !== 'AccessToken' && model !== 'RefreshToken') return [];
    const hints = readHints(id);
    return hints ? keys([hints.grantId], [hints.accountId]) : [];
  },
  afterFind(model, payload: AdapterPayload) {
    if (TOKENS.has(model)) return keys([payload.grantId], [payload.accountId]);
    if (model === 'Grant') return keys([], [payload.accountId]);
    if (model === 'Session') {
      const grants = Object.values((payload.authorizations as Record<string, unknown> | undefined) ?? {});
      return keys(
        grants.map((authorization) => field(authorization, 'grantId')),
        [payload.accountId],
      );
    }
    if (model === 'Interaction') {
      const uid = text(field(payload, 'session', 'uid'));
      return [
        ...keys(
          [payload.grantId, field(payload, 'result', 'consent', 'grantId')],
          [field(payload, 'session', 'accountId'), field(payload, 'result', 'login', 'accountId')],
        ),
        ...(uid ? [pointerKey('Session', 'uid', uid)] : []),
      ];
    }
    return [];
  },
};

const RESUME = /^\/auth\/([^/]+)$/;

/**
 * Keys a provider request will read that its URL already names: on resume (`/auth/<uid>`) the interaction, which
 * then comes in one BatchGetItem with the session the cookie names.
 */
export function readAheadForPath(pathname: string): string[] {
  const uid = RESUME.exec(pathname)?.[1];
  if (uid === undefined) return [];
  try {
    return [recordKey('Interaction', decodeURIComponent(uid))];
  } catch {
    return [];
  }
}
