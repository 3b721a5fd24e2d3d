import type { interfaces, Response } from 'ask-sdk-model';
import type { ConnectionOutcome } from '../alexa/envelopes';

/** Something the user hears in a turn, in order: the skill, Alexa herself, or a text arriving on the phone. */
export interface HeardLine {
  who: 'skill' | 'alexa' | 'phone';
  text: string;
  /** The skill's card, as a label. */
  card?: string;
  /** Whose phone a text went to. */
  to?: string;
}

/** One step of a task Alexa runs while the skill's session waits. */
export interface TaskStep {
  /** What Alexa said, and any text sent to the phone. */
  heard: HeardLine[];
  notes: string[];
  /** Set when the task is over: what the SessionResumedRequest reports to the skill. */
  outcome?: ConnectionOutcome;
}

/**
 * A task a skill hands to Alexa with Connections.StartConnection (skill connections), played by the emulator:
 * Alexa talks with the user until the task is over, then resumes the skill's session.
 * @see https://developer.amazon.com/docs/custom-skills/understand-skill-connections.html
 */
export interface ConnectionTask {
  begin(): Promise<TaskStep>;
  /** The user's next words while the task runs. */
  hear(text: string): Promise<TaskStep>;
}

export type StartConnection = interfaces.connections.V1.StartConnectionDirective;

/** The Connections.StartConnection directive of a response, if it has one. */
export function startConnectionOf(response: Response | undefined): StartConnection | undefined {
  return (response?.directives ?? []).find(
    (directive): directive is StartConnection => directive.type === 'Connections.StartConnection',
  );
}
