import { preview, redactText } from './redact';
import type { TokenCall } from './tokenEndpoint';

/** What Alexa shows when linking fails, whatever the reason; the trace says the reason. */
export function unableToLink(skillName: string): string {
  return `We were unable to link ${skillName} at this time.`;
}

/** A readable record of one linking attempt, with every token and code masked. */
export interface LinkTrace {
  startedAt: string;
  /** The skill's name, as Alexa's failure message says it. */
  skillName: string;
  /**
   * Where the login ran: a real browser, the emulator's headless form-filling client, or nowhere because the
   * skill's backend handed Alexa a code through the Skill Enablement API (app-to-app linking from its app).
   */
  via: 'browser' | 'headless' | 'enablement-api';
  authorizationUrl?: string;
  pkce?: boolean;
  /** Pages the headless client went through. */
  pages: string[];
  callback?: string;
  token?: TokenCall;
  linked: boolean;
  /** The OAuth error code the server redirected back with (RFC 6749 §4.1.2.1), e.g. `access_denied`. */
  redirectError?: string;
  /** One-line outcome: "linked", or why not. */
  outcome: string;
}

/** A new, not yet successful trace. */
export function newTrace(via: LinkTrace['via'], skillName = 'the skill'): LinkTrace {
  return { startedAt: new Date().toISOString(), skillName, via, pages: [], linked: false, outcome: 'not finished' };
}

/** A URL for display: secrets in the query (state, code, …) shortened to a preview. */
export function shownUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of ['state', 'code', 'code_challenge']) {
    const value = parsed.searchParams.get(key);
    if (value !== null) parsed.searchParams.set(key, preview(value));
  }
  return redactText(decodeURIComponent(parsed.toString()));
}

function tokenLines(call: TokenCall): string[] {
  const lines = [
    `Token request:   POST ${call.url} (${call.scheme === 'HTTP_BASIC' ? 'client credentials in HTTP Basic' : 'client credentials in the body'})`,
    `                 ${call.sent}`,
  ];
  if (call.status !== undefined) {
    lines.push(`Token response:  HTTP ${call.status} ${call.contentType ?? '(no content-type)'} in ${call.ms} ms`);
    if (call.received !== undefined) lines.push(`                 ${call.received}`);
  }
  lines.push('Checks:');
  for (const check of call.checks) {
    lines.push(`  ${check.ok ? '✓' : check.severity === 'error' ? '✗' : '!'} ${check.message}`);
    if (!check.ok && check.fix !== undefined) lines.push(`      fix: ${check.fix}`);
  }
  return lines;
}

/** The trace as text for the terminal and the browser's success or failure page. */
export function formatTrace(trace: LinkTrace): string {
  const lines = [`Account linking (${trace.via}) at ${trace.startedAt}`];
  if (trace.authorizationUrl !== undefined) {
    lines.push(`Authorization:   ${shownUrl(trace.authorizationUrl)}${trace.pkce ? ' (PKCE S256)' : ''}`);
  }
  for (const page of trace.pages) lines.push(`  ${page}`);
  if (trace.callback !== undefined) lines.push(`Redirect back:   ${trace.callback}`);
  if (trace.token !== undefined) lines.push(...tokenLines(trace.token));
  lines.push(
    trace.linked
      ? `Result:          ${trace.outcome}`
      : `Result:          "${unableToLink(trace.skillName)}" — ${trace.outcome}`,
  );
  return lines.join('\n');
}
