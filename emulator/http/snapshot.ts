import type { Exchange } from '../conversation/types';
import type { DeviceKind } from '../core/devices';
import type { CardEntry, EmulatedUser, TranscriptLine } from '../core/EmulatedUser';
import type { Emulator } from '../core/Emulator';
import type { PhoneMessage } from '../core/Household';
import type { ScreenView } from '../linking/flows/screenDevice';
import { lengthOnly, preview, redact } from '../linking/redact';
import { formatTrace } from '../linking/trace';
import type { SkillInfo } from '../skill/skillInfo';
import { expiresInSeconds } from '../tokens/rules';

/** The token state the app shows; never a whole token. */
export interface LinkState {
  linked: boolean;
  accessToken?: string;
  expiresInSeconds?: number;
  expirySource?: string;
  refreshCount?: number;
  linkedAt?: string;
  refreshedAt?: string;
  scope?: string;
}

/** Everything the app page and the JSON API show about one user, tokens redacted. */
export interface Snapshot {
  skill: SkillInfo;
  user: { userId: string; enabled: boolean; locale: string; inSession: boolean };
  link: LinkState;
  cards: CardEntry[];
  transcript: TranscriptLine[];
  /**
   * The household: its people, who is talking (undefined: a voice Alexa does not recognize), who linked a profile
   * of their own, the phone's texts and notifications, the device in use and what the screen device shows.
   */
  household: {
    members: string[];
    speaker: string | undefined;
    personalLinks: string[];
    phone: PhoneMessage[];
    device: DeviceKind;
    devices: { kind: DeviceKind; label: string }[];
    screen: ScreenView;
    personalization: boolean;
  };
  lastExchange?: Exchange;
  lastTrace?: string;
  locales: readonly string[];
}

/** An exchange as shown and saved: access tokens written as `<redacted:length>`. */
export function redactExchange(exchange: Exchange): Exchange {
  return redact(exchange, lengthOnly);
}

/** The state of a user for display. */
export function snapshot(emulator: Emulator, user: EmulatedUser, skill: SkillInfo): Snapshot {
  const tokens = emulator.tokens.get(user.userId);
  const now = Date.now();
  const link: LinkState =
    tokens === undefined
      ? { linked: false }
      : {
          linked: true,
          accessToken: preview(tokens.accessToken),
          expiresInSeconds: expiresInSeconds(tokens, now),
          expirySource: tokens.expirySource,
          refreshCount: tokens.refreshCount,
          linkedAt: new Date(tokens.linkedAt).toISOString(),
          refreshedAt: tokens.refreshedAt === undefined ? undefined : new Date(tokens.refreshedAt).toISOString(),
          scope: tokens.scope,
        };
  return {
    skill,
    user: { userId: user.userId, enabled: user.enabled, locale: user.locale, inSession: user.conversation.inSession },
    link,
    cards: user.cards,
    transcript: user.transcript,
    household: {
      members: user.household.members.map((member) => member.name),
      speaker: user.household.speaker?.name,
      personalLinks: user.household.members
        .filter((member) => emulator.tokens.get(member.personId) !== undefined)
        .map((member) => member.name),
      phone: user.household.phone,
      device: user.household.device.kind,
      devices: user.household.devices.map(({ kind, label }) => ({ kind, label })),
      screen: user.screen.view,
      personalization: user.screen.personalization,
    },
    lastExchange: user.lastExchange && redactExchange(user.lastExchange),
    lastTrace: user.lastTrace && formatTrace(user.lastTrace),
    locales: skill.locales,
  };
}
