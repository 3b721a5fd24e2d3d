import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillInvoker } from '../conversation/types';
import { SkillTargetError } from './handlerSkill';

/** How long the emulator waits for an HTTP skill endpoint (Alexa allows 8 s; a local server has a little more). */
const HTTP_SKILL_TIMEOUT_MS = 10_000;

/** Checks `--skill-url` at the boundary: an http(s) URL. */
export function parseSkillUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SkillTargetError(`--skill-url needs a URL such as http://127.0.0.1:3980/ (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SkillTargetError(`--skill-url needs an http:// or https:// URL (got "${raw}")`);
  }
  return url.toString();
}

function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  const envelope = value as ResponseEnvelope | undefined;
  return typeof envelope?.version === 'string' && typeof envelope.response === 'object' && envelope.response !== null;
}

/**
 * A skill served over HTTP, as a custom skill's HTTPS endpoint (or a local `ask run`-style server) takes it: the
 * envelope POSTed as JSON, the response envelope back. The emulator does not sign requests, so turn off the
 * endpoint's signature and timestamp checks while testing locally.
 * @see https://developer.amazon.com/docs/alexa/custom-skills/host-a-custom-skill-as-a-web-service.html
 */
export function httpSkill(url: string, timeoutMs = HTTP_SKILL_TIMEOUT_MS): SkillInvoker {
  return async (request: RequestEnvelope) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: Error }).cause?.message;
      throw new SkillTargetError(
        `the skill at ${url} did not answer: ${(error as Error).message}${cause ? ` (${cause})` : ''}`,
      );
    }
    const text = await response.text();
    if (!response.ok) {
      throw new SkillTargetError(`the skill at ${url} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SkillTargetError(`the skill at ${url} answered with something that is not JSON: ${text.slice(0, 200)}`);
    }
    if (!isResponseEnvelope(body)) {
      throw new SkillTargetError(
        `the skill at ${url} answered JSON without {version, response}: ${text.slice(0, 200)}`,
      );
    }
    return body;
  };
}
