/** Where the app's backend (the Ride Hailer service) and Amazon are, and who the app is. */
export interface AppSettings {
  /** The service's authorization and token endpoints, and its base URL for the `/v1` API. */
  authorizationUrl: string;
  tokenUrl: string;
  apiUrl: string;
  clientId: string;
  /** The app's own sign-in link (MOBILE_APP_REDIRECT_URIS). */
  signInRedirectUri: string;
  /** The app link Alexa and LWA return the Amazon code to (the skill's `redirectUrls`). */
  alexaRedirectUri: string;
  /** The Alexa app's consent page for linking from our app, and LWA's authorization page (the fallback). */
  alexaAppConsentUrl: string;
  lwaAuthorizationUrl: string;
  /** The skill's "Alexa Client ID" and stage, which the app puts in both URLs. */
  skillClientId: string;
  skillStage: 'development' | 'live';
}

/** An answer of the service: status and JSON body (an empty object when there is none). */
export interface BackendAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * The app's HTTP calls to its backend, the Ride Hailer service: the token endpoint as a public client (no
 * secret) and the `/v1/mobile` endpoints with the app's bearer token, in the phone's language.
 */
export class AppBackend {
  constructor(readonly settings: AppSettings) {}

  private async call(url: string, init: RequestInit): Promise<BackendAnswer> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      body = { error: 'not_json', error_description: `HTTP ${response.status} without JSON` };
    }
    return { status: response.status, body };
  }

  /** A token request: the code or refresh grant with the app's client id (RFC 6749 §4.1.3, §6; RFC 7636 §4.5). */
  token(form: Record<string, string>): Promise<BackendAnswer> {
    return this.call(this.settings.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ ...form, client_id: this.settings.clientId }).toString(),
    });
  }

  /** A `/v1` call with the app's access token and the phone's language. */
  api(
    path: string,
    accessToken: string,
    language: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<BackendAnswer> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${accessToken}`,
      Accept: 'application/json',
      'Accept-Language': language,
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return this.call(`${this.settings.apiUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  }
}
