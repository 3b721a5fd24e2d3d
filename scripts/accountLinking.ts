// Account linking as code. `ask deploy` cannot send the account-linking configuration (the Skill Package
// API does not carry it), so this script applies accountLinking.json with SMAPI after a deploy and reports
// drift between the file and what Alexa has.
//
//   npm run account-linking -- apply [--stage development] [--file accountLinking.json] [--auth-base-url URL]
//                                    [--app-base-url URL]
//   npm run account-linking -- check [--stage development] [--file accountLinking.json] [--auth-base-url URL]
//                                    [--app-base-url URL]
//
// The client secret comes from ALEXA_CLIENT_SECRET and is written only to a private temporary file that is
// deleted after the call. See https://developer.amazon.com/docs/smapi/account-linking-operations.html
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);

/** The `accountLinkingRequest` payload (ask-smapi-model `AccountLinkingRequestPayload`, fields we use). */
export interface AccountLinkingRequest {
  type: 'AUTH_CODE' | 'IMPLICIT';
  authorizationUrl: string;
  accessTokenUrl?: string;
  accessTokenScheme?: 'HTTP_BASIC' | 'REQUEST_BODY_CREDENTIALS';
  clientId: string;
  clientSecret?: string;
  scopes?: string[];
  domains?: string[];
  defaultTokenExpirationInSeconds?: number;
  skipOnEnablement?: boolean;
  voiceForwardAccountLinking?: 'ENABLED' | 'DISABLED';
  /** Our app's universal links / app links that Alexa and LWA return the Amazon code to (linking from our app). */
  redirectUrls?: string[];
  /** Our app's links the Alexa app opens when the app is installed (linking from the Alexa app). */
  authorizationUrlsByPlatform?: { platformType: 'iOS' | 'Android'; platformAuthorizationUrl: string }[];
}

export class AccountLinkingConfigError extends Error {
  override name = 'AccountLinkingConfigError';
}

function withOrigin(url: string, base: string | undefined): string {
  if (base === undefined) return url;
  const target = new URL(url);
  const origin = new URL(base);
  return new URL(`${origin.pathname.replace(/\/$/, '')}${target.pathname}${target.search}`, origin.origin).toString();
}

/** An app link must be an https universal link / app link and must not carry its own state (Alexa adds one). */
function checkAppLink(field: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AccountLinkingConfigError(`${field} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:')
    throw new AccountLinkingConfigError(`${field} must use https (a universal link or app link)`);
  if (url.searchParams.has('state')) {
    throw new AccountLinkingConfigError(`${field} must not carry its own state parameter; Alexa adds and checks state`);
  }
}

/** App-to-app links moved to the app's origin, and checked: platform types iOS/Android, https, no state. */
function appLinks(template: AccountLinkingRequest, appBaseUrl: string | undefined): Partial<AccountLinkingRequest> {
  const redirectUrls = template.redirectUrls?.map((link) => withOrigin(link, appBaseUrl));
  const byPlatform = template.authorizationUrlsByPlatform?.map((entry) => ({
    ...entry,
    platformAuthorizationUrl: withOrigin(entry.platformAuthorizationUrl, appBaseUrl),
  }));
  for (const link of redirectUrls ?? []) checkAppLink('redirectUrls', link);
  for (const entry of byPlatform ?? []) {
    if (entry.platformType !== 'iOS' && entry.platformType !== 'Android') {
      throw new AccountLinkingConfigError('authorizationUrlsByPlatform: platformType must be iOS or Android');
    }
    checkAppLink(`authorizationUrlsByPlatform (${entry.platformType})`, entry.platformAuthorizationUrl ?? '');
  }
  return {
    ...(redirectUrls ? { redirectUrls } : {}),
    ...(byPlatform ? { authorizationUrlsByPlatform: byPlatform } : {}),
  };
}

/** The request SMAPI receives: the template with the secret filled in, checked against Alexa's rules. */
export function renderRequest(
  file: { accountLinkingRequest?: AccountLinkingRequest },
  options: { clientSecret?: string; authBaseUrl?: string; appBaseUrl?: string },
): { accountLinkingRequest: AccountLinkingRequest } {
  const template = file.accountLinkingRequest;
  if (template === undefined) {
    throw new AccountLinkingConfigError('the file must wrap the settings in {"accountLinkingRequest": {...}}');
  }
  if (template.clientSecret !== undefined) {
    throw new AccountLinkingConfigError('the file must not contain clientSecret; set ALEXA_CLIENT_SECRET instead');
  }
  if (!options.clientSecret) throw new AccountLinkingConfigError('ALEXA_CLIENT_SECRET is not set');
  const request: AccountLinkingRequest = {
    ...template,
    authorizationUrl: withOrigin(template.authorizationUrl, options.authBaseUrl),
    ...(template.accessTokenUrl ? { accessTokenUrl: withOrigin(template.accessTokenUrl, options.authBaseUrl) } : {}),
    ...appLinks(template, options.appBaseUrl),
    clientSecret: options.clientSecret,
  };
  for (const field of ['authorizationUrl', 'accessTokenUrl'] as const) {
    const value = request[field];
    if (value === undefined) continue;
    const url = new URL(value);
    if (url.protocol !== 'https:')
      throw new AccountLinkingConfigError(`${field} must use https (Alexa requires TLS on port 443)`);
    if (url.searchParams.has('state')) {
      throw new AccountLinkingConfigError(
        `${field} must not carry its own state parameter; Alexa adds and checks state`,
      );
    }
  }
  if (request.type === 'AUTH_CODE' && (!request.accessTokenUrl || !request.accessTokenScheme)) {
    throw new AccountLinkingConfigError('AUTH_CODE needs accessTokenUrl and accessTokenScheme');
  }
  if (request.defaultTokenExpirationInSeconds !== undefined && request.defaultTokenExpirationInSeconds < 360) {
    throw new AccountLinkingConfigError('defaultTokenExpirationInSeconds must be at least 360');
  }
  return { accountLinkingRequest: request };
}

/** Fields that differ between the intended request and `get-account-linking-info` (which omits the secret). */
export function diffAccountLinking(expected: AccountLinkingRequest, actual: Record<string, unknown>): string[] {
  const ignored = new Set(['clientSecret', 'skipOnEnablement', 'reciprocalAccessTokenUrl']);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const differences: string[] = [];
  for (const key of [...keys].sort()) {
    if (ignored.has(key)) continue;
    const want = JSON.stringify((expected as unknown as Record<string, unknown>)[key] ?? null);
    const have = JSON.stringify(actual[key] ?? null);
    if (want !== have) differences.push(`${key}: file ${want}, Alexa ${have}`);
  }
  return differences;
}

async function skillId(explicit: string | undefined, profile: string): Promise<string> {
  if (explicit) return explicit;
  const states = JSON.parse(await readFile('.ask/ask-states.json', 'utf8').catch(() => '{}'));
  const id = states.profiles?.[profile]?.skillId;
  if (!id) throw new AccountLinkingConfigError('no skill id: run `ask deploy` first or pass --skill-id');
  return id;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stage: { type: 'string', default: 'development' },
      file: { type: 'string', default: 'accountLinking.json' },
      'auth-base-url': { type: 'string' },
      'app-base-url': { type: 'string' },
      'skill-id': { type: 'string' },
      profile: { type: 'string', default: 'default' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || (command !== 'apply' && command !== 'check')) {
    console.log(
      'usage: npm run account-linking -- <apply|check> [--stage development|certified|live] [--file accountLinking.json]',
    );
    console.log('         [--auth-base-url https://auth.example.com] [--app-base-url https://www.example.com]');
    console.log('         [--skill-id amzn1.ask.skill...] [--profile default]');
    console.log(
      'apply: renders the file with ALEXA_CLIENT_SECRET and sends it with `ask smapi update-account-linking-info`',
    );
    console.log('check: compares the file with `ask smapi get-account-linking-info` and exits 1 on drift');
    return values.help ? 0 : 2;
  }
  const file = JSON.parse(await readFile(values.file, 'utf8'));
  const rendered = renderRequest(file, {
    clientSecret: process.env.ALEXA_CLIENT_SECRET,
    authBaseUrl: values['auth-base-url'],
    appBaseUrl: values['app-base-url'],
  });
  const id = await skillId(values['skill-id'], values.profile);
  const common = ['-s', id, '-g', values.stage, '-p', values.profile];
  if (command === 'check') {
    const { stdout } = await run('ask', ['smapi', 'get-account-linking-info', ...common]);
    const actual = JSON.parse(stdout).accountLinkingResponse ?? {};
    const differences = diffAccountLinking(rendered.accountLinkingRequest, actual);
    for (const line of differences) console.log(`drift: ${line}`);
    console.log(
      differences.length === 0 ? 'account linking matches the file' : `${differences.length} field(s) differ`,
    );
    return differences.length === 0 ? 0 : 1;
  }
  const dir = await mkdtemp(join(tmpdir(), 'account-linking-'));
  const path = join(dir, 'request.json');
  try {
    await writeFile(path, JSON.stringify(rendered), { mode: 0o600 });
    await run('ask', ['smapi', 'update-account-linking-info', ...common, '--account-linking-request', `file:${path}`]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`account linking applied to ${id} (${values.stage})`);
  return 0;
}

if (process.argv[1]?.endsWith('accountLinking.ts')) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`account-linking: ${error.message}`);
      process.exit(error instanceof AccountLinkingConfigError ? 2 : 1);
    },
  );
}
