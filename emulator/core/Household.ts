import { randomUUID } from 'node:crypto';
import { type DeviceKind, type DeviceProfile, deviceProfile } from './devices';

/** Someone in the household with a voice ID, so Alexa can tell who is speaking. */
export interface HouseholdMember {
  name: string;
  personId: string;
}

/** One of the household's Echo devices. */
export interface HouseholdDevice extends DeviceProfile {
  deviceId: string;
}

/** Something that reached a household member's phone: a text message, or a push notification from the Alexa app. */
export interface PhoneMessage {
  at: string;
  to: string;
  text: string;
  /** The one-time code in the message, when it carries one. */
  code?: string;
  /** A push notification that starts account linking when tapped, as the LinkAccount card does. */
  linkAccount?: true;
}

/** The people of an emulated household: the first holds the Alexa account and is speaking unless told otherwise. */
export const DEFAULT_MEMBERS = ['Alex', 'Sam'] as const;
const MAX_MESSAGES = 20;

/** Thrown for a speaker name the household does not know. */
export class UnknownSpeakerError extends Error {
  constructor(name: string, members: readonly HouseholdMember[]) {
    super(`nobody called ${name} lives here; the household is ${members.map((m) => m.name).join(', ')}`);
    this.name = 'UnknownSpeakerError';
  }
}

const emulatedId = (kind: string) => `amzn1.ask.${kind}.EMULATED${randomUUID().replace(/-/g, '').toUpperCase()}`;

/**
 * The household behind one Alexa account: its devices (a voice-only Echo Dot, in use unless told otherwise, and an
 * Echo Show), its people with voice IDs (the first is the account holder), who is speaking now (recognized, or an
 * unknown voice), and the phone where Alexa sends one-time codes and push notifications. Requests carry
 * `context.System.person` for a recognized speaker only, as Alexa does with personalization on.
 * @see https://developer.amazon.com/docs/custom-skills/add-personalization-to-your-skill.html
 */
export class Household {
  readonly members: HouseholdMember[];
  readonly devices: HouseholdDevice[];
  readonly phone: PhoneMessage[] = [];
  private speakerName: string | undefined;
  private deviceKind: DeviceKind = 'dot';

  constructor(names: readonly string[] = DEFAULT_MEMBERS) {
    this.members = names.map((name) => ({ name, personId: emulatedId('person') }));
    this.devices = (['dot', 'show'] as const).map((kind) => ({
      ...deviceProfile(kind),
      deviceId: emulatedId('device'),
    }));
    this.speakerName = this.members[0]?.name;
  }

  /** The account holder: the first member. */
  get owner(): HouseholdMember | undefined {
    return this.members[0];
  }

  /** Who is speaking, if Alexa recognizes the voice. */
  get speaker(): HouseholdMember | undefined {
    return this.members.find((member) => member.name === this.speakerName);
  }

  /** The device the household is talking to. */
  get device(): HouseholdDevice {
    return this.devices.find((device) => device.kind === this.deviceKind) as HouseholdDevice;
  }

  /** The id of the device in use (`context.System.device.deviceId`). */
  get deviceId(): string {
    return this.device.deviceId;
  }

  /** Chooses the device in use: `dot` or `show` (any case); throws UnknownDeviceError otherwise. */
  setDevice(kind: string): HouseholdDevice {
    this.deviceKind = deviceProfile(kind).kind;
    return this.device;
  }

  /** A member by name (any case); throws UnknownSpeakerError for a name the household does not know. */
  member(name: string): HouseholdMember {
    const member = this.members.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
    if (member === undefined) throw new UnknownSpeakerError(name, this.members);
    return member;
  }

  /** Chooses who is talking: a member's name (any case), or undefined for a voice Alexa does not recognize. */
  setSpeaker(name: string | undefined): HouseholdMember | undefined {
    if (name === undefined) {
      this.speakerName = undefined;
      return undefined;
    }
    const member = this.member(name);
    this.speakerName = member.name;
    return member;
  }

  /** `context.System.person` for the current speaker; undefined when the voice is not recognized. */
  person(): { personId: string } | undefined {
    const speaker = this.speaker;
    return speaker === undefined ? undefined : { personId: speaker.personId };
  }

  /** Delivers a text message to a member's phone (newest first). */
  text(to: string, text: string, code?: string): PhoneMessage {
    return this.deliver({ at: new Date().toISOString(), to, text, ...(code ? { code } : {}) });
  }

  /** Delivers the Alexa app's push notification for a LinkAccount card to the account holder's phone. */
  notifyLinkAccount(text: string): PhoneMessage {
    return this.deliver({ at: new Date().toISOString(), to: this.owner?.name ?? '', text, linkAccount: true });
  }

  private deliver(message: PhoneMessage): PhoneMessage {
    this.phone.unshift(message);
    this.phone.length = Math.min(this.phone.length, MAX_MESSAGES);
    return message;
  }
}
