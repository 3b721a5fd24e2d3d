import type { MessageKey } from '../../../lambda/prompts';
import { CATALOGS } from '../../../lambda/prompts/catalogs';

/**
 * A pattern for what the skill says for a catalog message in a language: the template with each `{name}`
 * standing for any text, so tests follow the catalogs instead of copying their wording.
 */
export function spoken(locale: string, key: MessageKey): RegExp {
  const catalog = CATALOGS[locale.slice(0, 2)];
  const template = catalog?.[key];
  if (typeof template !== 'string') throw new Error(`no string message ${key} for ${locale}`);
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\{\w+\}/g, '.+'));
}
