import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel as EmulatorModel } from '../../emulator/nlu/model';

/** Reads skill-package/ as ask deploy would upload it. */
export const PACKAGE_DIR = join(import.meta.dirname, '..', '..', 'skill-package');

/** The model as the emulator reads it, plus the dialog and prompts that only the consistency tests check. */
export interface InteractionModel {
  interactionModel: Omit<EmulatorModel['interactionModel'], 'dialog'> & {
    dialog?: {
      delegationStrategy?: string;
      intents: {
        name: string;
        slots?: { name: string; elicitationRequired?: boolean; prompts?: { elicitation?: string } }[];
      }[];
    };
    prompts?: { id: string; variations: { type: string; value: string }[] }[];
  };
}

export function modelLocales(): string[] {
  return readdirSync(join(PACKAGE_DIR, 'interactionModels', 'custom'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

export function readModel(locale: string): InteractionModel {
  return JSON.parse(readFileSync(join(PACKAGE_DIR, 'interactionModels', 'custom', `${locale}.json`), 'utf8'));
}

// biome-ignore lint/suspicious/noExplicitAny: the manifest is checked field by field in the tests
export function readManifest(): any {
  return JSON.parse(readFileSync(join(PACKAGE_DIR, 'skill.json'), 'utf8')).manifest;
}

export const CUSTOM_INTENTS = [
  'OrderRideIntent',
  'RideStatusIntent',
  'CancelRideIntent',
  'FareEstimateIntent',
  'LinkAccountIntent',
];
export const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
];
