import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseDevice } from '../core/deviceChoice';
import type { Emulator, LinkOutcome } from '../core/Emulator';
import { chooseSpeaker } from '../core/speaker';
import type { AppToAppRoutes } from './appToAppRoutes';
import { APP_CSS, APP_JS } from './assets';
import { readFields, redirect, sendHtml, sendJson } from './io';
import { linkResultPage } from './pages/linkResultPage';
import { skillPage } from './pages/skillPage';
import { screenRoute } from './screenRoutes';
import { redactExchange, type Snapshot, snapshot } from './snapshot';

/** What the routes need: the emulator and how to describe the skill. */
export interface RouteContext {
  emulator: Emulator;
  skill: Snapshot['skill'];
  origin: string;
  /** Starts the demo over: empty data, the demo rider, a fresh emulator. */
  reset: () => Promise<void>;
  /** App-to-app linking: the Ride Hailer app's screens, the Alexa app's consent link and their actions. */
  appToApp?: AppToAppRoutes;
}

type Fields = Record<string, string>;
type Action = (ctx: RouteContext, fields: Fields) => Promise<unknown>;

const user = (ctx: RouteContext) => ctx.emulator.user();

/** State-changing actions: POST as a form (303 back to the page) or as JSON (the answer as JSON). */
const ACTIONS: Record<string, Action> = {
  '/api/enable': (ctx) => ctx.emulator.enable(user(ctx)),
  '/api/disable': (ctx) => ctx.emulator.disable(user(ctx)),
  '/api/unlink': async (ctx) => ({ unlinked: ctx.emulator.unlink(user(ctx)) }),
  '/api/expire': async (ctx) => ({ expired: ctx.emulator.expire(user(ctx)) }),
  '/api/revoke': async (ctx) => ({ message: await ctx.emulator.revoke(user(ctx)) }),
  '/api/session/new': async (ctx) => ({ turn: redactTurn(await ctx.emulator.newSession(user(ctx))) }),
  '/api/locale': async (ctx, fields) => setLocale(ctx, fields.locale),
  '/api/speaker': async (ctx, fields) => ({ message: chooseSpeaker(user(ctx).household, fields.speaker) }),
  '/api/device': async (ctx, fields) => ({ message: chooseDevice(user(ctx).household, fields.device) }),
  '/api/link/device': async (ctx, fields) => linked(await ctx.emulator.screens.linkOnDevice(user(ctx), fields.person)),
  '/api/link/qr': async (ctx) => linked(await ctx.emulator.screens.followQr(user(ctx))),
  '/api/utter': async (ctx, fields) => {
    setLocale(ctx, fields.locale);
    const text = (fields.text ?? '').trim();
    if (text === '') throw new Error('say something: the text is empty');
    return { turn: redactTurn(await ctx.emulator.say(user(ctx), text)) };
  },
  '/api/reset': async (ctx) => {
    await ctx.reset();
    return { reset: true };
  },
  '/api/link/headless': async (ctx, fields) => {
    const credentials =
      fields.username && fields.password ? { username: fields.username, password: fields.password } : undefined;
    const result = await ctx.emulator.linkHeadless(user(ctx), credentials);
    return { linked: result.tokens !== undefined, outcome: result.trace.outcome };
  },
};

/** A link's result as JSON: linked or not, why, and the turn in which Alexa opened the skill again. */
function linked(outcome: LinkOutcome) {
  const turn = outcome.relaunch === undefined ? {} : { turn: redactTurn(outcome.relaunch) };
  return { linked: outcome.tokens !== undefined, outcome: outcome.trace.outcome, ...turn };
}

function setLocale(ctx: RouteContext, locale: string | undefined): { locale: string } {
  if (locale !== undefined && locale !== '') {
    if (!snapshot(ctx.emulator, user(ctx), ctx.skill).locales.includes(locale))
      throw new Error(`unknown locale ${locale}`);
    user(ctx).locale = locale;
  }
  return { locale: user(ctx).locale };
}

function redactTurn<T extends { exchanges: Parameters<typeof redactExchange>[0][] }>(turn: T): T {
  return { ...turn, exchanges: turn.exchanges.map(redactExchange) };
}

function wantsJson(req: IncomingMessage): boolean {
  return (
    (req.headers['content-type'] ?? '').includes('application/json') ||
    (req.headers.accept ?? '').startsWith('application/json')
  );
}

/**
 * A POST from another site must not drive the emulator (a web page posting to 127.0.0.1). Same origin means the
 * Origin header names the host the request was sent to, so both 127.0.0.1 and localhost work.
 */
function foreignOrigin(req: IncomingMessage): boolean {
  const from = req.headers.origin;
  if (from === undefined) return false;
  try {
    return new URL(from).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** Routes every request of the emulator's HTTP server. */
export async function route(ctx: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', ctx.origin);
  const { pathname } = url;
  if (req.method === 'POST' && foreignOrigin(req)) {
    return sendJson(res, 403, { error: 'forbidden', error_description: 'cross-site request' });
  }
  if (ctx.appToApp !== undefined && (await ctx.appToApp.route(req, res, url))) return;
  if (await screenRoute(ctx, req, url, res)) return;
  if (req.method === 'GET') {
    if (pathname === '/') {
      return sendHtml(
        res,
        200,
        skillPage(snapshot(ctx.emulator, user(ctx), ctx.skill), ctx.appToApp?.panels(user(ctx))),
      );
    }
    if (pathname === '/assets/app.css')
      return void res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(APP_CSS);
    if (pathname === '/assets/app.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(APP_JS);
    if (pathname === '/api/health')
      return sendJson(res, 200, { name: 'ride-hailer-alexa-emulator', skill: ctx.skill.name });
    if (pathname === '/api/state') return sendJson(res, 200, snapshot(ctx.emulator, user(ctx), ctx.skill));
    if (pathname === '/api/link/start') {
      const start = ctx.appToApp?.linkStartUrl(user(ctx)) ?? ctx.emulator.startLink(user(ctx));
      const refused = await ctx.emulator.checkLinkStart(start);
      if (refused === undefined) return redirect(res, start);
      return sendHtml(res, 400, linkResultPage(refused.trace, ctx.skill.name, user(ctx).locale));
    }
    if (pathname === `/api/skill/link/${ctx.skill.vendorId}`) {
      const result = await ctx.emulator.completeLink(url.toString());
      const onDevice = result.context?.onDevice === true ? user(ctx).screen.view : undefined;
      const deviceLine = onDevice?.show === 'linked' ? onDevice.line : undefined;
      const page = linkResultPage(result.trace, ctx.skill.name, user(ctx).locale, deviceLine);
      return sendHtml(res, result.tokens ? 200 : 400, page);
    }
  }
  const extra = ctx.appToApp?.actions[pathname];
  const action: Action | undefined =
    req.method !== 'POST' ? undefined : (ACTIONS[pathname] ?? (extra && ((c, fields) => extra(user(c), fields))));
  if (action === undefined)
    return sendJson(res, 404, { error: 'not_found', error_description: `${req.method} ${pathname}` });
  const json = wantsJson(req);
  try {
    const result = await action(ctx, await readFields(req));
    if (json) return sendJson(res, 200, result ?? {});
    redirect(res, pathname === '/api/utter' || pathname === '/api/session/new' ? '/#talk' : '/');
  } catch (error) {
    if (json) return sendJson(res, 400, { error: 'bad_request', error_description: (error as Error).message });
    sendHtml(res, 400, `<p>${(error as Error).message.replace(/[<&]/g, '')}</p><p><a href="/">Back</a></p>`);
  }
}
