import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJsonObject, readText, sendJson } from '../../http/io';
import type { LwaState } from '../lwa/LwaState';
import { ALEXA_API_HOSTS, type AlexaApiState } from './AlexaApiState';
import type { AlexaSide, SkillRecord } from './types';

const SCOPE = 'alexa::skills:account_linking';
const HOSTS: readonly string[] = Object.values(ALEXA_API_HOSTS);
const ENABLEMENT = /^\/v1\/users\/~current\/skills\/([^/]+)\/enablement$/;

/** The Alexa APIs' error body: `{"message": …}`. */
function fail(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { message });
}

/** The accountLinkRequest of a POST, or why it is not one. */
function linkRequest(
  body: Record<string, unknown> | undefined,
): { authCode: string; redirectUri: string; stage: string } | string {
  if (body === undefined) return 'The request body is not valid JSON.';
  if (body.stage !== 'development' && body.stage !== 'live') return 'stage must be development or live.';
  const request = body.accountLinkRequest as Record<string, unknown> | undefined;
  if (request === undefined || typeof request !== 'object') return 'accountLinkRequest is required.';
  const { authCode, redirectUri, type } = request;
  if (type !== 'AUTH_CODE') return 'accountLinkRequest.type must be AUTH_CODE.';
  if (typeof authCode !== 'string' || authCode === '' || typeof redirectUri !== 'string' || redirectUri === '') {
    return 'accountLinkRequest needs authCode and redirectUri.';
  }
  return { authCode, redirectUri, stage: body.stage };
}

/**
 * The Alexa API as one user's app-to-app linking meets it, under `/<host>/…` for each region host:
 * `GET /v1/alexaApiEndpoint` and the Skill Enablement API (`POST`, `GET`, `DELETE`
 * `/v1/users/~current/skills/{skillId}/enablement`). Only LWA access tokens with `alexa::skills:account_linking`
 * issued to the skill's Alexa client are accepted. POST really redeems the skill's code at its token URL through
 * Alexa's own rules (the emulator), then answers 201.
 * @see https://developer.amazon.com/docs/smapi/skill-enablement.html
 */
export function alexaApiRoutes(skill: SkillRecord, lwa: LwaState, state: AlexaApiState, alexa: () => AlexaSide) {
  const customer = (req: IncomingMessage, res: ServerResponse): string | undefined => {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    const found = token === undefined ? 'unknown' : lwa.accessToken(token);
    if (typeof found === 'string') {
      fail(res, 401, 'The access token is missing, invalid or expired.');
      return undefined;
    }
    if (found.clientId !== skill.clientId || !found.scope.split(' ').includes(SCOPE)) {
      fail(res, 403, `The access token was not issued to this skill with the ${SCOPE} scope.`);
      return undefined;
    }
    return found.email;
  };

  return async (req: IncomingMessage, res: ServerResponse, host: string, path: string): Promise<void> => {
    if (!HOSTS.includes(host)) return fail(res, 404, `${host} is not an Alexa API host.`);
    if (req.method === 'GET' && path === '/v1/alexaApiEndpoint') {
      const email = customer(req, res);
      if (email !== undefined) sendJson(res, 200, { endpoints: state.regionsOf(email) });
      return;
    }
    const match = ENABLEMENT.exec(path);
    if (match === null) return fail(res, 404, `${req.method} ${path} is not served by the Alexa API stand-in.`);
    const email = customer(req, res);
    if (email === undefined) return;
    if (decodeURIComponent(match[1] ?? '') !== skill.skillId) return fail(res, 404, 'The skill does not exist.');
    const injected = state.failureAt(host);
    if (injected !== undefined) return fail(res, injected.status, injected.message);
    if (req.method === 'POST') {
      const request = linkRequest(parseJsonObject(await readText(req)));
      if (typeof request === 'string') return fail(res, 400, request);
      if (!skill.redirectUrls.includes(request.redirectUri)) return fail(res, 400, 'Invalid redirectUri.');
      const result = await alexa().enableAndLink(email, request);
      if (!result.linked) return fail(res, 400, 'Invalid account linking credentials');
      state.enabledAt(email, request.stage);
      res.writeHead(201, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    const status = alexa().status(email);
    if (req.method === 'GET') {
      if (!status?.enabled) return fail(res, 404, 'The skill is not enabled for this user.');
      sendJson(res, 200, {
        stage: state.stageOf(email),
        user: { id: status.userId },
        accountLink: { status: status.linked ? 'LINKED' : 'NOT_LINKED' },
        status: 'ENABLED',
      });
      return;
    }
    if (req.method === 'DELETE') {
      if (!status?.enabled) return fail(res, 404, 'The skill is not enabled for this user.');
      await alexa().disable(email);
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    fail(res, 405, `${req.method} is not allowed here.`);
  };
}
