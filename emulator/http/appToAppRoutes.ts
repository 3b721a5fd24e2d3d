import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LwaState } from '../amazon/lwa/LwaState';
import type { EmulatedUser } from '../core/EmulatedUser';
import { linkFromAlexaApp, linkStartUrl } from '../linking/flows/appToAppFromAlexa';
import { linkFromApp, unlinkFromApp } from '../linking/flows/appToAppFromApp';
import type { AppToAppDeps } from '../linking/flows/deps';
import { type FlowReport, formatFlow } from '../linking/flows/report';
import { rideHailerAppRoutes } from '../rideHailerApp/routes';
import { type AppLinkSkill, alexaAppLinkConsent } from './alexaAppLinkConsent';
import { phonePanel } from './pages/phonePanel';

/** The app-to-app parts of the emulator's server: our app's screens, the Alexa app's consent link, the actions. */
export interface AppToAppRoutes {
  /** Serves `/app/…` (the Ride Hailer app) and `/spa/…` (the Alexa app's link); false for any other path. */
  route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Where "Link account" goes for this user (our app's link when the phone has the app). */
  linkStartUrl(user: EmulatedUser): string;
  /** POST actions: the dot commands' JSON API and the page's switch. */
  actions: Record<string, (user: EmulatedUser, fields: Record<string, string>) => Promise<unknown>>;
  /** Extra panels for the Alexa app page. */
  panels(user: EmulatedUser): string[];
}

/** The JSON answer of a flow action: linked or not, and the transcript line. */
function flowAnswer(report: FlowReport): { linked: boolean; line: string } {
  return { linked: report.linked, line: formatFlow(report) };
}

/** Wires the app-to-app flows into the emulator's server for the default user's phone. */
export function appToAppRoutes(deps: AppToAppDeps, skill: AppLinkSkill, lwa: LwaState): AppToAppRoutes {
  const user = () => deps.emulator.user();
  const app = rideHailerAppRoutes(() => deps.apps.of(user()));
  const consent = alexaAppLinkConsent(skill, lwa, () => deps.emulator.options.amazonAccount);
  return {
    async route(req, res, url) {
      if (url.pathname === '/app' || url.pathname.startsWith('/app/')) await app(req, res, url);
      else if (url.pathname === '/spa/skill-account-linking-consent') await consent(req, res, url);
      else return false;
      return true;
    },
    linkStartUrl: (target) => linkStartUrl(deps, target),
    actions: {
      '/api/link/app': async (target) => flowAnswer(await linkFromAlexaApp(deps, target)),
      '/api/link/from-app': async (target) => flowAnswer(await linkFromApp(deps, target, 'alexa-app')),
      '/api/link/from-app-lwa': async (target) => flowAnswer(await linkFromApp(deps, target, 'lwa')),
      '/api/unlink/from-app': async (target) => ({ line: await unlinkFromApp(deps, target) }),
      '/api/phone/ride-hailer-app': async (target, fields) => {
        deps.apps.of(target).installed = fields.installed === 'true';
        return { installed: deps.apps.of(target).installed };
      },
    },
    panels: (target) => [
      phonePanel({ rideHailerApp: deps.apps.of(target).installed, rider: deps.apps.of(target).rider?.email }),
    ],
  };
}
