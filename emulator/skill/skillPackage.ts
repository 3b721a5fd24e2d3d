import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccountLinkingRequest } from '../linking/config';
import { readModel } from '../nlu/model';
import type { SkillInfo } from './skillInfo';

/** The skill events Alexa sends when the manifest subscribes to them. */
export type SkillEventType = 'SkillEnabled' | 'SkillDisabled' | 'SkillAccountLinked';

/** What the emulator reads from an ASK CLI `skill-package/`: names, locales, models, events, permissions. */
export interface SkillPackage {
  dir: string;
  /** Where the interaction models are: `<dir>/interactionModels/custom`. */
  modelsDir: string;
  /** `publishingInformation.locales`, each with an interaction model. */
  locales: string[];
  /** The skill's name per locale. */
  names: Record<string, string>;
  /** The invocation name per locale, from its interaction model. */
  invocationNames: Record<string, string>;
  /** The skill events the manifest subscribes to (`events.subscriptions`). */
  events: Set<SkillEventType>;
  /** Whether the manifest asks for personalization (`alexa::person_id:read`), which personal linking needs. */
  personalization: boolean;
}

/** A skill package the emulator cannot use; the message names the file and the fix. */
export class SkillPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkillPackageError';
  }
}

const EVENT_NAMES: Record<string, SkillEventType> = {
  SKILL_ENABLED: 'SkillEnabled',
  SKILL_DISABLED: 'SkillDisabled',
  SKILL_ACCOUNT_LINKED: 'SkillAccountLinked',
};

interface Manifest {
  manifest?: {
    publishingInformation?: { locales?: Record<string, { name?: unknown }> };
    events?: { subscriptions?: { eventName?: unknown }[] };
    permissions?: { name?: unknown }[];
  };
}

async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SkillPackageError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): --skill-package ` +
        'must be the folder that holds skill.json and interactionModels/custom/<locale>.json (an ASK CLI skill-package/)',
    );
  }
  try {
    return JSON.parse(text) as Manifest;
  } catch (error) {
    throw new SkillPackageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads `skill.json` and one interaction model per locale it publishes in.
 * @see https://developer.amazon.com/docs/alexa/smapi/skill-manifest.html
 */
export async function readSkillPackage(dir: string): Promise<SkillPackage> {
  const file = join(dir, 'skill.json');
  const manifest = (await readManifest(file)).manifest;
  const published = manifest?.publishingInformation?.locales ?? {};
  const locales = Object.keys(published);
  if (locales.length === 0) throw new SkillPackageError(`${file} lists no manifest.publishingInformation.locales`);
  const modelsDir = join(dir, 'interactionModels', 'custom');
  const names: Record<string, string> = {};
  const invocationNames: Record<string, string> = {};
  for (const locale of locales) {
    const name = published[locale]?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new SkillPackageError(`${file}: publishingInformation.locales.${locale}.name is missing`);
    }
    names[locale] = name;
    const model = await readModel(locale, modelsDir).catch((error: Error) => {
      throw new SkillPackageError(`${error.message} (skill.json publishes the skill in ${locale})`);
    });
    invocationNames[locale] = model.interactionModel.languageModel.invocationName;
  }
  const events = new Set<SkillEventType>();
  for (const { eventName } of manifest?.events?.subscriptions ?? []) {
    const type = typeof eventName === 'string' ? EVENT_NAMES[eventName] : undefined;
    if (type !== undefined) events.add(type);
  }
  const personalization = (manifest?.permissions ?? []).some((p) => p.name === 'alexa::person_id:read');
  return { dir, modelsDir, locales, names, invocationNames, events, personalization };
}

/**
 * What the Alexa app shows about a packaged skill: its name in the starting locale (else the first), its
 * locales and invocation names, and whether linking is required at enablement (`skipOnEnablement: false`).
 */
export function skillInfoOf(
  pkg: SkillPackage,
  linking: Pick<AccountLinkingRequest, 'skipOnEnablement'>,
  options: { id: string; vendorId: string; locale: string; byline: string },
): SkillInfo {
  const first = pkg.locales[0] as string;
  return {
    id: options.id,
    name: pkg.names[options.locale] ?? (pkg.names[first] as string),
    vendorId: options.vendorId,
    linking: linking.skipOnEnablement === false ? 'required' : 'available',
    locales: pkg.locales,
    invocationNames: pkg.invocationNames,
    byline: options.byline,
  };
}
