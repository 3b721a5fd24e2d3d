import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { AlexaIdentity } from '../alexa/envelopes';
import type { HeardLine } from './connections';

/** Sends one envelope to the skill and returns its response (in-process `skill.invoke`, or HTTP). */
export type SkillInvoker = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

/** One request sent to the skill and what came back. */
export interface Exchange {
  request: RequestEnvelope;
  response?: ResponseEnvelope;
  /** Set when the skill threw or answered with something that is not a response. */
  error?: string;
}

/** The identity for the next request, with the access token refreshed first when it had expired. */
export interface PreparedIdentity {
  identity: AlexaIdentity;
  /** What happened on the way, e.g. "refreshed the access token", for the transcript. */
  notes: string[];
}

/** What one user input produced. */
export interface Turn {
  input: string;
  exchanges: Exchange[];
  speech?: string;
  reprompt?: string;
  card?: ui.Card;
  sessionEnded: boolean;
  notes: string[];
  /** Everything heard in the turn, in order, the skill's speech included; more than the skill when Alexa spoke herself. */
  heard?: HeardLine[];
  /** What the screen device showed in the turn, as the terminal labels it: `QR <url>`, `linked`. */
  screen?: string;
}
