import type { AmazonStandIn } from '../amazon/server';
import type { Emulator } from '../core/Emulator';
import { type AppToAppRoutes, appToAppRoutes } from '../http/appToAppRoutes';
import type { AppToAppDeps } from '../linking/flows/deps';
import type { Credentials } from '../linking/headlessBrowser';
import { AppBackend } from '../rideHailerApp/backend';
import { RideHailerApps } from '../rideHailerApp/RideHailerApps';

/**
 * The skill's "Alexa Client ID" and secret for app-to-app linking, as the local service and the Amazon stand-in
 * share them (the real ones come from the Alexa console through the service's environment).
 */
export const LOCAL_APP_TO_APP_CLIENT = {
  clientId: 'amzn1.application-oa2-client.ridehailer-local',
  clientSecret: 'local-app-to-app-secret',
} as const;

/** Where the Ride Hailer app stand-in finds its backend (the local service), Amazon and the Alexa app. */
export interface AppToAppSetup {
  service: { url: string; authorizationUrl: string; tokenUrl: string };
  emulatorUrl: string;
  amazon: AmazonStandIn;
  /** The app's links (`redirectUrls`), on the emulator's origin. */
  appLinks: string[];
  /** The rider who signs in to the app; the Amazon account LWA signs in. */
  rider: Credentials;
  amazonLogin: Credentials;
}

/** The phone's Ride Hailer app and the routes of both app-to-app flows, for each fresh emulator. */
export function rideHailerAppToApp(setup: AppToAppSetup): (emulator: Emulator) => {
  deps: AppToAppDeps;
  routes: AppToAppRoutes;
} {
  const { emulatorUrl, service, appLinks } = setup;
  const backend = new AppBackend({
    authorizationUrl: service.authorizationUrl,
    tokenUrl: service.tokenUrl,
    apiUrl: service.url,
    clientId: 'ride-hailer-app',
    signInRedirectUri: `${emulatorUrl}/app/oauth/callback`,
    alexaRedirectUri: appLinks[0] ?? `${emulatorUrl}/app/alexa/linked`,
    alexaAppConsentUrl: `${emulatorUrl}/spa/skill-account-linking-consent`,
    lwaAuthorizationUrl: `${setup.amazon.url}/ap/oa`,
    skillClientId: LOCAL_APP_TO_APP_CLIENT.clientId,
    skillStage: 'development',
  });
  const consentSkill = { name: 'Ride Hailer', clientId: LOCAL_APP_TO_APP_CLIENT.clientId, redirectUrls: appLinks };
  return (emulator) => {
    const deps = { emulator, apps: new RideHailerApps(backend), rider: setup.rider, amazon: setup.amazonLogin };
    return { deps, routes: appToAppRoutes(deps, consentSkill, setup.amazon.lwa) };
  };
}
