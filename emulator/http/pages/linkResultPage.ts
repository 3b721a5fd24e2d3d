import type { LinkTrace } from '../../linking/trace';
import { formatTrace, UNABLE_TO_LINK } from '../../linking/trace';
import { escapeHtml, layout } from './html';

/**
 * The page the Alexa app shows after the redirect back: success, or Alexa's failure message with the reason.
 * After "Sign in using this device" it is the device's own success screen, `deviceLine`.
 */
export function linkResultPage(trace: LinkTrace, skillName: string, deviceLine?: string): string {
  const success = deviceLine ?? `${skillName} has been successfully linked.`;
  const heading = trace.linked ? success : UNABLE_TO_LINK;
  const detail = trace.linked
    ? '<p>You can now ask Alexa to order a ride. Choose Done to go back to the skill.</p>'
    : `<p data-testid="link-failure-reason">${escapeHtml(trace.outcome)}</p>`;
  return layout(
    trace.linked ? 'Linked' : 'Linking failed',
    `<section class="card result ${trace.linked ? 'ok' : 'failed'}" data-testid="${trace.linked ? 'link-success' : 'link-failure'}">
<h1>${escapeHtml(heading)}</h1>
${detail}
<a class="button primary" href="${deviceLine === undefined ? '/' : '/#device'}" data-testid="back-to-skill">Done</a>
<details${trace.linked ? '' : ' open'}><summary>What happened (trace)</summary><pre data-testid="link-trace">${escapeHtml(formatTrace(trace))}</pre></details>
</section>`,
  );
}
