import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOrigin } from '../accountLinking';
import type { DeployOptions } from './options';
import { namesFor, UsageError } from './options';
import { serviceConfigError } from './serviceConfigCheck';

/** Where the app finishes its own sign-in, under the app's base URL (service/README.md, "Universal links"). */
const APP_SIGN_IN_PATH = '/app/oauth/callback';

/** What this deploy does about app-to-app linking: the service stack's parameters, or why it stays off. */
export type AppToAppPlan =
  | { on: true; parameters: Record<string, string>; storeSecret: boolean }
  | { on: false; storeSecret: boolean; why: string | undefined; again: boolean };

/** App-to-app linking left as the stack has it (what `npm run destroy`, which deploys nothing, uses). */
export const APP_TO_APP_UNCHANGED: AppToAppPlan = { on: false, storeSecret: false, why: undefined, again: false };

/**
 * Decides app-to-app linking from `--app-base-url`, ALEXA_APP_TO_APP_CLIENT_ID / _SECRET and the skill id the
 * ASK CLI recorded. The service stack is deployed before `ask deploy`, so on the very first deploy there is no
 * skill id yet, and the console shows the Alexa client id only once the app links are applied: in both cases
 * app-to-app stays off and a second `npm run deploy` turns it on.
 */
export function planAppToApp(
  options: DeployOptions,
  env: NodeJS.ProcessEnv,
  root: string,
  skillId: string | undefined,
): AppToAppPlan {
  const clientId = env.ALEXA_APP_TO_APP_CLIENT_ID || undefined;
  const secretGiven = Boolean(env.ALEXA_APP_TO_APP_CLIENT_SECRET);
  if (options.appBaseUrl === undefined) {
    if (clientId !== undefined || secretGiven) {
      throw new UsageError(
        'ALEXA_APP_TO_APP_CLIENT_ID and ALEXA_APP_TO_APP_CLIENT_SECRET go with --app-base-url (the https address of the app links)',
      );
    }
    return APP_TO_APP_UNCHANGED;
  }
  if (secretGiven && clientId === undefined) {
    throw new UsageError('ALEXA_APP_TO_APP_CLIENT_SECRET goes with ALEXA_APP_TO_APP_CLIENT_ID (both from the console)');
  }
  if (clientId === undefined) {
    return {
      on: false,
      storeSecret: false,
      again: true,
      why: 'ALEXA_APP_TO_APP_CLIENT_ID is not set. This deploy gives Alexa the app links; then export the Alexa Client ID and Alexa Client Secret the console shows (account linking) as ALEXA_APP_TO_APP_CLIENT_ID and ALEXA_APP_TO_APP_CLIENT_SECRET',
    };
  }
  const template = JSON.parse(readFileSync(join(root, 'accountLinking.json'), 'utf8')) as {
    accountLinkingRequest?: { redirectUrls?: string[] };
  };
  const alexaLinks = (template.accountLinkingRequest?.redirectUrls ?? []).map((link) =>
    withOrigin(link, options.appBaseUrl),
  );
  const parameters = {
    MobileAppRedirectUris: `${options.appBaseUrl.replace(/\/+$/, '')}${APP_SIGN_IN_PATH}`,
    MobileAlexaRedirectUris: alexaLinks.join(','),
    AlexaAppToAppClientId: clientId,
    AlexaAppToAppClientSecretParameter: namesFor(options, '').appToAppClientSecretParameter,
    AlexaSkillId: skillId ?? 'amzn1.ask.skill.not-yet-created',
    // npm run deploy applies account linking to the development stage; that is the skill users link from.
    AlexaSkillStage: 'development',
  };
  checkSettings(parameters);
  if (skillId === undefined) {
    return {
      on: false,
      storeSecret: secretGiven,
      again: true,
      why: 'the skill does not exist yet (ask deploy creates it after the service stack), so the service cannot name it',
    };
  }
  return { on: true, parameters, storeSecret: secretGiven };
}

/** Refuses settings the service would refuse at its first cold start, naming its variable. */
function checkSettings(parameters: Record<string, string>): void {
  const refused = serviceConfigError({
    MOBILE_APP_REDIRECT_URIS: parameters.MobileAppRedirectUris,
    MOBILE_ALEXA_REDIRECT_URIS: parameters.MobileAlexaRedirectUris,
    ALEXA_APP_TO_APP_CLIENT_ID: parameters.AlexaAppToAppClientId,
    ALEXA_APP_TO_APP_CLIENT_SECRET: 'checked-when-stored',
    ALEXA_SKILL_ID: parameters.AlexaSkillId,
    ALEXA_SKILL_STAGE: parameters.AlexaSkillStage,
  });
  if (refused) throw new UsageError(`app-to-app linking: ${refused.message}`);
}
