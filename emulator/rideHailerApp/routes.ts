import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFields, redirect, sendHtml } from '../http/io';
import { appCatalog } from './i18n';
import { APP_STAND_IN_CSS } from './pages/layout';
import { consentScreen, homeScreen, resultScreen } from './pages/screens';
import type { LinkVia, RideHailerApp } from './RideHailerApp';

/** Where the app may send the rider after signing in: its own screens only (no open redirect). */
function localReturn(path: string | undefined): string {
  return path?.startsWith('/app/') && !path.startsWith('/app//') ? path : '/app/';
}

/**
 * The Ride Hailer app's screens on the emulated phone, under `/app/`: home and settings, its sign-in link
 * (`/app/oauth/callback`), the link Alexa opens (`/app/alexa/authorize`, `authorizationUrlsByPlatform`) and the
 * link Alexa or LWA return the Amazon code to (`/app/alexa/linked`, the skill's `redirectUrls`).
 */
export function rideHailerAppRoutes(app: () => RideHailerApp) {
  const catalog = () => appCatalog(app().locale());
  const error = (res: ServerResponse, status: number, message: string) =>
    sendHtml(
      res,
      status,
      resultScreen(catalog(), { ok: false, heading: catalog().errorHeading, body: message, testId: 'app-error' }),
    );

  const home = async (res: ServerResponse) => {
    const rider = app().rider;
    if (rider === undefined) return sendHtml(res, 200, homeScreen(catalog(), { rider, linked: undefined }));
    const status = await app().linkStatus();
    if (status.status !== 200) {
      if (app().rider === undefined)
        return sendHtml(res, 200, homeScreen(catalog(), { rider: undefined, linked: undefined }));
      const problem = typeof status.body.message === 'string' ? status.body.message : undefined;
      return sendHtml(res, 200, homeScreen(catalog(), { rider, linked: undefined, problem }));
    }
    sendHtml(res, 200, homeScreen(catalog(), { rider, linked: status.body.status === 'LINKED' }));
  };

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const route = `${req.method} ${url.pathname}`;
    const c = catalog();
    switch (route) {
      case 'GET /app':
      case 'GET /app/':
        return home(res);
      case 'GET /app/assets/app.css':
        return void res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(APP_STAND_IN_CSS);
      case 'GET /app/signin':
        return redirect(res, app().startSignIn(localReturn(url.searchParams.get('returnTo') ?? undefined)));
      case 'POST /app/signout':
        app().signOut();
        return redirect(res, '/app/');
      case 'GET /app/oauth/callback': {
        const result = await app().completeSignIn(url.toString());
        return result.ok ? redirect(res, localReturn(result.returnTo)) : error(res, result.status, result.message);
      }
      case 'GET /app/alexa/authorize': {
        const rider = app().rider;
        if (rider === undefined) return redirect(res, app().startSignIn(`${url.pathname}${url.search}`));
        return sendHtml(res, 200, consentScreen(c, rider.name, url.searchParams));
      }
      case 'POST /app/alexa/authorize': {
        const fields = await readFields(req);
        const decision = fields.decision === 'allow' ? 'allow' : 'deny';
        const { decision: _, ...request } = fields;
        const answer = await app().answerAlexa(new URLSearchParams(request), decision);
        return answer.ok ? redirect(res, answer.location) : error(res, answer.status, answer.message);
      }
      case 'POST /app/alexa/link': {
        const via: LinkVia = (await readFields(req)).via === 'lwa' ? 'lwa' : 'alexa-app';
        if (app().rider === undefined) return redirect(res, app().startSignIn('/app/'));
        return redirect(res, app().startLinkWithAlexa(via));
      }
      case 'GET /app/alexa/linked': {
        const result = await app().completeLinkWithAlexa(url.toString());
        if (result.ok) {
          return sendHtml(
            res,
            200,
            resultScreen(c, { ok: true, heading: c.linkedHeading, body: c.linkedBody, testId: 'app-linked' }),
          );
        }
        return error(res, result.status, result.message);
      }
      case 'POST /app/alexa/unlink': {
        const result = await app().unlink();
        if (!result.ok) return error(res, result.status, result.message);
        const body = result.message ?? c.unlinkedBody;
        return sendHtml(
          res,
          200,
          resultScreen(c, { ok: true, heading: c.unlinkedHeading, body, testId: 'app-unlinked' }),
        );
      }
      default:
        return error(res, 404, c.genericError);
    }
  };
}
