import type { EmulatedUser } from '../../core/EmulatedUser';
import { shownUrl } from '../trace';
import { ensureAppSignedIn } from './appSignIn';
import type { AppToAppDeps } from './deps';
import { FlowRecorder, type FlowReport } from './report';

/** The flow's name in transcripts. */
export const FROM_ALEXA_APP = 'app-to-app linking from the Alexa app';

/** The app link the Alexa app opens (the first of `authorizationUrlsByPlatform`), if the skill has one. */
export function platformLink(deps: AppToAppDeps): { platform: string; url: string } | undefined {
  const [first] = deps.emulator.options.linker.config.authorizationUrlsByPlatform ?? [];
  return first && { platform: first.platformType, url: first.platformAuthorizationUrl };
}

/**
 * Where the Alexa app's "Link account" goes: our app's link with Alexa's request (state, PKCE) when the phone has
 * the Ride Hailer app and the skill lists one in `authorizationUrlsByPlatform`; otherwise the web authorization
 * page, today's flow.
 * @see https://developer.amazon.com/docs/account-linking/app-to-app-account-linking-starting-from-Alexa-app.html
 */
export function linkStartUrl(deps: AppToAppDeps, user: EmulatedUser): string {
  const link = platformLink(deps);
  const installed = deps.apps.of(user).installed;
  return deps.emulator.startLink(user, installed && link ? link.url : undefined);
}

/**
 * `.link app`: app-to-app linking from the Alexa app, without a browser. The Alexa app opens our app's link with
 * its request; the app (signed in, or signing in once through the real login page) shows its consent screen, the
 * rider allows, the app's backend issues the code and the app sends the rider back to Alexa's redirect with
 * `code`, `state` and `source=app`; Alexa checks the state and redeems the code at the token endpoint, exactly as
 * for the web page.
 */
export async function linkFromAlexaApp(deps: AppToAppDeps, user: EmulatedUser): Promise<FlowReport> {
  const flow = new FlowRecorder(FROM_ALEXA_APP);
  const app = deps.apps.of(user);
  const link = platformLink(deps);
  if (link === undefined)
    return flow.fail('the skill lists no authorizationUrlsByPlatform, so the Alexa app cannot open the app');
  if (!app.installed) {
    app.installed = true;
    flow.ok('installed the Ride Hailer app on the phone');
  }
  if (!(await ensureAppSignedIn(app, deps.rider, flow))) return flow.report;
  const opened = new URL(deps.emulator.startLink(user, link.url, 'headless'));
  flow.ok(`the Alexa app opened the app's ${link.platform} link ${shownUrl(`${opened.origin}${opened.pathname}`)}`);
  const answer = await app.answerAlexa(opened.searchParams, 'allow');
  if (!answer.ok)
    return flow.fail(`the app's backend refused Alexa's request (HTTP ${answer.status}): ${answer.message}`);
  flow.ok('consent allowed in the app; its backend issued a code for Alexa');
  const back = new URL(answer.location);
  flow.ok(`back in the Alexa app with code, state and source=${back.searchParams.get('source') ?? '(none)'}`);
  const result = await deps.emulator.completeLink(answer.location);
  const token = result.trace.token;
  if (result.tokens === undefined) return flow.fail(`Alexa did not link: ${result.trace.outcome}`);
  return flow.linked(`token exchange HTTP ${token?.status} in ${token?.ms} ms`);
}
