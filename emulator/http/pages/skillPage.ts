import type { Snapshot } from '../snapshot';
import { devicePanel } from './devicePanel';
import { householdPanel } from './householdPanel';
import { actionButton, escapeHtml, layout } from './html';
import { type PageText, pageText } from './i18n';
import { cardsPanel, developerPanel, talkPanel, tokenPanel } from './panels';

function actions(state: Snapshot, text: PageText): string {
  const { enabled } = state.user;
  const { linked } = state.link;
  const buttons: string[] = [];
  if (!enabled) buttons.push(actionButton('/api/enable', text.enable, { testId: 'enable', primary: true }));
  if (!linked)
    buttons.push(
      `<a class="button${enabled ? ' primary' : ''}" href="/api/link/start" data-testid="link">${escapeHtml(text.link)}</a>`,
    );
  if (linked) buttons.push(actionButton('/api/unlink', text.unlink, { testId: 'unlink' }));
  if (enabled) buttons.push(actionButton('/api/disable', text.disable, { testId: 'disable' }));
  return buttons.join('\n');
}

function header(state: Snapshot, text: PageText): string {
  const { skill, user, link } = state;
  const linking = escapeHtml(skill.linking === 'required' ? text.linkingRequired : text.linkingAvailable);
  return `<section class="card skill" aria-labelledby="skill-name">
<div class="skill-head">
<div class="icon" aria-hidden="true"><svg viewBox="0 0 24 24" width="40" height="40"><path fill="currentColor" d="M5 11l1.5-4.5A2 2 0 0 1 8.4 5h7.2a2 2 0 0 1 1.9 1.5L19 11v6a1 1 0 0 1-1 1h-1a1 1 0 0 1-1-1v-1H8v1a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1zm2.2 0h9.6l-1-3.2a1 1 0 0 0-.9-.8H9.1a1 1 0 0 0-.9.8zM7.5 14a1 1 0 1 0 0-2 1 1 0 0 0 0 2m9 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2"/></svg></div>
<div><h1 id="skill-name">${escapeHtml(skill.name)}</h1><p class="muted" data-testid="skill-byline">${escapeHtml(skill.byline)}</p></div>
</div>
<p class="linking" data-testid="linking-info">${linking}</p>
<p class="chips"><span class="chip ${user.enabled ? 'on' : 'off'}" data-testid="enabled-state">${escapeHtml(user.enabled ? text.enabled : text.notEnabled)}</span>
<span class="chip ${link.linked ? 'on' : 'off'}" data-testid="link-state">${escapeHtml(link.linked ? text.linked : text.notLinked)}</span></p>
<div class="actions">${actions(state, text)}</div>
</section>`;
}

/**
 * The skill detail page of the emulated Alexa app, with the talk box, card feed and token state; what
 * a user of the Alexa app sees is in the language of their locale, the developer panels stay in English.
 * `extraPanels` follow the token state (for example the phone's apps).
 */
export function skillPage(state: Snapshot, extraPanels: string[] = []): string {
  const text = pageText(state.user.locale);
  return layout(
    `${state.skill.name} – Alexa skill (emulated)`,
    [
      header(state, text),
      talkPanel(state, text),
      devicePanel(state),
      householdPanel(state),
      cardsPanel(state, text),
      tokenPanel(state),
      ...extraPanels,
      developerPanel(state),
    ].join('\n'),
    text.lang,
  );
}
