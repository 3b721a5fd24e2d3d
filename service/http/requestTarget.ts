import type { IncomingMessage } from 'node:http';
import { MalformedRequestError } from '../errors';

/** `host [ ":" port ]` of RFC 9110 §7.2: an IP literal in brackets or a reg-name, then an optional port. */
const HOST_HEADER = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::\d{0,5})?$/;
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function hostIsValid(host: string | undefined): boolean {
  if (host === undefined || host === '') return true;
  return HOST_HEADER.test(host) && URL.canParse(`http://${host}/`);
}

function targetUrl(target: string, issuer: URL): URL {
  if (target.startsWith('/')) {
    // Appended rather than resolved, so a target such as `//other.example/x` stays a path on our origin.
    if (URL.canParse(`${issuer.origin}${target}`)) return new URL(`${issuer.origin}${target}`);
  } else if (ABSOLUTE_FORM.test(target) && URL.canParse(target)) {
    const absolute = new URL(target);
    if (absolute.protocol === 'http:' || absolute.protocol === 'https:') {
      return new URL(`${issuer.origin}${absolute.pathname}${absolute.search}`);
    }
  }
  throw new MalformedRequestError('malformed request target');
}

/**
 * Checks the request line's target and the Host header (RFC 9112 §3.2 asks for 400 when either is malformed), then
 * pins the request to the configured issuer: the target becomes origin-form, and Host and X-Forwarded-Proto take the
 * issuer's values, so nothing a client sends (Host, X-Forwarded-Host, an absolute-form target) can steer the URLs
 * oidc-provider derives from the request (RFC 8414 §3.2: metadata names the issuer's endpoints).
 * @returns the request URL on the issuer's origin
 */
export function pinToIssuer(req: IncomingMessage, issuer: URL): URL {
  if (!hostIsValid(req.headers.host)) throw new MalformedRequestError('malformed Host header');
  const url = targetUrl(req.url ?? '/', issuer);
  req.url = `${url.pathname}${url.search}`;
  req.headers.host = issuer.host;
  req.headers['x-forwarded-proto'] = issuer.protocol.slice(0, -1);
  delete req.headers['x-forwarded-host'];
  return url;
}
