import { randomUUID } from 'node:crypto';

/** Someone in the household with a voice ID, so Alexa can tell who is speaking. */
export interface HouseholdMember {
  name: string;
  personId: string;
}

/** A text message that reached a household member's phone. */
export interface PhoneMessage {
  at: string;
  to: string;
  text: string;
  /** The one-time code in the message, when it carries one. */
  code?: string;
}

/** The people of an emulated household; the first one is speaking unless told otherwise. */
export const DEFAULT_MEMBERS = ['Sam', 'Annie'] as const;
const MAX_MESSAGES = 20;

/** Thrown for a speaker name the household does not know. */
export class UnknownSpeakerError extends Error {
  constructor(name: string, members: readonly HouseholdMember[]) {
    super(`nobody called ${name} lives here; the household is ${members.map((m) => m.name).join(', ')}`);
    this.name = 'UnknownSpeakerError';
  }
}

/**
 * The household behind one Alexa account: its device, its people with voice IDs, who is speaking now
 * (recognized, or an unknown voice), and the phone where Alexa sends one-time codes. Requests carry
 * `context.System.person` for a recognized speaker only, as Alexa does with personalization on.
 * @see https://developer.amazon.com/docs/custom-skills/add-personalization-to-your-skill.html
 */
export class Household {
  /** The one Echo the emulated household talks to. */
  readonly deviceId = `amzn1.ask.device.EMULATED${randomUUID().replace(/-/g, '').toUpperCase()}`;
  readonly members: HouseholdMember[];
  readonly phone: PhoneMessage[] = [];
  private speakerName: string | undefined;

  constructor(names: readonly string[] = DEFAULT_MEMBERS) {
    this.members = names.map((name) => ({
      name,
      personId: `amzn1.ask.person.EMULATED${randomUUID().replace(/-/g, '').toUpperCase()}`,
    }));
    this.speakerName = this.members[0]?.name;
  }

  /** Who is speaking, if Alexa recognizes the voice. */
  get speaker(): HouseholdMember | undefined {
    return this.members.find((member) => member.name === this.speakerName);
  }

  /** Chooses who is talking: a member's name (any case), or undefined for a voice Alexa does not recognize. */
  setSpeaker(name: string | undefined): HouseholdMember | undefined {
    if (name === undefined) {
      this.speakerName = undefined;
      return undefined;
    }
    const member = this.members.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
    if (member === undefined) throw new UnknownSpeakerError(name, this.members);
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
    const message: PhoneMessage = { at: new Date().toISOString(), to, text, ...(code ? { code } : {}) };
    this.phone.unshift(message);
    this.phone.length = Math.min(this.phone.length, MAX_MESSAGES);
    return message;
  }
}
