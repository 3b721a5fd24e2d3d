import type { SlotInput } from '../alexa/envelopes';
import type { InteractionModel, ModelType } from './model';
import { normalizePhrase } from './normalize';

/** How a slot type accepts captured words. */
export interface SlotTypeMatcher {
  /** The slot input for the captured text, or undefined when the type cannot take it. */
  accept(text: string): SlotInput | undefined;
  /** Longest value in words (open types: unlimited). */
  maxWords: number;
}

const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** Built-in types whose value is any text; Alexa sends them without entity resolution. */
function openBuiltIn(type: string): SlotTypeMatcher {
  if (type === 'AMAZON.NUMBER') {
    return {
      maxWords: 1,
      accept: (text) => (NUMBER.test(text.trim()) ? { value: text, type, withoutResolutions: true } : undefined),
    };
  }
  return { maxWords: Number.POSITIVE_INFINITY, accept: (value) => ({ value, type, withoutResolutions: true }) };
}

/**
 * A custom type: values and synonyms resolve to `{id, name}` (ER_SUCCESS_MATCH); anything else still fills the
 * slot with ER_SUCCESS_NO_MATCH, as Alexa's custom types are open.
 * @see https://developer.amazon.com/docs/custom-skills/entity-resolution.html
 */
function customType(type: ModelType): SlotTypeMatcher {
  const lookup = new Map<string, { id: string; name: string }>();
  for (const value of type.values ?? []) {
    const resolved = { id: value.id ?? value.name.value, name: value.name.value };
    for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const key = normalizePhrase(phrase);
      if (key !== '' && !lookup.has(key)) lookup.set(key, resolved);
    }
  }
  return {
    maxWords: Number.POSITIVE_INFINITY,
    accept: (value) => {
      const resolved = lookup.get(normalizePhrase(value));
      return resolved ? { value, type: type.name, resolved } : { value, type: type.name };
    },
  };
}

/** Matchers for every slot type a model uses, custom types from the model, the rest treated as open text. */
export function slotTypeMatchers(model: InteractionModel): (type: string) => SlotTypeMatcher {
  const custom = new Map<string, SlotTypeMatcher>();
  for (const type of model.interactionModel.languageModel.types ?? []) custom.set(type.name, customType(type));
  return (type) => custom.get(type) ?? openBuiltIn(type);
}
