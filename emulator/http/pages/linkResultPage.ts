import type { LinkTrace } from '../../linking/trace';
import { formatTrace } from '../../linking/trace';
import { escapeHtml, layout } from './html';
import { pageText, withSkill } from './i18n';

/**
 * The page the Alexa app shows after the redirect back, in the user's language: success, or what happened in
 * plain words ("you chose not to link" for Don't allow) with the technical trace folded away. After "Sign in
 * using this device" it is the device's own success screen, `deviceLine`.
 */
export function linkResultPage(trace: LinkTrace, skillName: string, locale = 'en-US', deviceLine?: string): string {
  const text = pageText(locale);
  const said = (message: string) => escapeHtml(withSkill(message, skillName));
  const success = deviceLine === undefined ? said(text.linkedHeading) : escapeHtml(deviceLine);
  const heading = trace.linked ? success : said(text.failedHeading);
  const reason = trace.redirectError === 'access_denied' ? text.failedDenied : text.failedOther;
  const detail = trace.linked
    ? `<p>${said(text.linkedBody)}</p>`
    : `<p data-testid="link-failure-reason">${said(reason)}</p>`;
  return layout(
    trace.linked ? text.linkedTitle : text.failedTitle,
    `<section class="card result ${trace.linked ? 'ok' : 'failed'}" data-testid="${trace.linked ? 'link-success' : 'link-failure'}">
<h1>${heading}</h1>
${detail}
<a class="button primary" href="${deviceLine === undefined ? '/' : '/#device'}" data-testid="back-to-skill">${escapeHtml(text.done)}</a>
<details><summary>${escapeHtml(text.technicalDetails)}</summary><pre data-testid="link-trace">${escapeHtml(formatTrace(trace))}</pre></details>
</section>`,
    text.lang,
  );
}
