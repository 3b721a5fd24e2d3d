/**
 * A small cookie-jar "browser" over fetch with manual redirects: it keeps cookies per path, sends an Origin on
 * POST like a real browser, follows Location headers and the linked page's continue link, and stops before
 * requesting a URL the caller marks as the end (Alexa's redirect URI).
 */
interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** One hop of a navigation. */
export interface Hop {
  url: string;
  status: number;
  location?: string;
}

/** Where a navigation ended: either a page (`response` + `html`) or a URL the caller asked to stop at. */
export interface Landing {
  url: string;
  response?: Response;
  html?: string;
  hops: Hop[];
}

const CONTINUE_LINK = /<a id="continue"[^>]*href="([^"]+)"/;

function unescapeHtml(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export class Browser {
  private readonly jar = new Map<string, Cookie>();

  constructor(
    private readonly headers: Record<string, string> = {},
    private readonly origin?: string,
  ) {}

  /** Cookies the jar would send to `url`. */
  cookieHeader(url: string): string {
    const path = new URL(url).pathname;
    return [...this.jar.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** The value of a cookie by name (any path), for white-box checks. */
  cookie(name: string): string | undefined {
    return [...this.jar.values()].find((c) => c.name === name)?.value;
  }

  /** Forgets every cookie, like a fresh private window. */
  clearCookies(): void {
    this.jar.clear();
  }

  private store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = new Map(
        attributes.map((a) => {
          const i = a.indexOf('=');
          return i < 0 ? [a.toLowerCase(), ''] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
        }),
      );
      const path = attr.get('path') || '/';
      const expires = attr.get('expires');
      const maxAge = attr.get('max-age');
      const gone = value === '' || maxAge === '0' || (expires !== undefined && Date.parse(expires) <= Date.now());
      const key = `${name};${path}`;
      if (gone) this.jar.delete(key);
      else this.jar.set(key, { name, value, path });
    }
  }

  /** One request with the jar's cookies; never follows redirects itself. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string> | undefined) });
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(response);
    return response;
  }

  /** GET `url`. */
  get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(url, { headers });
  }

  /** POST a form, with the page's Origin unless `headers` overrides it. */
  post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const origin = this.origin ?? new URL(url).origin;
    return this.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  /**
   * Follows redirects (and the linked page's continue link) from `response`, which came from `url`, until a page
   * that is not a redirect, or until `stop(url)` says the next URL is the end (it is then not requested).
   */
  async follow(url: string, response: Response, stop: (next: string) => boolean, maxHops = 10): Promise<Landing> {
    const hops: Hop[] = [];
    let current = url;
    let res = response;
    for (let i = 0; i <= maxHops; i++) {
      const location = res.headers.get('location');
      hops.push({ url: current, status: res.status, ...(location ? { location } : {}) });
      let next: string | undefined;
      let html: string | undefined;
      if (res.status >= 300 && res.status < 400 && location) {
        await res.arrayBuffer();
        next = new URL(location, current).toString();
      } else {
        html = await res.text();
        const link = CONTINUE_LINK.exec(html)?.[1];
        if (link) next = new URL(unescapeHtml(link), current).toString();
      }
      if (next === undefined) return { url: current, response: res, html, hops };
      if (stop(next)) return { url: next, hops };
      current = next;
      res = await this.get(current);
    }
    throw new Error(`more than ${maxHops} redirects starting at ${url}`);
  }

  /** GET `url` and follow it (see {@link follow}). */
  async navigate(url: string, stop: (next: string) => boolean): Promise<Landing> {
    return this.follow(url, await this.get(url), stop);
  }
}

/** The first form on a page: its action and its hidden fields (our pages have one form each). */
export function parseForm(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error('no form on the page');
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1] ?? ''] = unescapeHtml(match[2] ?? '');
  }
  return { action: new URL(unescapeHtml(action), pageUrl).toString(), fields };
}
