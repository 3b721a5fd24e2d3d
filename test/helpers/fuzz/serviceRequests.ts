import fc from 'fast-check';
import { hostileString } from './settings';

/** Real values the generated requests may use, so that some get past authentication into the deeper code. */
export interface KnownValues {
  host: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accessToken: string;
  refreshToken: string;
  login: { uid: string; csrf: string; cookie: string };
  consent: { uid: string; csrf: string; cookie: string };
}

/** The endpoints under test, with the method each expects and the parameters it reads. */
const ENDPOINTS = {
  auth: {
    method: 'GET',
    params: [
      'client_id',
      'response_type',
      'redirect_uri',
      'scope',
      'state',
      'code_challenge',
      'code_challenge_method',
      'ui_locales',
      'response_mode',
      'prompt',
      'request',
      'nonce',
    ],
  },
  login: { method: 'POST', params: ['email', 'password', 'csrf'] },
  consent: { method: 'POST', params: ['decision', 'csrf'] },
  token: {
    method: 'POST',
    params: [
      'grant_type',
      'code',
      'refresh_token',
      'redirect_uri',
      'code_verifier',
      'client_id',
      'client_secret',
      'scope',
    ],
  },
  revocation: { method: 'POST', params: ['token', 'token_type_hint', 'client_id', 'client_secret'] },
  alexaBind: { method: 'PUT', params: [] },
  alexaRevoke: { method: 'POST', params: [] },
  fares: { method: 'GET', params: ['destination', 'rideType'] },
  me: { method: 'GET', params: ['access_token'] },
  book: { method: 'POST', params: ['destination', 'rideType'] },
  current: { method: 'GET', params: [] },
  cancel: { method: 'POST', params: [] },
} as const;
/** One of the endpoints the generated requests go to. */
export type Endpoint = keyof typeof ENDPOINTS;

/** What fast-check generates for one request; {@link toRawRequest} turns it into bytes with the known values. */
export interface RequestShape {
  endpoint: Endpoint;
  method: string | undefined;
  oddTarget: string | undefined;
  pathValue: string | undefined;
  fields: [string, string | 'KNOWN'][];
  jsonBody: unknown;
  authorization: 'basic' | 'bearer' | 'wrong-basic' | 'garbage' | 'none' | 'both';
  contentType: string | undefined;
  accept: string | undefined;
  host: 'ours' | 'evil' | 'malformed' | 'none';
  cookie: 'known' | 'garbage' | 'none';
  fetchSite: string | undefined;
  extra: [string, string][];
}

const ODD_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'FOO'];
const ODD_TARGETS = [
  '*',
  '//evil.example/token',
  'http://evil.example/token',
  'https://[::1]/auth',
  '/token/../auth',
  '/v1/rides/%2e%2e/cancel',
  '/interaction/%00/login',
  '/v1//me',
  '/auth?%zz',
  `/${'a'.repeat(5000)}`,
];

/** Generated requests: mostly the endpoint's own method and fields, with hostile values and headers mixed in. */
export const requestShape: fc.Arbitrary<RequestShape> = fc
  .constantFrom(...(Object.keys(ENDPOINTS) as Endpoint[]))
  .chain((endpoint) =>
    fc.record({
      endpoint: fc.constant(endpoint),
      method: fc.option(fc.constantFrom(...ODD_METHODS), { nil: undefined, freq: 3 }),
      oddTarget: fc.option(fc.constantFrom(...ODD_TARGETS), { nil: undefined, freq: 12 }),
      pathValue: fc.option(hostileString, { nil: undefined, freq: 3 }),
      fields: fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...ENDPOINTS[endpoint].params, 'x'), hostileString),
          fc.oneof({ weight: 2, arbitrary: fc.constant('KNOWN' as const) }, { weight: 3, arbitrary: hostileString }),
        ),
        { maxLength: 8 },
      ),
      jsonBody: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({ destination: hostileString, rideType: hostileString }, { requiredKeys: [] }),
      ),
      authorization: fc.constantFrom('basic', 'bearer', 'wrong-basic', 'garbage', 'none', 'both'),
      contentType: fc.option(
        fc.oneof(
          fc.constantFrom(
            'application/x-www-form-urlencoded',
            'application/json',
            'application/x-www-form-urlencoded; charset=utf-16',
            'text/plain',
            'multipart/form-data; boundary=x',
            'APPLICATION/JSON',
          ),
          hostileString,
        ),
        { nil: undefined, freq: 4 },
      ),
      accept: fc.option(
        fc.oneof(
          fc.constantFrom('application/json', 'text/html', '*/*', 'text/html;q=0.1, application/json', 'image/png'),
          hostileString,
        ),
        { nil: undefined, freq: 3 },
      ),
      host: fc.constantFrom('ours', 'ours', 'evil', 'malformed', 'none'),
      cookie: fc.constantFrom('known', 'known', 'garbage', 'none'),
      fetchSite: fc.option(fc.constantFrom('same-origin', 'cross-site', 'none', 'same-site'), { nil: undefined }),
      extra: fc.array(
        fc.tuple(
          fc.constantFrom(
            'Idempotency-Key',
            'Accept-Language',
            'Origin',
            'X-Forwarded-Host',
            'X-Forwarded-For',
            'X-Forwarded-Proto',
            'Transfer-Encoding',
            'Expect',
            'Range',
          ),
          hostileString,
        ),
        { maxLength: 3 },
      ),
    }),
  );

/** Header values cannot carry line breaks on the wire; everything else is sent as it is. */
const headerValue = (value: string) => value.replace(/[\r\n]/g, ' ').slice(0, 4000);

function knownValue(name: string, shape: RequestShape, known: KnownValues): string {
  const values: Record<string, string> = {
    client_id: known.clientId,
    client_secret: known.clientSecret,
    redirect_uri: known.redirectUri,
    response_type: 'code',
    scope: 'profile rides:read rides:write',
    grant_type: shape.endpoint === 'token' ? 'refresh_token' : 'authorization_code',
    refresh_token: known.refreshToken,
    token: known.refreshToken,
    csrf: shape.endpoint === 'consent' ? known.consent.csrf : known.login.csrf,
    email: 'rider@example.com',
    password: 'ride-hailer-demo',
    decision: 'allow',
    destination: 'the airport',
    rideType: 'xl',
  };
  return values[name] ?? 'known';
}

function path(shape: RequestShape, known: KnownValues): string {
  // Through a Buffer first: a lone surrogate becomes U+FFFD, as a client's UTF-8 encoder would send it.
  const segment = encodeURIComponent(Buffer.from(shape.pathValue ?? '', 'utf8').toString('utf8'));
  switch (shape.endpoint) {
    case 'auth':
      return '/auth';
    case 'login':
      return `/interaction/${shape.pathValue === undefined ? known.login.uid : segment}/login`;
    case 'consent':
      return `/interaction/${shape.pathValue === undefined ? known.consent.uid : segment}/consent`;
    case 'token':
      return '/token';
    case 'revocation':
      return '/token/revocation';
    case 'alexaBind':
      return `/v1/alexa/users/${shape.pathValue === undefined ? 'amzn1.ask.account.FUZZ' : segment}`;
    case 'alexaRevoke':
      return `/v1/alexa/users/${shape.pathValue === undefined ? 'amzn1.ask.account.FUZZ' : segment}/revoke`;
    case 'fares':
      return '/v1/fares';
    case 'me':
      return '/v1/me';
    case 'book':
      return '/v1/rides';
    case 'current':
      return '/v1/rides/current';
    case 'cancel':
      return `/v1/rides/${shape.pathValue === undefined ? 'ride_AAAAAAAAAAAAAAAAAAAAAA' : segment}/cancel`;
  }
}

/** The request line, headers and body for one generated shape. */
export function toRawRequest(
  shape: RequestShape,
  known: KnownValues,
): { line: string; headers: string[]; body?: string } {
  const method = shape.method ?? ENDPOINTS[shape.endpoint].method;
  const params = new URLSearchParams(
    shape.fields.map(([name, value]) => [name, value === 'KNOWN' ? knownValue(name, shape, known) : value]),
  );
  const inQuery = method === 'GET' || method === 'HEAD' || shape.endpoint === 'auth';
  const target = shape.oddTarget ?? `${path(shape, known)}${inQuery && params.size > 0 ? `?${params}` : ''}`;
  const headers: string[] = [];
  const host = { ours: known.host, evil: 'evil.example', malformed: '[', none: undefined }[shape.host];
  if (host !== undefined) headers.push(`Host: ${host}`);
  const basic = (secret: string) => `Basic ${Buffer.from(`${known.clientId}:${secret}`).toString('base64')}`;
  const authorization = {
    basic: basic(known.clientSecret),
    'wrong-basic': basic('not-the-secret'),
    bearer: `Bearer ${known.accessToken}`,
    garbage: 'Bearer <script>',
    both: `Bearer ${known.accessToken}, ${basic(known.clientSecret)}`,
    none: undefined,
  }[shape.authorization];
  if (authorization !== undefined) headers.push(`Authorization: ${authorization}`);
  const cookie = {
    known: shape.endpoint === 'consent' ? known.consent.cookie : known.login.cookie,
    garbage: '_interaction=%%%; a',
    none: undefined,
  }[shape.cookie];
  if (cookie !== undefined) headers.push(`Cookie: ${cookie}`);
  if (shape.fetchSite !== undefined) headers.push(`Sec-Fetch-Site: ${shape.fetchSite}`);
  if (shape.accept !== undefined) headers.push(`Accept: ${headerValue(shape.accept)}`);
  if (shape.contentType !== undefined) headers.push(`Content-Type: ${headerValue(shape.contentType)}`);
  for (const [name, value] of shape.extra) {
    if (name === 'Transfer-Encoding' || name === 'Expect') continue; // would change the framing of the raw request
    headers.push(`${name}: ${headerValue(value)}`);
  }
  if (inQuery || method === 'HEAD') return { line: `${method} ${target} HTTP/1.1`, headers };
  const json = shape.endpoint === 'book' || shape.contentType?.toLowerCase().includes('json');
  return {
    line: `${method} ${target} HTTP/1.1`,
    headers,
    body: json ? JSON.stringify(shape.jsonBody) : params.toString(),
  };
}
