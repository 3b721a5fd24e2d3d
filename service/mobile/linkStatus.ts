import type { AppLink } from '../store/appLinks';
import type { MobileDeps } from './deps';
import { AmazonUnavailableError, MobileError } from './errors';
import { openToken, sealToken } from './sealedToken';

/** The link state the app shows. */
export interface LinkStatus {
  status: 'LINKED' | 'NOT_LINKED';
  /** Who answered: Alexa (GET enablement, for links made from the app) or our own grants (other links). */
  source: 'alexa' | 'service';
  skillEnabled?: boolean;
  endpoint?: string;
  linkedAt?: string;
}

/** What unlinking did at Alexa: disabled the skill, found it not enabled, could not reach it, or had no way to. */
export type AlexaUnlink = 'disabled' | 'not_enabled' | 'not_reached' | 'not_contacted';

/** Live grants of the Alexa client for a rider (not the app's own grant). */
async function alexaGrantIds(deps: MobileDeps, riderId: string): Promise<string[]> {
  const ids = await deps.grantsOfRider(riderId);
  const grants = await Promise.all(ids.map((id) => deps.provider.Grant.find(id)));
  return grants.flatMap((grant) =>
    grant?.jti && grant.clientId === deps.config.alexa.clientId && !grant.isExpired ? [grant.jti] : [],
  );
}

/** A fresh Amazon access token from the stored refresh token (kept rotated); undefined when none is usable. */
async function amazonAccess(deps: MobileDeps, link: AppLink): Promise<string | undefined> {
  const refreshToken = link.sealedRefreshToken && openToken(deps.config.cookieKeys, link.sealedRefreshToken);
  if (!refreshToken) return undefined;
  const tokens = await deps.amazon.refresh(refreshToken);
  if (tokens.refreshToken && tokens.refreshToken !== refreshToken) {
    await deps.links.save({ ...link, sealedRefreshToken: sealToken(deps.config.cookieKeys, tokens.refreshToken) });
  }
  return tokens.accessToken;
}

/**
 * The link state (Amazon's "Step 7"): for a link made from the app, Alexa's own answer (GET enablement with the
 * rider's Amazon token); otherwise whether the rider has a live grant for Alexa at this service.
 * @see https://developer.amazon.com/docs/account-linking/your-app-to-alexa-step7.html
 */
export async function linkStatus(deps: MobileDeps, riderId: string): Promise<LinkStatus> {
  const link = await deps.links.find(riderId);
  const access = link && (await amazonAccess(deps, link).catch(() => undefined));
  if (link && access) {
    const answer = await deps.amazon.status(link.endpoint, access);
    if (answer.ok) {
      const accountLink = answer.body.accountLink as { status?: unknown } | undefined;
      return {
        status: accountLink?.status === 'LINKED' ? 'LINKED' : 'NOT_LINKED',
        source: 'alexa',
        skillEnabled: answer.body.status === 'ENABLED',
        endpoint: link.endpoint,
        linkedAt: link.linkedAt,
      };
    }
    if (answer.status === 404)
      return { status: 'NOT_LINKED', source: 'alexa', skillEnabled: false, endpoint: link.endpoint };
    throw new AmazonUnavailableError(
      `the Skill Enablement API answered ${answer.status ?? 'nothing'}: ${answer.message}`,
    );
  }
  const grants = await alexaGrantIds(deps, riderId);
  return { status: grants.length > 0 ? 'LINKED' : 'NOT_LINKED', source: 'service' };
}

/**
 * Unlinks from the app: disables the skill at Alexa (DELETE enablement, which also unlinks) when the link was made
 * from the app, and in every case revokes the rider's grants for Alexa here, so Alexa's tokens stop working at once
 * even where Alexa could not be told.
 */
export async function unlinkFromApp(deps: MobileDeps, riderId: string): Promise<AlexaUnlink> {
  const link = await deps.links.find(riderId);
  let alexa: AlexaUnlink = 'not_contacted';
  if (link) {
    try {
      const access = await amazonAccess(deps, link);
      if (access) {
        const answer = await deps.amazon.disable(link.endpoint, access);
        alexa = answer.ok ? 'disabled' : answer.status === 404 ? 'not_enabled' : 'not_reached';
      }
    } catch (error) {
      if (!(error instanceof MobileError)) throw error;
      alexa = 'not_reached';
    }
  }
  const grants = new Set([...(link ? [link.grantId] : []), ...(await alexaGrantIds(deps, riderId))]);
  for (const grantId of grants) await deps.revoker.revokeGrant(grantId);
  await deps.links.remove(riderId);
  return alexa;
}
