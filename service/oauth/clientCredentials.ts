import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { InvalidClientError } from '../errors';

function decodeFormPart(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, '%20'));
}

function constantEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  // Compare equal-length buffers so the time does not reveal where the first difference is.
  const same = timingSafeEqual(Buffer.concat([left, right]), Buffer.concat([right, left]));
  return same && left.length === right.length;
}

/**
 * Checks HTTP Basic client credentials on our own endpoints the way RFC 6749 §2.3.1 and Appendix B describe them:
 * client id and secret form-decoded, then compared in constant time.
 */
export function verifyBasicClient(req: IncomingMessage, clientId: string, clientSecret: string): void {
  const header = req.headers.authorization ?? '';
  const match = /^Basic +([A-Za-z0-9+/]+=*)$/i.exec(header);
  if (!match?.[1]) throw new InvalidClientError('HTTP Basic client authentication is required');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new InvalidClientError('malformed Basic credentials');
  let id: string;
  let secret: string;
  try {
    id = decodeFormPart(decoded.slice(0, colon));
    secret = decodeFormPart(decoded.slice(colon + 1));
  } catch {
    throw new InvalidClientError('malformed Basic credentials');
  }
  const idOk = constantEquals(id, clientId);
  const secretOk = constantEquals(secret, clientSecret);
  if (!idOk || !secretOk) throw new InvalidClientError('client authentication failed');
}
