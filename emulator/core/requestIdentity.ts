import type { PreparedIdentity } from '../conversation/types';
import type { TokenKeeper } from '../tokens/TokenKeeper';
import type { EmulatedUser } from './EmulatedUser';

/** Who holds links for a user: the account (its user id), and each member who may link a profile (their person id). */
export function linkHolders(user: EmulatedUser): string[] {
  return [user.userId, ...user.household.members.map((member) => member.personId)];
}

/**
 * The identity for the next request, as Alexa builds it: the device in use with what it supports, the account's
 * token, and the recognized speaker with their own token when they linked a profile (each refreshed first).
 */
export async function identityFor(tokens: TokenKeeper, user: EmulatedUser): Promise<PreparedIdentity> {
  const account = await tokens.fresh(user.userId);
  const speaker = user.household.speaker;
  const own = speaker === undefined ? undefined : await tokens.fresh(speaker.personId);
  const device = user.household.device;
  const identity = {
    ...user.identity,
    deviceId: device.deviceId,
    supportedInterfaces: device.supportedInterfaces,
    viewport: device.viewport,
    person: speaker && { personId: speaker.personId, accessToken: own?.accessToken },
    accessToken: account.accessToken,
  };
  const personal = (own?.notes ?? []).map((note) => `${speaker?.name}'s own link: ${note}`);
  return { identity, notes: [...account.notes, ...personal] };
}
