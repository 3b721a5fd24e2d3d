import { parseJsonObject } from '../http/io';
import { authenticate } from './clientAuth';
import type { LinkingConfig } from './config';
import { redact, redactText } from './redact';
import { type Check, checkTokenBody, type TokenSet } from './tokenRules';

/** Alexa gives the token endpoint 4.5 s to answer (Configure an Authorization Code Grant). */
export const ALEXA_TOKEN_TIMEOUT_MS = 4500;
/** What to do about a token endpoint that takes longer than Alexa waits. */
const SLOW_FIX =
  'make the token endpoint answer within 4.5 s: keep slow work (cold starts, password hashing, remote calls) ' +
  'off the token path';
/** The user agent of Alexa's token calls, as observed (alexa-skills-kit-sdk-for-nodejs#213). */
const USER_AGENT = 'Apache-HttpClient/4.5.x (Java/1.8.0_152)';
const MAX_SHOWN_BODY = 600;

/** One call to the token URL, everything the trace shows about it (secrets masked). */
export interface TokenCall {
  grant: string;
  url: string;
  scheme: LinkingConfig['accessTokenScheme'];
  /** The form body as sent, with secrets masked. */
  sent: string;
  status?: number;
  contentType?: string;
  ms: number;
  /** The answer as received, secrets masked, cut to a readable length. */
  received?: string;
  checks: Check[];
  /** RFC 6749 §5.2 error code, when the server answered with one. */
  oauthError?: { error: string; description?: string };
  tokens?: TokenSet;
}

function shown(text: string, json: Record<string, unknown> | undefined): string {
  const body = json === undefined ? redactText(text) : JSON.stringify(redact(json));
  return body.length > MAX_SHOWN_BODY ? `${body.slice(0, MAX_SHOWN_BODY)}… (${body.length} chars)` : body;
}

/** What usually causes a token error, by its RFC 6749 §5.2 code. */
function errorFix(status: number, error: string | undefined, grant: string | undefined): { fix?: string } {
  if (error === 'invalid_client' || status === 401) {
    return { fix: 'check clientId in the account-linking file, the client secret, and accessTokenScheme' };
  }
  if (error === 'invalid_grant' && grant === 'authorization_code') {
    return {
      fix: 'the server refused the code: it must accept the redirect_uri of the authorization request, PKCE as sent, and each code once',
    };
  }
  if (error === 'unauthorized_client' || error === 'unsupported_grant_type') {
    return { fix: "allow Alexa's client the authorization_code and refresh_token grants" };
  }
  return {};
}

/**
 * POSTs a grant to the token URL exactly as Alexa does (form body, Basic or body credentials, 4.5 s limit)
 * and checks the answer against Alexa's rules.
 */
export async function callTokenEndpoint(
  config: LinkingConfig,
  params: Record<string, string>,
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<TokenCall> {
  const timeoutMs = options.timeoutMs ?? ALEXA_TOKEN_TIMEOUT_MS;
  const form = new URLSearchParams(params);
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
    Accept: 'application/json',
    'User-Agent': USER_AGENT,
  };
  authenticate(config, headers, form);
  const call: TokenCall = {
    grant: params.grant_type ?? '',
    url: config.accessTokenUrl,
    scheme: config.accessTokenScheme,
    sent: redactText(form.toString()),
    ms: 0,
    checks: [],
  };
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(config.accessTokenUrl, {
      method: 'POST',
      headers,
      body: form.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    call.ms = Math.round(performance.now() - started);
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    const message = timedOut
      ? `no answer within ${timeoutMs} ms: Alexa gives the token endpoint 4.5 s, then gives up`
      : `no answer: ${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ''}`.trim();
    const fix = timedOut
      ? SLOW_FIX
      : `start the authorization server, or correct accessTokenUrl (${config.accessTokenUrl}) in the account-linking file`;
    call.checks.push({ ok: false, severity: 'error', message, fix });
    return call;
  }
  call.ms = Math.round(performance.now() - started);
  call.status = response.status;
  call.contentType = response.headers.get('content-type') ?? undefined;
  const json = parseJsonObject(text);
  call.received = shown(text, json);
  const fast = call.ms <= ALEXA_TOKEN_TIMEOUT_MS;
  call.checks.push({
    ok: fast,
    severity: 'error',
    message: `answered in ${call.ms} ms (Alexa waits at most ${ALEXA_TOKEN_TIMEOUT_MS} ms)`,
    ...(fast ? {} : { fix: SLOW_FIX }),
  });
  if (json === undefined) {
    const page = /^\s*</.test(text);
    call.checks.push({
      ok: false,
      severity: 'error',
      message: `the body is not a JSON object (content-type ${call.contentType ?? 'none'})`,
      fix:
        'answer with Content-Type application/json and a JSON object holding access_token, token_type, expires_in ' +
        `and refresh_token (RFC 6749 §5.1)${page ? `; an HTML page often means accessTokenUrl (${config.accessTokenUrl}) names a page, not the token endpoint` : ''}`,
    });
    return call;
  }
  if (!/^application\/([\w.+-]+\+)?json/i.test(call.contentType ?? '')) {
    call.checks.push({
      ok: false,
      severity: 'warning',
      message: `content-type is ${call.contentType ?? 'missing'}, not application/json`,
      fix: 'send Content-Type: application/json with the token response',
    });
  }
  if (response.status !== 200) {
    const error = typeof json.error === 'string' ? json.error : undefined;
    const description = typeof json.error_description === 'string' ? json.error_description : undefined;
    if (error !== undefined) call.oauthError = { error, description };
    const why = error === undefined ? '' : `: ${error}${description ? ` (${description})` : ''}`;
    call.checks.push({
      ok: false,
      severity: 'error',
      message: `HTTP ${response.status}${why}; Alexa needs 200`,
      ...errorFix(response.status, error, params.grant_type),
    });
    return call;
  }
  const grant = params.grant_type === 'refresh_token' ? 'refresh_token' : 'authorization_code';
  const { checks, tokens } = checkTokenBody(json, config.defaultTokenExpirationInSeconds, grant);
  call.checks.push(...checks);
  if (tokens !== undefined && call.checks.every((check) => check.ok || check.severity !== 'error'))
    call.tokens = tokens;
  return call;
}
