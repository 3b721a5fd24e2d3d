import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http/io';
import { LWA_ACCESS_TOKEN_SECONDS, type LwaState } from './LwaState';
import type { LwaClient } from './types';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** LWA's error body: `{"error_description": …, "error": …}`. */
function oauthError(res: ServerResponse, status: number, error: string, description: string): void {
  sendJson(res, status, { error_description: description, error });
}

/** Client credentials from HTTP Basic (form-decoded, RFC 6749 §2.3.1) or from the body. */
function clientCredentials(req: IncomingMessage, fields: Record<string, string>) {
  const header = req.headers.authorization ?? '';
  if (header.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const index = decoded.indexOf(':');
    const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
    return { id: decode(decoded.slice(0, index)), secret: decode(decoded.slice(index + 1)) };
  }
  return { id: fields.client_id ?? '', secret: fields.client_secret ?? '' };
}

/** The token from `Authorization: Bearer`, `x-amz-access-token` or `?access_token=` (all three LWA accepts). */
function bearer(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  const amz = req.headers['x-amz-access-token'];
  if (typeof amz === 'string') return amz;
  return url.searchParams.get('access_token') ?? undefined;
}

/**
 * The API side of Login with Amazon (api.amazon.com): `/auth/o2/token` for the code and refresh grants,
 * `/user/profile`, `/auth/o2/tokeninfo`, and the stand-in's own `/auth/o2/revoke` (not an Amazon API).
 * @see https://developer.amazon.com/docs/login-with-amazon/obtain-customer-profile.html
 */
export function apiRoutes(clients: readonly LwaClient[], state: LwaState) {
  /** The client whose id and secret the request carries; answers 401 and returns undefined otherwise. */
  const authenticated = (req: IncomingMessage, res: ServerResponse, fields: Record<string, string>) => {
    const credentials = clientCredentials(req, fields);
    const client = clients.find((candidate) => candidate.clientId === credentials.id);
    if (client !== undefined && same(credentials.secret, client.clientSecret)) return client;
    oauthError(res, 401, 'invalid_client', 'Client authentication failed');
    return undefined;
  };

  const tokenOwner = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const presented = bearer(req, url);
    const found = presented === undefined ? 'unknown' : state.accessToken(presented);
    if (found === 'unknown')
      oauthError(res, 400, 'invalid_token', 'The request has an invalid parameter : access_token');
    if (found === 'expired') {
      const why = 'The access token provided is expired, revoked, malformed, or invalid for other reasons.';
      oauthError(res, 400, 'invalid_token', why);
    }
    return typeof found === 'string' ? undefined : found;
  };

  const answer = (res: ServerResponse, tokens: { accessToken: string; refreshToken: string }) =>
    sendJson(res, 200, {
      access_token: tokens.accessToken,
      refresh_token: tokens.refreshToken,
      token_type: 'bearer',
      expires_in: LWA_ACCESS_TOKEN_SECONDS,
    });

  return {
    token(req: IncomingMessage, res: ServerResponse, fields: Record<string, string>) {
      const client = authenticated(req, res, fields);
      if (client === undefined) return;
      if (fields.grant_type === 'authorization_code') {
        const grant = state.redeemCode(fields.code ?? '', client.clientId, fields.redirect_uri ?? '');
        if (grant === undefined) {
          return oauthError(res, 400, 'invalid_grant', 'The request has an invalid grant parameter : code');
        }
        const verifier = fields.code_verifier ?? '';
        if (
          grant.codeChallenge !== undefined &&
          createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge
        ) {
          return oauthError(res, 400, 'invalid_grant', 'The request has an invalid parameter : code_verifier');
        }
        return answer(res, state.issueTokens(grant.email, grant.clientId, grant.scope));
      }
      if (fields.grant_type === 'refresh_token') {
        const grant = state.refreshGrant(fields.refresh_token ?? '', client.clientId);
        if (grant === undefined) {
          return oauthError(res, 400, 'invalid_grant', 'The request has an invalid grant parameter : refresh_token');
        }
        return answer(res, state.issueTokens(grant.email, grant.clientId, grant.scope, fields.refresh_token));
      }
      oauthError(res, 400, 'unsupported_grant_type', 'The authorization grant type is not supported');
    },

    profile(req: IncomingMessage, res: ServerResponse, url: URL) {
      const owner = tokenOwner(req, res, url);
      const account = owner && state.account(owner.email);
      if (!owner || !account) return;
      sendJson(res, 200, { user_id: state.userId(account.email), name: account.name, email: account.email });
    },

    tokenInfo(req: IncomingMessage, res: ServerResponse, url: URL) {
      const owner = tokenOwner(req, res, url);
      if (!owner) return;
      const exp = Math.floor(owner.expiresAt / 1000);
      const iat = exp - LWA_ACCESS_TOKEN_SECONDS;
      const iss = 'https://www.amazon.com';
      sendJson(res, 200, {
        aud: owner.clientId,
        user_id: state.userId(owner.email),
        iss,
        exp,
        app_id: owner.clientId,
        iat,
      });
    },

    revoke(req: IncomingMessage, res: ServerResponse, fields: Record<string, string>) {
      const client = authenticated(req, res, fields);
      if (client === undefined) return;
      const owner = state.ownerOf(fields.token ?? '');
      sendJson(res, 200, { revoked: owner ? state.revokeAccount(owner.email, client.clientId) : 0 });
    },
  };
}
