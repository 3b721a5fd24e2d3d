import { SCOPES } from '../oauth/scopes';
import { issueAlexaCode } from './alexaCodes';
import type { MobileDeps } from './deps';
import { EnablementFailedError, NoAlexaRegionError, type RegionFailure } from './errors';
import { sealToken } from './sealedToken';

/** What the app sends after Alexa or LWA returned the rider's Amazon authorization code to its link. */
export interface LinkRequest {
  amazonCode: string;
  /** The app link the Amazon code was sent to; one of MOBILE_ALEXA_REDIRECT_URIS. */
  redirectUri: string;
  /** The PKCE verifier the app used with Amazon, if any. */
  codeVerifier?: string;
}

/** A finished link: the Alexa region that enabled the skill. */
export interface LinkOutcome {
  endpoint: string;
}

/**
 * App-to-app linking from our app (Amazon's "Step 5" and "Step 6"): exchange the Amazon code at LWA, find the
 * rider's Alexa regions, then for each region until one says 201 issue a fresh code of ours for the Alexa client
 * (bound to the app link) and ask the Skill Enablement API to enable and link with it; Alexa redeems that code at
 * our token endpoint meanwhile. A region that refuses gets its grant revoked at once, so a failed link leaves no
 * grant behind. A rider who links again loses the previous app link's grant.
 * @see https://developer.amazon.com/docs/account-linking/your-app-to-alexa-step6.html
 */
export async function linkWithAlexa(deps: MobileDeps, riderId: string, request: LinkRequest): Promise<LinkOutcome> {
  const tokens = await deps.amazon.exchangeCode(request.amazonCode, request.redirectUri, request.codeVerifier);
  const endpoints = await deps.amazon.endpoints(tokens.accessToken);
  if (endpoints.length === 0)
    throw new NoAlexaRegionError('alexaApiEndpoint returned no Alexa region for this account');
  const failures: RegionFailure[] = [];
  for (const endpoint of endpoints) {
    const issued = await issueAlexaCode(deps.codes, { riderId, redirectUri: request.redirectUri, scopes: SCOPES });
    const answer = await deps.amazon
      .enable(endpoint, tokens.accessToken, {
        stage: deps.mobile.skillStage,
        accountLinkRequest: { redirectUri: request.redirectUri, authCode: issued.code, type: 'AUTH_CODE' },
      })
      .catch(async (error: unknown) => {
        await deps.revoker.revokeGrant(issued.grantId);
        throw error;
      });
    if (!answer.ok) {
      await deps.revoker.revokeGrant(issued.grantId);
      failures.push({ endpoint, status: answer.status, message: answer.message });
      continue;
    }
    const previous = await deps.links.find(riderId);
    await deps.links.save({
      riderId,
      endpoint,
      grantId: issued.grantId,
      sealedRefreshToken: tokens.refreshToken ? sealToken(deps.config.cookieKeys, tokens.refreshToken) : undefined,
      linkedAt: new Date(deps.now()).toISOString(),
    });
    if (previous && previous.grantId !== issued.grantId) await deps.revoker.revokeGrant(previous.grantId);
    return { endpoint };
  }
  throw new EnablementFailedError(failures);
}
