import type { HandlerInput } from 'ask-sdk-core';
import { describeError } from './logger';
import { ctx } from './requestContext';

/**
 * How long a "no" to linking by voice keeps the skill from offering it again to that speaker. The card
 * flow and "link my account" stay available all the time; only the unprompted question pauses.
 */
export const LINK_OFFER_PAUSE_DAYS = 14;
const PAUSE_MS = LINK_OFFER_PAUSE_DAYS * 24 * 3600 * 1000;

/** Persistent attribute: when each recognized speaker last said no, as `{personId: ISO time}`. */
const KEY = 'linkOfferDeclinedAt';

type Refusals = Record<string, string>;

function speaker(input: HandlerInput): string {
  return input.requestEnvelope.context?.System?.person?.personId ?? 'account';
}

function refusals(attributes: Record<string, unknown>): Refusals {
  const value = attributes[KEY];
  return typeof value === 'object' && value !== null ? (value as Refusals) : {};
}

function recent(iso: string | undefined, now: number): boolean {
  const at = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isFinite(at) && now - at < PAUSE_MS;
}

/**
 * Whether this speaker declined linking by voice within the pause. The memory is a courtesy: when DynamoDB
 * fails, the skill logs it and offers again rather than failing the request.
 */
export async function declinedRecently(input: HandlerInput): Promise<boolean> {
  const { deps, logger } = ctx(input);
  if (deps.persistence === undefined) return false;
  try {
    const attributes = await input.attributesManager.getPersistentAttributes();
    return recent(refusals(attributes)[speaker(input)], deps.now());
  } catch (error) {
    logger.warn('could not read the link-offer refusal', { error: describeError(error) });
    return false;
  }
}

/** Remembers that this speaker said no (best effort); refusals older than the pause are dropped. */
export async function rememberDeclined(input: HandlerInput): Promise<void> {
  const { deps, logger } = ctx(input);
  if (deps.persistence === undefined) return;
  try {
    const attributes = await input.attributesManager.getPersistentAttributes();
    const now = deps.now();
    const kept = Object.entries(refusals(attributes)).filter(([, at]) => recent(at, now));
    const next: Refusals = { ...Object.fromEntries(kept), [speaker(input)]: new Date(now).toISOString() };
    input.attributesManager.setPersistentAttributes({ ...attributes, [KEY]: next });
    await input.attributesManager.savePersistentAttributes();
  } catch (error) {
    logger.warn('could not save the link-offer refusal', { error: describeError(error) });
  }
}
