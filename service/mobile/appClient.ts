import type { ClientMetadata, KoaContextWithOIDC } from 'oidc-provider';
import type { MobileConfig } from '../config';
import { supportedScopes } from '../oauth/scopes';

/**
 * The Ride Hailer app as a first-party public client (RFC 8252 §8.4): authorization code with PKCE only, no
 * secret, and only its own claimed https links (universal links, app links; loopback addresses in local mode) as
 * redirect URIs. oidc-provider's `web` type fits claimed https redirects; `native` would add a consent page that
 * only custom-scheme redirects need (RFC 8252 §8.6), and our own app needs none.
 */
export function appClientMetadata(mobile: MobileConfig): ClientMetadata {
  return {
    client_id: mobile.appClientId,
    client_name: 'Ride Hailer app',
    application_type: 'web',
    redirect_uris: mobile.appRedirectUris,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    id_token_signed_response_alg: 'ES256',
  };
}

type LoadExistingGrant = (
  ctx: KoaContextWithOIDC,
) => Promise<InstanceType<KoaContextWithOIDC['oidc']['provider']['Grant']> | undefined>;

/**
 * oidc-provider `loadExistingGrant`: the grant from this consent or session as usual, and for our own app a grant
 * made on the spot once the rider has signed in, so the app's sign-in shows the login page and no consent page
 * (the rider is signing in to Ride Hailer itself). Every other client still goes through consent.
 */
export function firstPartyGrants(appClientId: string | undefined): LoadExistingGrant {
  return async (ctx) => {
    const { oidc } = ctx;
    const clientId = oidc.client?.clientId;
    if (!clientId) return undefined;
    const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
    if (existing) return oidc.provider.Grant.find(existing);
    const accountId = oidc.session?.accountId;
    if (clientId !== appClientId || !accountId || !oidc.session) return undefined;
    const grant = new oidc.provider.Grant({ clientId, accountId });
    const requested = typeof oidc.params?.scope === 'string' ? oidc.params.scope.split(' ') : [];
    const scopes = supportedScopes(requested);
    if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
    const refused = requested.filter((scope) => scope !== '' && !(scopes as string[]).includes(scope));
    if (refused.length > 0) grant.rejectOIDCScope(refused.join(' '));
    const grantId = await grant.save();
    oidc.session.ensureClientContainer(clientId);
    oidc.session.grantIdFor(clientId, grantId);
    return grant;
  };
}
