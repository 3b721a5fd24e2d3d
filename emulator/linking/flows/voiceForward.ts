import { randomInt } from 'node:crypto';
import type { ConnectionOutcome } from '../../alexa/envelopes';
import type { ConnectionTask, HeardLine, TaskStep } from '../../conversation/connections';
import type { Household, HouseholdMember } from '../../core/Household';
import type { LocaleNlu } from '../../nlu/LocaleNlu';
import type { AccountLinkingRequest } from '../config';
import { fill, type VoiceForwardLines, voiceForwardLines } from './voiceForwardLines';

/** The connection a skill asks for to have Alexa link the account by voice. */
export const ASK_FOR_ACCOUNT_LINKING_URI = 'connection://AMAZON.AskForAccountLinking/1';
/** Codes a user may say before Alexa gives up. */
export const MAX_CODE_ATTEMPTS = 3;

/** What the flow needs from the emulator around it. */
export interface VoiceForwardDeps {
  nlu: LocaleNlu;
  skillName: string;
  /** The skill's account-linking settings: the scopes to consent to, and whether voice-forward is enabled. */
  linking: Pick<AccountLinkingRequest, 'scopes' | 'voiceForwardAccountLinking'>;
  household: Household;
  /** The directive's `input`. */
  input: Record<string, unknown> | undefined;
  /** Links the account with the linking engine (authorization code, token exchange, events). */
  link(): Promise<{ linked: boolean; outcome: string }>;
  newCode?: () => string;
}

const completed = (status: string): ConnectionOutcome => ({
  status: { code: '200', message: 'OK' },
  result: { status },
});
const failed = (code: string, message: string): ConnectionOutcome => ({ status: { code, message } });

/**
 * Alexa's side of voice-forward account linking (LWA): for a recognized speaker, asks consent to share the
 * profile scopes, texts a six-digit code to the speaker's phone, takes up to three tries at "my code is …",
 * then links through the linking engine and says so. The outcome goes back to the skill in the
 * SessionResumedRequest: LINKED, DENIED, USER_REQUIREMENTS_NOT_MET (no recognized speaker), or a non-200
 * status when the task itself fails (the codes for those failures are the emulator's; Amazon does not list them).
 * @see https://developer.amazon.com/docs/account-linking/use-voice-forward-account-linking.html
 */
export class VoiceForwardLinking implements ConnectionTask {
  private stage: 'consent' | 'code' = 'consent';
  private code = '';
  private attempts = 0;
  private readonly lines: VoiceForwardLines;
  private readonly speaker: HouseholdMember | undefined;

  constructor(private readonly deps: VoiceForwardDeps) {
    this.lines = voiceForwardLines(deps.nlu.locale);
    this.speaker = deps.household.speaker;
  }

  private alexa(line: string): HeardLine {
    const data = this.deps.linking.scopes.includes('profile') ? this.lines.dataProfile : this.lines.dataOther;
    return {
      who: 'alexa',
      text: fill(line, { skill: this.deps.skillName, data, name: this.speaker?.name ?? '' }),
    };
  }

  async begin(): Promise<TaskStep> {
    const { input, linking } = this.deps;
    if (input?.['@type'] !== 'AskForAccountLinking' || input['@version'] !== '1') {
      const why = 'the input must be {"@type": "AskForAccountLinking", "@version": "1"}';
      return { heard: [], notes: [`Alexa rejects the connection: ${why}`], outcome: failed('400', why) };
    }
    if (linking.voiceForwardAccountLinking !== 'ENABLED') {
      const why = 'voice-forward account linking is not enabled for this skill';
      const hint = `${why} (voiceForwardAccountLinking in the account-linking file)`;
      return { heard: [], notes: [`Alexa rejects the connection: ${hint}`], outcome: failed('403', why) };
    }
    if (this.speaker === undefined) {
      const note =
        'no recognized speaker: voice-forward linking needs a voice ID, so Alexa reports USER_REQUIREMENTS_NOT_MET';
      return { heard: [], notes: [note], outcome: completed('USER_REQUIREMENTS_NOT_MET') };
    }
    return { heard: [this.alexa(this.lines.consent)], notes: [] };
  }

  hear(text: string): Promise<TaskStep> {
    return this.stage === 'consent' ? Promise.resolve(this.consent(text)) : this.checkCode(text);
  }

  private deny(): TaskStep {
    return { heard: [this.alexa(this.lines.denied)], notes: [], outcome: completed('DENIED') };
  }

  private consent(text: string): TaskStep {
    const answer = this.deps.nlu.consent(text);
    if (answer === undefined) return { heard: [this.alexa(this.lines.consentAgain)], notes: [] };
    if (answer === 'deny') return this.deny();
    const to = (this.speaker as HouseholdMember).name;
    this.stage = 'code';
    this.code = this.deps.newCode?.() ?? String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.deps.household.text(
      to,
      fill(this.lines.phoneText, { code: this.code, skill: this.deps.skillName }),
      this.code,
    );
    return {
      heard: [this.alexa(this.lines.codePrompt), { who: 'phone', text: this.code, to }],
      notes: [`a one-time code was texted to ${to}'s phone`],
    };
  }

  private async checkCode(text: string): Promise<TaskStep> {
    const digits = this.deps.nlu.digits(text);
    if (digits === '') {
      if (this.deps.nlu.consent(text) === 'deny') return this.deny();
      return { heard: [this.alexa(this.lines.codeAgain)], notes: [] };
    }
    this.attempts += 1;
    if (digits !== this.code) {
      const tally = `wrong code (${this.attempts} of ${MAX_CODE_ATTEMPTS})`;
      if (this.attempts < MAX_CODE_ATTEMPTS) return { heard: [this.alexa(this.lines.codeWrong)], notes: [tally] };
      const outcome = failed('401', 'the one-time code was not confirmed');
      return { heard: [this.alexa(this.lines.codeFailed)], notes: [`${tally}: Alexa gives up`], outcome };
    }
    const link = await this.deps.link();
    if (!link.linked) {
      const outcome = failed('500', 'account linking failed');
      return { heard: [this.alexa(this.lines.failed)], notes: [`linking failed: ${link.outcome}`], outcome };
    }
    return {
      heard: [this.alexa(this.lines.linked)],
      notes: [`code confirmed; ${link.outcome}`],
      outcome: completed('LINKED'),
    };
  }
}
