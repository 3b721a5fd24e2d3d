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
import type { v1 } from 'ask-smapi-model';

const run = promisify(execFile);

type SmapiPayload = v1.skill.accountLinking.AccountLinkingRequestPayload;

/**
 * The `accountLinkingRequest` payload: SMAPI's own type from ask-smapi-model (where every field is optional),
 * with the fields every request of ours carries made required.
 */
export type AccountLinkingRequest = SmapiPayload &
  Required<Pick<SmapiPayload, 'type' | 'authorizationUrl' | 'clientId'>>;

/** What `update-account-linking-info` sends: SMAPI's request body type. */
export type RenderedRequest = v1.skill.accountLinking.AccountLinkingRequest & {
  accountLinkingRequest: AccountLinkingRequest;
};

export class AccountLinkingConfigError extends Error {
  override name = 'AccountLinkingConfigError';
}

/** `url` moved onto `base`'s origin, under `base`'s path; unchanged without a base. */
export function withOrigin(url: string, base: string | undefined): string {
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
): RenderedRequest {
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

/** The `ask smapi` arguments for applying (from a request file) or reading the account-linking settings. */
export function smapiArgs(
  command: 'apply' | 'check',
  target: { skillId: string; stage: string; profile: string; requestFile?: string },
): string[] {
  const common = ['-s', target.skillId, '-g', target.stage, '-p', target.profile];
  return command === 'check'
    ? ['smapi', 'get-account-linking-info', ...common]
    : ['smapi', 'update-account-linking-info', ...common, '--account-linking-request', `file:${target.requestFile}`];
}

/** The command line: `apply` or `check`, with options; answers the exit code. `npm run deploy` calls it too. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
    clientSecret: env.ALEXA_CLIENT_SECRET,
    authBaseUrl: values['auth-base-url'],
    appBaseUrl: values['app-base-url'],
  });
  const id = await skillId(values['skill-id'], values.profile);
  const target = { skillId: id, stage: values.stage, profile: values.profile };
  if (command === 'check') {
    const { stdout } = await run('ask', smapiArgs('check', target));
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
    await run('ask', smapiArgs('apply', { ...target, requestFile: path }));
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
