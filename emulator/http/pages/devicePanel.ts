import type { Snapshot } from '../snapshot';
import { escapeHtml } from './html';

function deviceForm(state: Snapshot): string {
  const { devices, device } = state.household;
  const options = devices
    .map((d) => `<option value="${d.kind}"${d.kind === device ? ' selected' : ''}>${escapeHtml(d.label)}</option>`)
    .join('');
  return `<form method="post" action="/api/device" class="talk">
<label for="device">Talking to</label>
<select id="device" name="device" data-testid="device">${options}</select>
<button type="submit" class="button" data-testid="set-device">Switch</button>
</form>`;
}

function hidden(prompt: string): string {
  return `<input type="hidden" name="prompt" value="${escapeHtml(prompt)}">`;
}

/** What the Echo Show's screen shows: home, the link prompt with its QR code, the profile picker, or success. */
function screen(view: Snapshot['household']['screen']): string {
  switch (view.show) {
    case 'qr':
      return `<p data-testid="screen-line">${escapeHtml(view.line)}</p>
<img class="qr" src="/screen/qr.png?prompt=${encodeURIComponent(view.prompt)}" width="296" height="296" alt="QR code that opens account linking on a phone" data-testid="screen-qr">
<form method="post" action="/api/device/sign-in">${hidden(view.prompt)}<button type="submit" class="button" data-testid="screen-sign-in">${escapeHtml(view.signIn)}</button></form>`;
    case 'profiles': {
      const buttons = view.profiles
        .map(
          (profile) =>
            `<button type="submit" name="profile" value="${escapeHtml(profile.value)}" class="button" data-testid="profile-${escapeHtml(profile.value.toLowerCase())}">${escapeHtml(profile.label)}</button>`,
        )
        .join('\n');
      return `<p data-testid="screen-line">${escapeHtml(view.title)}</p>
<form method="post" action="/api/device/profile" class="actions">${hidden(view.prompt)}
${buttons}</form>`;
    }
    case 'linked':
      return `<p class="linked" data-testid="screen-line">${escapeHtml(view.line)}</p>`;
    default:
      return '<p class="muted" data-testid="screen-line">Alexa is ready.</p>';
  }
}

/**
 * The household's devices: which one you talk to, and, for the Echo Show, its screen — where a LinkAccount card
 * becomes Alexa's line, a QR code and "Sign in using this device".
 */
export function devicePanel(state: Snapshot): string {
  const onShow = state.household.device === 'show';
  const body = onShow
    ? `<div class="screen" data-testid="screen">${screen(state.household.screen)}</div>`
    : '<p class="muted small">The Echo Dot has no screen. Switch to the Echo Show to see what a screen shows.</p>';
  return `<section class="card" id="device" aria-labelledby="device-title">
<h2 id="device-title">Device</h2>
${deviceForm(state)}
${body}
</section>`;
}
