import type { Intent, RequestEnvelope, Response } from 'ask-sdk-model';
import {
  type AlexaSession,
  buildIntent,
  envelope,
  type IntentInput,
  intentRequest,
  launchRequest,
  newSession,
  sessionEndedRequest,
  sessionResumedRequest,
} from '../alexa/envelopes';
import type { LocaleNlu } from '../nlu/LocaleNlu';
import { type ConnectionTask, type StartConnection, startConnectionOf, type TaskStep } from './connections';
import { delegates, type PendingDialog, pendingFrom, withSlots } from './dialog';
import { cardLabel, describeResponse } from './speech';
import type { Exchange, PreparedIdentity, SkillInvoker, Turn } from './types';

/** What a conversation needs from the emulator around it. */
export interface ConversationDeps {
  invoke: SkillInvoker;
  /** The skill id the envelopes carry (also used in entity-resolution authorities). */
  skillId: string;
  /** The identity for the next request; refreshes an expired token first, like Alexa. */
  prepare(): Promise<PreparedIdentity>;
  onExchange?(exchange: Exchange): void;
  /** Alexa's side of a Connections.StartConnection (voice-forward linking); undefined when not emulated. */
  connect?(directive: StartConnection, nlu: LocaleNlu): ConnectionTask | undefined;
}

const EXIT_INTENTS = new Set([
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.NavigateHomeIntent',
]);

type Request = Parameters<typeof envelope>[0];

/**
 * One device's conversation with the skill: the open session and its attributes, and the Dialog step the skill
 * asked for. A session ends only when the skill says `shouldEndSession: true` (an omitted value keeps it open,
 * as the simulator and screen devices do). Plain text outside a session goes to the skill as a one-shot.
 */
export class Conversation {
  private session: AlexaSession | undefined;
  private pending: PendingDialog | undefined;
  /** The task Alexa runs for the skill right now; while it runs, every utterance goes to it. */
  private connection: { task: ConnectionTask; directive: StartConnection } | undefined;

  constructor(private readonly deps: ConversationDeps) {}

  /** Whether a session is open. */
  get inSession(): boolean {
    return this.session !== undefined;
  }

  /** Handles one typed utterance. */
  async say(text: string, nlu: LocaleNlu): Promise<Turn> {
    const turn: Turn = { input: text, exchanges: [], sessionEnded: false, notes: [] };
    if (this.connection !== undefined) return this.afterStep(turn, await this.connection.task.hear(text), nlu);
    const invocation = nlu.invocation(text);
    if (invocation !== undefined) {
      await this.closeOpenSession(nlu.locale, turn);
      this.session = newSession();
      if (invocation.kind === 'launch') return this.send(turn, launchRequest(nlu.locale), undefined, nlu);
      return this.sendIntent(turn, nlu.resolve(invocation.utterance), nlu);
    }
    if (this.session === undefined) {
      turn.notes.push('no open session: sent to the skill as a one-shot request in a new session');
      this.session = newSession();
      return this.sendIntent(turn, nlu.resolve(text), nlu);
    }
    const pending = this.pending;
    this.pending = undefined;
    if (pending === undefined) return this.sendIntent(turn, nlu.resolve(text), nlu);
    return this.answer(turn, pending, text, nlu);
  }

  /** The next utterance answers the Dialog step: yes/no for a confirmation, a slot value for an elicitation. */
  private answer(turn: Turn, pending: PendingDialog, text: string, nlu: LocaleNlu): Promise<Turn> {
    const { skillId } = this.deps;
    if (pending.kind === 'elicit') {
      const resolved = nlu.resolve(text);
      const slotValue = nlu.answersElicitation(pending.intent.name, pending.slot, text);
      if (!slotValue && EXIT_INTENTS.has(resolved.name)) return this.sendIntent(turn, resolved, nlu);
      const intent = withSlots(pending.intent, nlu.fillSlot(pending.intent.name, pending.slot, text), skillId);
      return this.send(turn, intentRequest(nlu.locale, intent, 'IN_PROGRESS'), intent, nlu);
    }
    const answer = nlu.yesNo(text);
    if (answer === undefined) return this.sendIntent(turn, nlu.resolve(text), nlu);
    const status = answer === 'yes' ? 'CONFIRMED' : 'DENIED';
    let intent: Intent = { ...pending.intent, confirmationStatus: status };
    if (pending.kind === 'confirmSlot') {
      const slot = pending.intent.slots?.[pending.slot];
      intent = {
        ...pending.intent,
        slots: { ...pending.intent.slots, [pending.slot]: { ...slot, name: pending.slot, confirmationStatus: status } },
      };
    }
    return this.send(turn, intentRequest(nlu.locale, intent, 'IN_PROGRESS'), intent, nlu);
  }

  private sendIntent(turn: Turn, input: IntentInput, nlu: LocaleNlu): Promise<Turn> {
    const intent = buildIntent(input, this.deps.skillId);
    const dialogState = nlu.hasDialog(input.name) ? 'STARTED' : undefined;
    return this.send(turn, intentRequest(nlu.locale, intent, dialogState), intent, nlu);
  }

  /**
   * Alexa opens the skill by herself (after linking on a device with a screen): an open session is ended first,
   * then a LaunchRequest starts a new one. `note` says why, in the transcript.
   */
  async launch(nlu: LocaleNlu, note: string): Promise<Turn> {
    const turn: Turn = { input: '.launch', exchanges: [], sessionEnded: false, notes: [note] };
    await this.closeOpenSession(nlu.locale, turn);
    this.session = newSession();
    return this.send(turn, launchRequest(nlu.locale), undefined, nlu);
  }

  /** Starts a new session on the next utterance; an open one is ended with a SessionEndedRequest. */
  async newSession(locale: string): Promise<Turn> {
    const turn: Turn = { input: '.new', exchanges: [], sessionEnded: true, notes: [] };
    await this.closeOpenSession(locale, turn);
    return turn;
  }

  /** Forgets the session without telling the skill (the device lost it). */
  reset(): void {
    this.session = undefined;
    this.pending = undefined;
    this.connection = undefined;
  }

  /** Hands the session to the task a StartConnection asks for, when the emulator plays it. */
  private async beginTask(turn: Turn, directive: StartConnection, nlu: LocaleNlu): Promise<Turn> {
    const task = this.deps.connect?.(directive, nlu);
    if (task === undefined) {
      turn.notes.push(`Connections.StartConnection to ${directive.uri} is not emulated`);
      return turn;
    }
    this.pending = undefined;
    this.connection = { task, directive };
    return this.afterStep(turn, await task.begin(), nlu);
  }

  /** Adds what Alexa said; when the task is over, resumes the skill's session with its outcome. */
  private async afterStep(turn: Turn, step: TaskStep, nlu: LocaleNlu): Promise<Turn> {
    turn.heard = [...(turn.heard ?? []), ...step.heard];
    turn.notes.push(...step.notes);
    const connection = this.connection;
    if (step.outcome === undefined || connection === undefined) return turn;
    this.connection = undefined;
    const { directive } = connection;
    if (directive.onCompletion !== 'RESUME_SESSION') {
      turn.notes.push(`onCompletion is ${directive.onCompletion ?? 'missing'}: Alexa does not resume the session`);
      this.reset();
      turn.sessionEnded = true;
      return turn;
    }
    const request = sessionResumedRequest(nlu.locale, directive.token, step.outcome);
    return this.send(turn, request, undefined, nlu);
  }

  private async closeOpenSession(locale: string, turn: Turn): Promise<void> {
    if (this.session === undefined) return;
    const { identity, notes } = await this.deps.prepare();
    turn.notes.push(...notes, 'the open session was ended first (SessionEndedRequest, USER_INITIATED)');
    const request = envelope(sessionEndedRequest(locale, 'USER_INITIATED'), identity, this.notNew(this.session));
    this.reset();
    turn.exchanges.push(await this.exchange(request));
  }

  private notNew(session: AlexaSession): AlexaSession {
    return { ...session, isNew: false };
  }

  private async send(turn: Turn, request: Request, intent: Intent | undefined, nlu: LocaleNlu): Promise<Turn> {
    const session = this.session ?? newSession();
    const { identity, notes } = await this.deps.prepare();
    turn.notes.push(...notes);
    const exchange = await this.exchange(envelope(request, identity, session));
    turn.exchanges.push(exchange);
    const response: Response | undefined = exchange.response?.response;
    Object.assign(turn, describeResponse(response));
    if (exchange.error !== undefined) {
      turn.speech = "There was a problem with the requested skill's response.";
      turn.notes.push(`skill error: ${exchange.error}`);
    }
    if (turn.speech !== undefined || turn.card !== undefined) {
      turn.heard = [...(turn.heard ?? []), { who: 'skill', text: turn.speech ?? '', card: cardLabel(turn.card) }];
    }
    if (exchange.error !== undefined || response?.shouldEndSession === true) {
      this.reset();
      turn.sessionEnded = true;
      return turn;
    }
    this.session = { ...session, isNew: false, attributes: exchange.response?.sessionAttributes ?? {} };
    this.pending = pendingFrom(response, intent);
    if (this.pending !== undefined && !nlu.hasDialog(this.pending.intent.name)) {
      turn.notes.push(
        `the skill sent a Dialog directive for ${this.pending.intent.name}, which has no dialog model; Alexa would reject it`,
      );
    }
    if (delegates(response))
      turn.notes.push('Dialog.Delegate is not emulated: the emulator does not play the dialog model');
    const directive = startConnectionOf(response);
    return directive === undefined ? turn : this.beginTask(turn, directive, nlu);
  }

  private async exchange(request: RequestEnvelope): Promise<Exchange> {
    let exchange: Exchange;
    try {
      const response = await this.deps.invoke(request);
      exchange =
        response?.response === undefined
          ? { request, response, error: 'the answer is not a response envelope' }
          : { request, response };
    } catch (error) {
      exchange = { request, error: (error as Error).message };
    }
    this.deps.onExchange?.(exchange);
    return exchange;
  }
}
