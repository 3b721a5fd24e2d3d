import { NO_SPEAKER } from '../../core/speaker';
import type { Snapshot } from '../snapshot';
import { escapeHtml } from './html';

function speakerForm(state: Snapshot): string {
  const { members, speaker } = state.household;
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const options = [
    ...members.map((name) => option(name, name, name === speaker)),
    option(NO_SPEAKER, 'Unknown voice', speaker === undefined),
  ].join('');
  return `<form method="post" action="/api/speaker" class="talk">
<label for="speaker">Who is talking (voice ID)</label>
<select id="speaker" name="speaker" data-testid="speaker">${options}</select>
<button type="submit" class="button" data-testid="set-speaker">Switch</button>
</form>`;
}

function personal(state: Snapshot): string {
  const { personalLinks } = state.household;
  if (personalLinks.length === 0) return 'Nobody has linked a profile of their own.';
  return `Linked a profile of their own: ${personalLinks.map(escapeHtml).join(', ')}.`;
}

function message(entry: Snapshot['household']['phone'][number]): string {
  if (entry.linkAccount) {
    return `<li class="feed-card link" data-testid="phone-notification"><span class="muted small">Alexa app notification to ${escapeHtml(entry.to)} · ${escapeHtml(entry.at.slice(11, 19))}</span>
<p>${escapeHtml(entry.text)}</p><a class="button primary" href="/api/link/start" data-testid="notification-link">Open</a></li>`;
  }
  const code =
    entry.code === undefined ? '' : `<strong class="code" data-testid="phone-code">${escapeHtml(entry.code)}</strong>`;
  return `<li class="feed-card"><span class="muted small">To ${escapeHtml(entry.to)} · ${escapeHtml(entry.at.slice(11, 19))}</span>${code}<p>${escapeHtml(entry.text)}</p></li>`;
}

/**
 * The household: who is talking to the Echo (a recognized voice, or not: voice-forward linking needs one), who
 * linked a profile of their own, and the phone that receives Alexa's one-time codes and push notifications.
 */
export function householdPanel(state: Snapshot): string {
  const texts = state.household.phone.map(message).join('\n');
  return `<section class="card" id="household" aria-labelledby="household-title">
<h2 id="household-title">Household</h2>
${speakerForm(state)}
<p class="muted small" data-testid="personal-links">${personal(state)}</p>
<h3 class="small">Phone</h3>
<ul class="feed" data-testid="phone">${texts || '<li class="muted">No texts yet.</li>'}</ul>
</section>`;
}
