import type { IntentInput, SlotInput } from '../alexa/envelopes';
import { languagePack } from './languages';
import type { LanguagePack } from './languages/types';
import { consentAnswer, spokenDigits } from './linkingAnswers';
import type { InteractionModel, ModelIntent } from './model';
import { normalizePhrase, type Words, words } from './normalize';
import { bestMatch, compilePattern, matchPattern, type Pattern, type PatternMatch } from './patterns';
import { type SlotTypeMatcher, slotTypeMatchers } from './slotValues';

/** How an utterance addresses the skill from outside a session. */
export type Invocation = { kind: 'launch' } | { kind: 'oneShot'; utterance: string };

/** The intents every Alexa model has, answered from the language pack's phrase lists. */
const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
];
/** Where everything goes that no sample covers. */
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
const ANY_TEXT: SlotTypeMatcher = { maxWords: Number.POSITIVE_INFINITY, accept: (value) => ({ value }) };

/**
 * Alexa's language understanding for one locale, from the skill's interaction model: invocation phrases,
 * samples as patterns (most specific match wins), built-in intents, yes/no, and slot elicitation.
 */
/** Alexa never passes the wake word to a skill; people type it anyway ("Alexa, ask ride hailer to …"). */
function withoutWakeWord(input: Words): Words {
  return input.tokens[0]?.norm === 'alexa' ? { ...input, tokens: input.tokens.slice(1) } : input;
}

export class LocaleNlu {
  private readonly pack: LanguagePack;
  private readonly intents = new Map<string, ModelIntent>();
  private readonly patterns: Pattern[] = [];
  private readonly launch: Pattern[];
  private readonly oneShot: Pattern[];
  private readonly typeOf: (type: string) => SlotTypeMatcher;
  private readonly dialogIntents: Set<string>;
  private readonly fillers: string[][];

  constructor(
    readonly locale: string,
    model: InteractionModel,
  ) {
    const { languageModel, dialog } = model.interactionModel;
    this.pack = languagePack(locale);
    this.fillers = this.pack.fillers.map((filler) => words(filler).tokens.map((token) => token.norm));
    this.typeOf = slotTypeMatchers(model);
    this.dialogIntents = new Set((dialog?.intents ?? []).map((intent) => intent.name));
    for (const intent of languageModel.intents) this.intents.set(intent.name, intent);
    for (const name of REQUIRED_BUILT_INS) if (!this.intents.has(name)) this.intents.set(name, { name });
    for (const intent of this.intents.values()) {
      for (const sample of [...(intent.samples ?? []), ...this.builtInSamples(intent.name)]) {
        this.patterns.push(compilePattern(intent.name, sample));
      }
    }
    const invocation = languageModel.invocationName;
    const withName = (carrier: string) => carrier.replaceAll('{invocation}', invocation);
    this.launch = this.pack.launch.map((carrier) => compilePattern('launch', withName(carrier)));
    this.oneShot = this.pack.oneShot.map((carrier) => compilePattern('oneShot', withName(carrier)));
  }

  private builtInSamples(intent: string): readonly string[] {
    if (intent === 'AMAZON.YesIntent') return this.pack.yes;
    if (intent === 'AMAZON.NoIntent') return this.pack.no;
    return this.pack.builtIns[intent as keyof LanguagePack['builtIns']] ?? [];
  }

  /** Slot names the model declares for an intent. */
  declaredSlots(intent: string): string[] {
    return (this.intents.get(intent)?.slots ?? []).map((slot) => slot.name);
  }

  /** Whether the model has a dialog model for the intent, so Alexa sends `dialogState`. */
  hasDialog(intent: string): boolean {
    return this.dialogIntents.has(intent);
  }

  private slotMatcher(intent: string): (slot: string) => SlotTypeMatcher | undefined {
    const slots = this.intents.get(intent)?.slots ?? [];
    return (name) => {
      const slot = slots.find((candidate) => candidate.name === name);
      return slot === undefined ? undefined : this.typeOf(slot.type);
    };
  }

  /** "open ride hailer" → launch; "ask ride hailer to …" → one-shot with the inner words; else undefined. */
  invocation(text: string): Invocation | undefined {
    const input = withoutWakeWord(words(text));
    if (this.launch.some((pattern) => matchPattern(pattern, input, () => undefined).length > 0)) {
      return { kind: 'launch' };
    }
    const carriers = this.oneShot
      .flatMap((pattern) => matchPattern(pattern, input, () => ANY_TEXT))
      .sort((a, b) => b.score - a.score)
      .map((match) => match.slots.utterance?.value ?? '');
    const understood = carriers.find((utterance) => this.resolve(utterance).name !== FALLBACK_INTENT);
    const utterance = understood ?? carriers[0];
    return utterance === undefined ? undefined : { kind: 'oneShot', utterance };
  }

  /**
   * The intent and slots for an utterance; nothing matching gives AMAZON.FallbackIntent. When the words as
   * typed match nothing, politeness words at either end ("please", "bitte") are dropped and matching retried.
   */
  resolve(text: string): IntentInput {
    const input = withoutWakeWord(words(text));
    const best = this.bestOf(input) ?? this.bestOf(this.withoutFillers(input));
    if (best === undefined)
      return { name: FALLBACK_INTENT, slots: {}, declaredSlots: this.declaredSlots(FALLBACK_INTENT) };
    const name = best.pattern.intent;
    return { name, slots: best.slots, declaredSlots: this.declaredSlots(name) };
  }

  private bestOf(input: Words): PatternMatch | undefined {
    if (input.tokens.length === 0) return undefined;
    const matches: PatternMatch[] = [];
    for (const pattern of this.patterns)
      matches.push(...matchPattern(pattern, input, this.slotMatcher(pattern.intent)));
    return bestMatch(matches);
  }

  private withoutFillers(input: Words): Words {
    let tokens = input.tokens;
    let changed = true;
    while (changed) {
      changed = false;
      for (const filler of this.fillers) {
        const n = filler.length;
        if (n === 0 || n > tokens.length) continue;
        if (filler.every((word, i) => tokens[i]?.norm === word)) {
          tokens = tokens.slice(n);
          changed = true;
        } else if (filler.every((word, i) => tokens[tokens.length - n + i]?.norm === word)) {
          tokens = tokens.slice(0, tokens.length - n);
          changed = true;
        }
      }
    }
    return { ...input, tokens };
  }

  /**
   * The answer to a Dialog.ElicitSlot: the slot's own samples ("to {destination}") or the intent's samples,
   * else the whole utterance as the value.
   */
  fillSlot(intent: string, slot: string, text: string): Record<string, SlotInput> {
    const best = this.slotAnswer(intent, slot, text);
    if (best !== undefined) return best.slots;
    const input = words(text);
    const declared = this.intents.get(intent)?.slots?.find((candidate) => candidate.name === slot);
    const whole = declared === undefined ? undefined : this.typeOf(declared.type).accept(input.source.trim());
    return whole === undefined ? {} : { [slot]: whole };
  }

  /**
   * Whether the words answer an elicitation of the slot with one of its type's values ("home", "nach Hause",
   * "घर"), through the slot's samples or the intent's. While a skill elicits a slot, Alexa weighs the slot's
   * values above built-in intents, so such an answer fills the slot rather than going to NavigateHome or Stop.
   * @see https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#elicitslot
   */
  answersElicitation(intent: string, slot: string, text: string): boolean {
    return this.slotAnswer(intent, slot, text)?.slots[slot]?.resolved !== undefined;
  }

  private slotAnswer(intent: string, slot: string, text: string): PatternMatch | undefined {
    const input = this.withoutFillers(withoutWakeWord(words(text)));
    const declared = this.intents.get(intent)?.slots?.find((candidate) => candidate.name === slot);
    const samples = [...(declared?.samples ?? []), ...(this.intents.get(intent)?.samples ?? [])];
    const matcher = this.slotMatcher(intent);
    const matches = samples.flatMap((sample) => matchPattern(compilePattern(intent, sample), input, matcher));
    return bestMatch(matches.filter((match) => match.slots[slot] !== undefined));
  }

  /** Whether the words end what is going on: stop or cancel. */
  stops(text: string): boolean {
    const name = this.resolve(text).name;
    return name === 'AMAZON.StopIntent' || name === 'AMAZON.CancelIntent';
  }

  /** An answer to Alexa's consent question in voice-forward linking (see `consentAnswer`). */
  consent(text: string): 'approve' | 'deny' | undefined {
    return consentAnswer(this.pack, text, this.yesNo(text), this.stops(text));
  }

  /** The digits of a one-time code in an utterance (see `spokenDigits`). */
  digits(text: string): string {
    return spokenDigits(this.pack, text);
  }

  /** "yes"/"ja"/"हाँ" → yes, "no"/"nein"/"नहीं" → no, anything else → undefined. */
  yesNo(text: string): 'yes' | 'no' | undefined {
    const phrase = normalizePhrase(text);
    const first = phrase.split(' ')[0];
    const has = (list: readonly string[], value: string | undefined) =>
      value !== undefined && list.some((entry) => normalizePhrase(entry) === value);
    if (has(this.pack.yes, phrase)) return 'yes';
    if (has(this.pack.no, phrase)) return 'no';
    if (has(this.pack.no, first)) return 'no';
    if (has(this.pack.yes, first)) return 'yes';
    return undefined;
  }
}
