import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One slot of an intent in an interaction model. */
export interface ModelSlot {
  name: string;
  type: string;
  /** Utterances that answer an elicitation of this slot, e.g. "to {destination}". */
  samples?: string[];
}

/** An intent with its slots and sample utterances. */
export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

/** One value of a custom slot type, with its optional id and synonyms. */
export interface ModelTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

/** A custom slot type. */
export interface ModelType {
  name: string;
  values?: ModelTypeValue[];
}

/** The parts of `skill-package/interactionModels/custom/<locale>.json` the emulator reads. */
export interface InteractionModel {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types?: ModelType[] };
    dialog?: { intents?: Array<{ name: string; confirmationRequired?: boolean }> };
  };
}

/** Where the interaction models live, relative to the repository root. */
export const MODELS_DIR = 'skill-package/interactionModels/custom';

function isModel(value: unknown): value is InteractionModel {
  const lm = (value as InteractionModel | undefined)?.interactionModel?.languageModel;
  return typeof lm?.invocationName === 'string' && Array.isArray(lm.intents);
}

/** Reads and shape-checks one locale's interaction model; throws a message naming the file. */
export async function readModel(locale: string, dir = MODELS_DIR): Promise<InteractionModel> {
  const file = join(dir, `${locale}.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the interaction model ${file}: ${(error as Error).message}`);
  }
  if (!isModel(parsed)) throw new Error(`${file} is not an interaction model (interactionModel.languageModel)`);
  return parsed;
}
