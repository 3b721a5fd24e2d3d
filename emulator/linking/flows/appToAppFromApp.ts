import type { AlexaSide } from '../../amazon/alexaApi/types';
import type { EmulatedUser } from '../../core/EmulatedUser';
import type { Emulator } from '../../core/Emulator';
import type { LinkVia } from '../../rideHailerApp/RideHailerApp';
import { authorizeHeadless, HeadlessLoginError } from '../headlessBrowser';
import { ensureAppSignedIn } from './appSignIn';
import type { AppToAppDeps } from './deps';
import { FlowRecorder, type FlowReport } from './report';

/** The flow's name in transcripts, by where the Amazon code comes from. */
export const FROM_APP: Record<LinkVia, string> = {
  'alexa-app': 'app-to-app linking from the Ride Hailer app (through the Alexa app)',
  lwa: 'app-to-app linking from the Ride Hailer app (through Login with Amazon)',
};

/**
 * `.link from-app` and `.link from-app-lwa`: app-to-app linking from our app, without a browser. The app asks the
 * Alexa app's consent page (or LWA's sign-in and consent pages, when the phone has no Alexa app) for the rider's
 * Amazon code, checks its state when the code comes back to its link, and hands it to its backend, which
 * exchanges it at LWA, finds the region, issues our code and calls the Skill Enablement API; the stand-in has
 * Alexa redeem that code at our token endpoint and link the user.
 * @see https://developer.amazon.com/docs/account-linking/app-to-app-account-linking-starting-from-your-app.html
 */
export async function linkFromApp(deps: AppToAppDeps, user: EmulatedUser, via: LinkVia): Promise<FlowReport> {
  const flow = new FlowRecorder(FROM_APP[via]);
  const app = deps.apps.of(user);
  app.installed = true;
  if (!(await ensureAppSignedIn(app, deps.rider, flow))) return flow.report;
  const start = app.startLinkWithAlexa(via);
  const page = via === 'alexa-app' ? "the Alexa app's consent page" : "Login with Amazon's sign-in and consent pages";
  let returned: string;
  try {
    returned = await authorizeHeadless(start, app.settings.alexaRedirectUri, deps.amazon);
  } catch (error) {
    return flow.fail(
      `${page} did not return a code: ${error instanceof HeadlessLoginError ? error.message : (error as Error).message}`,
    );
  }
  flow.ok(`"Link with Alexa": ${page} allowed; the Amazon code came back to the app's link`);
  const result = await app.completeLinkWithAlexa(returned);
  if (!result.ok)
    return flow.fail(`the app's backend did not link (${result.error ?? `HTTP ${result.status}`}): ${result.message}`);
  flow.ok(`its backend: LWA exchange, region ${result.endpoint}, Skill Enablement API 201`);
  const token = user.lastTrace?.token;
  return flow.linked(`Alexa redeemed the service's code: token exchange HTTP ${token?.status} in ${token?.ms} ms`);
}

/** `.unlink from-app`: the app's "Unlink"; its backend disables the skill at Alexa and revokes its grants. */
export async function unlinkFromApp(deps: AppToAppDeps, user: EmulatedUser): Promise<string> {
  const app = deps.apps.of(user);
  if (app.rider === undefined) return 'The Ride Hailer app is not signed in, so it cannot unlink.';
  const result = await app.unlink();
  if (!result.ok) return `The app could not unlink (HTTP ${result.status}): ${result.message}`;
  const alexa = {
    disabled: "the app's backend disabled the skill at Alexa (DELETE enablement 204), which unlinked it",
    not_enabled: 'Alexa had the skill disabled already',
    not_reached: `Alexa could not be reached: ${result.message ?? ''}`.trim(),
    not_contacted:
      "the link was not made from the app, so its backend revoked its grants and Alexa's tokens stop working",
  }[result.alexa];
  const tokens =
    deps.emulator.tokens.get(user.userId) === undefined ? 'Alexa holds no tokens' : 'Alexa still holds tokens';
  return `Unlinked from the Ride Hailer app: ${alexa ?? result.alexa}; ${tokens}.`;
}

/**
 * Alexa's part of the Skill Enablement API: the emulated user behind an Amazon account, Alexa's token exchange
 * with the skill's code (AccountLinker's rules), and enable, link and disable with their skill events.
 */
export function alexaSideOf(emulator: () => Emulator): AlexaSide {
  const userOf = (email: string) => emulator().userOfAmazonAccount(email);
  return {
    async enableAndLink(email, request) {
      const user = userOf(email);
      if (user === undefined) return { linked: false, reason: 'no Alexa user for this Amazon account' };
      const result = await emulator().linkWithCode(user, request.authCode, request.redirectUri);
      return { linked: result.tokens !== undefined, reason: result.trace.outcome };
    },
    status(email) {
      const user = userOf(email);
      if (user === undefined) return undefined;
      return { userId: user.userId, enabled: user.enabled, linked: emulator().tokens.get(user.userId) !== undefined };
    },
    async disable(email) {
      const user = userOf(email);
      if (user !== undefined) await emulator().disable(user);
    },
  };
}
