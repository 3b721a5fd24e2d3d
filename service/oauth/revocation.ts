import {
  bindAlexaUser,
  type GrantIndexDeps,
  grantIdsForAccount,
  grantIdsForAlexaUser,
  unbindGrant,
} from '../store/grantIndex';
import type { DynamoOidcAdapter } from '../store/oidcAdapter';

/** Everything a grant can have issued, deleted together with it. */
const GRANT_MEMBERS = ['AccessToken', 'RefreshToken', 'AuthorizationCode'] as const;

/** Revocation by rider and by Alexa user (Alexa FAQ: revoke on SkillDisabled; RFC 7009 §2.1 semantics). */
export interface GrantRevoker {
  /** Deletes one grant and everything issued under it (a missing grant is not an error). */
  revokeGrant(grantId: string): Promise<void>;
  /** Revokes every grant of a rider; returns how many grants were revoked. */
  revokeGrantsForRider(riderId: string): Promise<number>;
  /** Revokes every grant bound to an Alexa user id; returns how many grants were revoked. */
  revokeGrantsForAlexaUser(alexaUserId: string): Promise<number>;
  /** Binds a grant to the Alexa user the skill saw in SkillAccountLinked. */
  bindAlexaUser(grantId: string, alexaUserId: string): Promise<void>;
}

/**
 * The grant is deleted first: the rides API and the refresh grant both check it on every call, so access stops
 * at once even if the token index (an eventually consistent GSI) lags behind.
 */
export function createGrantRevoker(adapter: (model: string) => DynamoOidcAdapter, index: GrantIndexDeps): GrantRevoker {
  const revokeGrant = async (grantId: string) => {
    await adapter('Grant').destroy(grantId);
    await Promise.all(GRANT_MEMBERS.map((model) => adapter(model).revokeByGrantId(grantId)));
    await unbindGrant(index, grantId);
  };
  const revokeAll = async (grantIds: string[]) => {
    const unique = [...new Set(grantIds)];
    await Promise.all(unique.map(revokeGrant));
    return unique.length;
  };
  return {
    revokeGrant,
    revokeGrantsForRider: async (riderId) => revokeAll(await grantIdsForAccount(index, riderId)),
    revokeGrantsForAlexaUser: async (alexaUserId) => revokeAll(await grantIdsForAlexaUser(index, alexaUserId)),
    bindAlexaUser: (grantId, alexaUserId) => bindAlexaUser(index, grantId, alexaUserId),
  };
}
