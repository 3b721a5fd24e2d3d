import type { ui } from 'ask-sdk-model';
import { type AlexaIdentity, newIdentity } from '../alexa/envelopes';
import { Conversation, type ConversationDeps } from '../conversation/Conversation';
import type { Exchange } from '../conversation/types';
import { ScreenDevice, type ScreenDeviceDeps } from '../linking/flows/screenDevice';
import type { LinkTrace } from '../linking/trace';
import { Household } from './Household';

/** A card in the Alexa app's feed. */
export interface CardEntry {
  id: number;
  at: string;
  type: string;
  title?: string;
  content?: string;
}

/** A line of the conversation as the app shows it. */
export interface TranscriptLine {
  who: 'user' | 'alexa' | 'note';
  text: string;
}

const MAX_LINES = 200;
const MAX_CARDS = 50;

/** How an emulated user's household is set up. */
export interface HouseholdSetup {
  /** The members' names; the first holds the account. */
  members?: readonly string[];
  /** What the screen device needs to show link prompts. */
  screen?: ScreenDeviceDeps;
}

/**
 * One emulated Alexa account with its household (devices, people with voice IDs, a phone) and what its screen
 * device shows: identity, enablement, card feed, transcript and conversation.
 */
export class EmulatedUser {
  readonly household: Household;
  readonly screen: ScreenDevice;
  readonly identity: AlexaIdentity;
  readonly conversation: Conversation;
  enabled = false;
  locale: string;
  readonly cards: CardEntry[] = [];
  readonly transcript: TranscriptLine[] = [];
  lastExchange: Exchange | undefined;
  lastTrace: LinkTrace | undefined;
  private nextCardId = 1;

  constructor(skillId: string, locale: string, deps: Omit<ConversationDeps, 'skillId'>, setup: HouseholdSetup = {}) {
    this.household = new Household(setup.members);
    this.screen = new ScreenDevice(
      setup.screen ?? { appUrl: undefined, skillName: 'the skill', personalization: false },
    );
    this.identity = newIdentity({ skillId, deviceId: this.household.deviceId });
    this.locale = locale;
    this.conversation = new Conversation({ ...deps, skillId });
  }

  /** The Alexa user id (`context.System.user.userId`). */
  get userId(): string {
    return this.identity.userId;
  }

  /** Adds a card the skill sent to the top of the feed. */
  addCard(card: ui.Card): CardEntry {
    const entry: CardEntry = { id: this.nextCardId++, at: new Date().toISOString(), type: card.type };
    if ('title' in card && typeof card.title === 'string') entry.title = card.title;
    if ('content' in card && typeof card.content === 'string') entry.content = card.content;
    if ('text' in card && typeof card.text === 'string') entry.content = card.text;
    this.cards.unshift(entry);
    this.cards.length = Math.min(this.cards.length, MAX_CARDS);
    return entry;
  }

  /** Appends transcript lines, keeping the last few hundred. */
  log(...lines: TranscriptLine[]): void {
    this.transcript.push(...lines);
    if (this.transcript.length > MAX_LINES) this.transcript.splice(0, this.transcript.length - MAX_LINES);
  }
}
