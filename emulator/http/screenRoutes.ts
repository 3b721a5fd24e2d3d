import type { IncomingMessage, ServerResponse } from 'node:http';
import { StalePromptError } from '../linking/flows/screenDevice';
import { readFields, redirect, sendHtml, sendJson } from './io';
import { qrPng } from './qrImage';
import type { RouteContext } from './routes';

const user = (ctx: RouteContext) => ctx.emulator.user();

function stale(res: ServerResponse, error: StalePromptError): void {
  sendHtml(res, 400, `<p>${error.message}.</p><p><a href="/">Back</a></p>`);
}

/** The QR code the screen shows now, as a PNG; 404 when the screen shows none or another prompt's. */
async function qrCode(ctx: RouteContext, url: URL, res: ServerResponse): Promise<void> {
  const { view } = user(ctx).screen;
  if (view.show !== 'qr' || url.searchParams.get('prompt') !== view.prompt) {
    return sendJson(res, 404, { error: 'not_found', error_description: 'the screen shows no such QR code' });
  }
  res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(await qrPng(view.url));
}

/**
 * The screen device's routes: its QR image, the phone opening the QR code's link, "Sign in using this device" and
 * the profile picker's choice. Answers `true` when it handled the request. POSTs are form posts from the page
 * (the caller has refused cross-site ones); each answers with a 303 to where the device's browser goes next.
 */
export async function screenRoute(
  ctx: RouteContext,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
): Promise<boolean> {
  const route = `${req.method} ${url.pathname}`;
  try {
    if (route === 'GET /screen/qr.png') await qrCode(ctx, url, res);
    else if (route === 'GET /api/link/start' && url.searchParams.has('screen')) {
      redirect(res, ctx.emulator.startLinkFromQr(user(ctx), url.searchParams.get('screen') ?? ''));
    } else if (route === 'POST /api/device/sign-in') {
      const next = ctx.emulator.screens.signIn(user(ctx), (await readFields(req)).prompt);
      redirect(res, 'url' in next ? next.url : '/#device');
    } else if (route === 'POST /api/device/profile') {
      const fields = await readFields(req);
      redirect(res, ctx.emulator.screens.chooseProfile(user(ctx), fields.prompt, fields.profile ?? ''));
    } else return false;
  } catch (error) {
    if (!(error instanceof StalePromptError)) throw error;
    stale(res, error);
  }
  return true;
}
