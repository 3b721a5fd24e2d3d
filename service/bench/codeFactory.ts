/**
 * Mints authorization codes against a running local service for benchmarks: one scripted login and consent with
 * a tiny cookie jar, after which every authorization request returns a code at once (the session and grant exist).
 */
const CLIENT = 'ride-hailer-alexa';

/** The redirect URI the benchmark uses (a registered Alexa URI for the default vendor id). */
export const BENCH_REDIRECT_URI = 'https://pitangui.amazon.com/api/skill/link/M2RIDEHAILER';

/** Signs in once as the given rider, then hands out fresh codes on demand. */
export class CodeFactory {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly base: string,
    private readonly email: string,
    private readonly password: string,
  ) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.base);
    const cookie = [...this.cookies.entries()]
      .filter(([key]) => url.pathname.startsWith(key.split('|')[0] ?? '/'))
      .map(([key, value]) => `${key.split('|')[1]}=${value}`)
      .join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((part) => part.trim());
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const eq = pair.indexOf('=');
      this.cookies.set(`${path}|${pair.slice(0, eq)}`, pair.slice(eq + 1));
    }
    return response;
  }

  private async submit(html: string, fields: Record<string, string>): Promise<string> {
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const response = await this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.base },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
    return response.headers.get('location') ?? '';
  }

  /** Returns one fresh authorization code. */
  async code(): Promise<string> {
    const query = new URLSearchParams({
      client_id: CLIENT,
      response_type: 'code',
      redirect_uri: BENCH_REDIRECT_URI,
      scope: 'profile rides:read rides:write',
      state: 'bench',
    });
    let location = `/auth?${query}`;
    for (let hop = 0; hop < 8; hop++) {
      const response = await this.request(location);
      const next = response.headers.get('location');
      if (next?.startsWith('/interaction/')) {
        const html = await (await this.request(next)).text();
        const fields: Record<string, string> = html.includes('name="password"')
          ? { email: this.email, password: this.password }
          : { decision: 'allow' };
        location = await this.submit(html, fields);
        continue;
      }
      if (next?.startsWith(`${BENCH_REDIRECT_URI}?`)) {
        const code = new URL(next).searchParams.get('code');
        if (code) return code;
      }
      if (next) {
        location = next;
        continue;
      }
      // With LINKED_PAGE_REDIRECT_SECONDS above 0 the code arrives on the confirmation page's continue link.
      const link = /id="continue"[^>]*href="([^"]+)"/.exec(await response.text())?.[1]?.replaceAll('&amp;', '&');
      const code = link ? new URL(link).searchParams.get('code') : null;
      if (code) return code;
      throw new Error(`no code at ${location} (${response.status})`);
    }
    throw new Error('too many redirects while minting a code');
  }
}
