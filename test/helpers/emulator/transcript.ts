import { readFileSync } from 'node:fs';
import type { MessageKey } from '../../../lambda/prompts';
import { CATALOGS } from '../../../lambda/prompts/catalogs';

/** A terminal example from a README: the command after `$ ` and the lines it prints. */
export interface TerminalExample {
  command: string;
  lines: string[];
}

/** The first ```text block of a markdown file whose first line is `$ <command starting with prefix>`. */
export function terminalExample(markdownFile: string, prefix: string): TerminalExample {
  const markdown = readFileSync(markdownFile, 'utf8');
  for (const [, body = ''] of markdown.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    const [first = '', ...lines] = body.trimEnd().split('\n');
    if (first.startsWith(`$ ${prefix}`)) return { command: first.slice(2), lines };
  }
  throw new Error(`${markdownFile} has no text block starting with "$ ${prefix}"`);
}

/**
 * The parts of a ride the service picks at random per booking (its id seeds driver, car and plate); fares,
 * destinations and times are derived from the request and stay compared as they are.
 */
const RANDOM_PER_RIDE = new Set(['driver', 'car', 'plate']);
const RIDE_MESSAGES: MessageKey[] = ['order.booked', 'status.active'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Puts `{driver}`, `{car}` and `{plate}` back into a line that renders one of the ride messages. */
function withRidePlaceholders(text: string, locale: string): string {
  const catalog = CATALOGS[locale.slice(0, 2)];
  for (const key of RIDE_MESSAGES) {
    const template = catalog?.[key];
    if (typeof template !== 'string') continue;
    const parts = template.split(/\{(\w+)\}/);
    const pattern = parts.map((part, i) => (i % 2 === 1 ? '(.+?)' : escapeRegExp(part))).join('');
    const match = new RegExp(`^${pattern}$`).exec(text);
    if (match === null) continue;
    let group = 0;
    return parts
      .map((part, i) => {
        if (i % 2 === 0) return part;
        group += 1;
        return RANDOM_PER_RIDE.has(part) ? `{${part}}` : (match[group] ?? '');
      })
      .join('');
  }
  return text;
}

/**
 * A dialog transcript with only what genuinely differs between runs normalized: the first characters of the
 * access token (its length stays), the token's remaining lifetime to ten seconds (a link and the line about it
 * can fall in different seconds), and the driver, car and plate of a booked ride.
 */
export function normalizeTranscript(lines: string[], locale = 'en-US'): string[] {
  return lines.map((line) => {
    const normalized = line
      .replace(/(access token )\S{4}…\((\d+)\)/, '$1####…($2)')
      .replace(/expires in (\d+) s/, (_, seconds: string) => `expires in ~${Math.round(Number(seconds) / 10) * 10} s`);
    if (!normalized.startsWith('Alexa > ')) return normalized;
    return `Alexa > ${withRidePlaceholders(normalized.slice('Alexa > '.length), locale)}`;
  });
}
