import type { MobileConfig } from '../config';
import { AmazonCodeRejectedError, AmazonUnavailableError } from './errors';

/** The Amazon tokens of one rider, from LWA (the access token lives 1 hour). */
export interface AmazonTokens {
  accessToken: string;
  refreshToken: string | undefined;
}

/** The Skill Enablement API's answer for one region, or why there is none. */
export type EnablementAnswer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status?: number; message: string };

/** The body of POST …/enablement (Skill Enablement API, "Enable skill and link account"). */
export interface EnableRequest {
  stage: 'development' | 'live';
  accountLinkRequest: { redirectUri: string; authCode: string; type: 'AUTH_CODE' };
}

/** LWA answers within seconds; enablement waits for Alexa's own call to our token endpoint (up to 4.5 s). */
const LWA_TIMEOUT_MS = 5000;
const ALEXA_API_TIMEOUT_MS = 15_000;

/** Alexa API hosts `alexaApiEndpoint` may name (NA, EU, FE as Amazon prints them); the token goes nowhere else. */
const ALEXA_API_HOST = /^api\.(?:(?:eu|fe)\.)?amazonalexa\.com$|^api\.fe\.amazon\.com$/;

function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Amazon's error text: `message` (Alexa APIs) or `error_description`/`error` (LWA), never a token. */
function amazonMessage(body: unknown, status: number): string {
  const message = field(body, 'message') ?? field(body, 'error_description') ?? field(body, 'error');
  return typeof message === 'string' ? message.slice(0, 300) : `HTTP ${status}`;
}

/**
 * The one client the service uses to talk to Amazon for app-to-app linking: LWA's token endpoint with the skill's
 * Alexa client id and secret, `alexaApiEndpoint`, and the Skill Enablement API. Base URLs come from configuration;
 * tokens travel only in bodies and Authorization headers and never reach a log or an error message.
 * @see https://developer.amazon.com/docs/smapi/skill-enablement.html
 */
export class AmazonClient {
  constructor(
    private readonly config: MobileConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async lwa(form: Record<string, string>): Promise<AmazonTokens> {
    const body = new URLSearchParams({
      ...form,
      client_id: this.config.amazonClientId,
      client_secret: this.config.amazonClientSecret,
    });
    let response: Response;
    try {
      response = await this.fetchImpl(this.config.lwaTokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(LWA_TIMEOUT_MS),
      });
    } catch (error) {
      throw new AmazonUnavailableError(`Login with Amazon did not answer (${(error as Error).name})`);
    }
    const json = await readJson(response);
    if (response.status === 400 && field(json, 'error') === 'invalid_grant') {
      throw new AmazonCodeRejectedError(`Login with Amazon refused the grant: ${amazonMessage(json, 400)}`);
    }
    if (response.status === 401) {
      throw new AmazonUnavailableError(
        'Login with Amazon refused our client credentials (ALEXA_APP_TO_APP_CLIENT_ID / ALEXA_APP_TO_APP_CLIENT_SECRET)',
      );
    }
    const accessToken = field(json, 'access_token');
    if (response.status !== 200 || typeof accessToken !== 'string' || accessToken === '') {
      throw new AmazonUnavailableError(
        `Login with Amazon answered ${response.status}: ${amazonMessage(json, response.status)}`,
      );
    }
    const refreshToken = field(json, 'refresh_token');
    return { accessToken, refreshToken: typeof refreshToken === 'string' ? refreshToken : undefined };
  }

  /** Exchanges the rider's Amazon authorization code (scope `alexa::skills:account_linking`) at LWA. */
  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<AmazonTokens> {
    return this.lwa({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
    });
  }

  /** A fresh Amazon access token from a stored refresh token. */
  refresh(refreshToken: string): Promise<AmazonTokens> {
    return this.lwa({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  private async alexaApi(url: string, accessToken: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await this.fetchImpl(url, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          Authorization: `Bearer ${accessToken}`,
          Accept: 'application/json',
        },
        signal: AbortSignal.timeout(ALEXA_API_TIMEOUT_MS),
      });
    } catch (error) {
      throw new AmazonUnavailableError(`the Alexa API did not answer (${(error as Error).name})`);
    }
  }

  /** The Alexa API hosts for the rider's Amazon account (`GET /v1/alexaApiEndpoint`); may be empty. */
  async endpoints(accessToken: string): Promise<string[]> {
    const response = await this.alexaApi(`${this.config.alexaApiUrl}/v1/alexaApiEndpoint`, accessToken);
    const json = await readJson(response);
    const endpoints = field(json, 'endpoints');
    if (response.status !== 200 || !Array.isArray(endpoints)) {
      throw new AmazonUnavailableError(
        `alexaApiEndpoint answered ${response.status}: ${amazonMessage(json, response.status)}`,
      );
    }
    return endpoints.map((entry) => {
      const host = typeof entry === 'string' ? entry.replace(/^https:\/\//, '').replace(/\/+$/, '') : '';
      if (!ALEXA_API_HOST.test(host))
        throw new AmazonUnavailableError('alexaApiEndpoint named a host that is not an Alexa API host');
      return host;
    });
  }

  private enablementUrl(endpoint: string): string {
    const base = this.config.regionUrlTemplate.replace('{endpoint}', endpoint);
    return `${base}/v1/users/~current/skills/${encodeURIComponent(this.config.skillId)}/enablement`;
  }

  private async answer(response: Response, expected: number): Promise<EnablementAnswer> {
    const json = await readJson(response);
    if (response.status === expected) return { ok: true, body: (json ?? {}) as Record<string, unknown> };
    return { ok: false, status: response.status, message: amazonMessage(json, response.status) };
  }

  /** POST enablement: 201 means enabled and linked (Alexa redeemed our code at our token endpoint meanwhile). */
  async enable(endpoint: string, accessToken: string, request: EnableRequest): Promise<EnablementAnswer> {
    try {
      const response = await this.alexaApi(this.enablementUrl(endpoint), accessToken, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      return await this.answer(response, 201);
    } catch (error) {
      if (error instanceof AmazonUnavailableError) return { ok: false, message: error.message };
      throw error;
    }
  }

  /** GET enablement: the skill's enablement and account-link status for the rider (404: not enabled). */
  async status(endpoint: string, accessToken: string): Promise<EnablementAnswer> {
    return this.answer(await this.alexaApi(this.enablementUrl(endpoint), accessToken), 200);
  }

  /** DELETE enablement: disables the skill for the rider, which also unlinks (204; 404 when not enabled). */
  async disable(endpoint: string, accessToken: string): Promise<EnablementAnswer> {
    return this.answer(await this.alexaApi(this.enablementUrl(endpoint), accessToken, { method: 'DELETE' }), 204);
  }
}
