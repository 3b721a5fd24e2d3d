import { invocationName } from '../../skill/skillInfo';
import type { Snapshot } from '../snapshot';
import { actionButton, escapeHtml } from './html';
import { type PageText, withInvocation, withSkill } from './i18n';

/** The conversation: transcript, locale choice, text box, new session. */
export function talkPanel(state: Snapshot, text: PageText): string {
  const lines = state.transcript
    .map(
      (line) =>
        `<li class="${line.who}"><span class="who">${line.who === 'user' ? 'You' : line.who === 'alexa' ? 'Alexa' : '·'}</span> ${escapeHtml(line.text)}</li>`,
    )
    .join('\n');
  const options = state.locales
    .map((locale) => `<option value="${locale}"${locale === state.user.locale ? ' selected' : ''}>${locale}</option>`)
    .join('');
  const invocation = invocationName(state.skill, state.user.locale);
  return `<section class="card" id="talk" aria-labelledby="talk-title">
<h2 id="talk-title">${escapeHtml(text.talkTitle)}</h2>
<ol class="transcript" data-testid="transcript">${lines || `<li class="note">${escapeHtml(withInvocation(text.startHint, invocation))}</li>`}</ol>
<form method="post" action="/api/utter" class="talk">
<label class="sr" for="locale">${escapeHtml(text.languageLabel)}</label>
<select id="locale" name="locale" data-testid="locale">${options}</select>
<label class="sr" for="utterance">${escapeHtml(text.utteranceLabel)}</label>
<input id="utterance" name="text" autocomplete="off" required placeholder="${escapeHtml(withInvocation(text.placeholder, invocation))}" data-testid="utterance">
<button type="submit" class="button primary" data-testid="say">${escapeHtml(text.say)}</button>
</form>
<p class="muted small">${escapeHtml(state.user.inSession ? text.sessionOpen : text.noSession)}</p>
${actionButton('/api/session/new', text.newSession, { testId: 'new-session' })}
</section>`;
}

function card(entry: Snapshot['cards'][number], text: PageText, skill: string): string {
  if (entry.type === 'LinkAccount') {
    return `<li class="feed-card link" data-testid="card-linkaccount"><strong>${escapeHtml(withSkill(text.cardTitle, skill))}</strong>
<p>${escapeHtml(withSkill(text.cardBody, skill))}</p>
<a class="button primary" href="/api/link/start" data-testid="card-link">${escapeHtml(text.link)}</a></li>`;
  }
  return `<li class="feed-card" data-testid="card-${escapeHtml(entry.type.toLowerCase())}"><strong>${escapeHtml(entry.title ?? entry.type)}</strong>${entry.content ? `<p>${escapeHtml(entry.content)}</p>` : ''}</li>`;
}

/** The Alexa app's activity feed: the cards the skill sent, newest first. */
export function cardsPanel(state: Snapshot, text: PageText): string {
  const items = state.cards.map((entry) => card(entry, text, state.skill.name)).join('\n');
  return `<section class="card" id="cards" aria-labelledby="cards-title">
<h2 id="cards-title">${escapeHtml(text.activity)}</h2>
<ul class="feed" data-testid="cards">${items || `<li class="muted">${escapeHtml(text.noCards)}</li>`}</ul>
</section>`;
}

/** Linked or not, how long the access token lives, how often it was refreshed; and the token tools. */
export function tokenPanel(state: Snapshot): string {
  const { link } = state;
  const rows = link.linked
    ? `<dl class="facts">
<dt>Access token</dt><dd><code>${escapeHtml(link.accessToken ?? '')}</code></dd>
<dt>Expires in</dt><dd><span data-expires-in="${link.expiresInSeconds ?? ''}" data-testid="expires-in">${link.expiresInSeconds === undefined ? 'never' : `${link.expiresInSeconds} s`}</span> <span class="muted">(${escapeHtml(link.expirySource ?? '')})</span></dd>
<dt>Refreshes</dt><dd data-testid="refresh-count">${link.refreshCount ?? 0}</dd>
<dt>Scope</dt><dd>${escapeHtml(link.scope ?? '—')}</dd>
</dl>`
    : '<p class="muted">Not linked: requests carry no access token.</p>';
  const tools = [
    actionButton('/api/link/headless', 'Link without browser (demo rider)', { testId: 'link-headless' }),
    link.linked ? actionButton('/api/expire', 'Expire access token', { testId: 'expire' }) : '',
    link.linked ? actionButton('/api/revoke', 'Revoke at the service', { testId: 'revoke' }) : '',
  ].join('\n');
  return `<section class="card" id="tokens" aria-labelledby="tokens-title">
<h2 id="tokens-title">Token state <span class="chip ${link.linked ? 'on' : 'off'}" data-testid="token-state">${link.linked ? 'linked' : 'unlinked'}</span></h2>
${rows}
<div class="actions">${tools}</div>
</section>`;
}

/** The last request and response (tokens redacted), the last linking trace, and the demo reset. */
export function developerPanel(state: Snapshot): string {
  const exchange = state.lastExchange;
  const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2));
  return `<section class="card" id="developer" aria-labelledby="developer-title">
<h2 id="developer-title">Developer</h2>
<details${exchange ? ' open' : ''}><summary>Last request</summary><pre data-testid="last-request">${exchange ? json(exchange.request) : '—'}</pre></details>
<details${exchange ? ' open' : ''}><summary>Last response</summary><pre data-testid="last-response">${exchange ? json(exchange.response ?? { error: exchange.error }) : '—'}</pre></details>
<details><summary>Last account-linking trace</summary><pre data-testid="last-trace">${escapeHtml(state.lastTrace ?? '—')}</pre></details>
<p class="muted small">Start the demo over: Alexa forgets the link, the cards and the conversation, and the service and the skill forget every ride, grant and stored preference. The demo rider stays.</p>
${actionButton('/api/reset', 'Reset demo', { testId: 'reset-demo' })}
</section>`;
}
