import { createHash } from 'node:crypto';
import type { AlexaSide } from '../../../emulator/amazon/alexaApi/types';
import { DEMO_AMAZON_ACCOUNT, LwaState } from '../../../emulator/amazon/lwa/LwaState';
import { type AmazonStandIn, startAmazonStandIn } from '../../../emulator/amazon/server';
import { AccountLinker } from '../../../emulator/linking/AccountLinker';
import type { AccessTokenScheme } from '../../../emulator/linking/config';
import type { TokenSet } from '../../../emulator/linking/tokenRules';
import { CLIENT_ID, CLIENT_SECRET } from './alexa';
import { APP } from './app';

/** The skill's "Alexa Client ID" and secret the service uses at LWA in these tests. */
export const SKILL_CLIENT = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'test-app-to-app-secret' };
export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000test';

/** What Alexa holds after a link, and the code it redeemed (for replay tests). */
export interface AlexaLink {
  tokens: TokenSet | undefined;
  code: string;
  outcome: string;
}

/** The Amazon stand-in plus a small Alexa that redeems the service's codes with the emulator's rules. */
export interface AmazonForService {
  amazon: AmazonStandIn;
  /** The service environment that points it at the stand-in. */
  env: Record<string, string>;
  /** Alexa's side: the last link per Amazon account, and whether the skill is enabled. */
  links: Map<string, AlexaLink>;
  enabled: Set<string>;
  /** Moves Amazon's clock ahead (codes live 5 minutes, tokens 1 hour). */
  advanceAmazonClock(seconds: number): void;
  /** Sets the token URL and scheme Alexa uses (once the service is up). */
  useTokenEndpoint(tokenUrl: string, scheme: AccessTokenScheme): void;
  /** An Amazon authorization code for `alexa::skills:account_linking`, as the Alexa app or LWA would issue. */
  amazonCode(options?: { challengeFor?: string; redirectUri?: string }): string;
  close(): Promise<void>;
}

/**
 * Starts the emulator's Amazon stand-in (real HTTP on 127.0.0.1:0) for a service under test: LWA and the Alexa
 * API, with an Alexa that redeems codes at the service's token endpoint through AccountLinker.
 */
export async function startAmazonForService(): Promise<AmazonForService> {
  const links = new Map<string, AlexaLink>();
  const enabled = new Set<string>();
  let linker: AccountLinker | undefined;
  const alexa: AlexaSide = {
    async enableAndLink(email, request) {
      if (linker === undefined) throw new Error('call useTokenEndpoint first');
      const result = await linker.redeem(email, request.authCode, request.redirectUri);
      links.set(email, { tokens: result.tokens, code: request.authCode, outcome: result.trace.outcome });
      if (result.tokens !== undefined) enabled.add(email);
      return { linked: result.tokens !== undefined, reason: result.trace.outcome };
    },
    status: (email) => ({
      userId: `amzn1.ask.account.${email}`,
      enabled: enabled.has(email),
      linked: links.get(email)?.tokens !== undefined && enabled.has(email),
    }),
    async disable(email) {
      enabled.delete(email);
      links.delete(email);
    },
  };
  let skewMs = 0;
  const amazon = await startAmazonStandIn({
    lwa: new LwaState([DEMO_AMAZON_ACCOUNT], () => Date.now() + skewMs),
    clients: [{ ...SKILL_CLIENT, redirectUris: [APP.alexaLink] }],
    skill: { skillId: SKILL_ID, clientId: SKILL_CLIENT.clientId, redirectUrls: [APP.alexaLink] },
    alexa: () => alexa,
  });
  return {
    amazon,
    env: {
      ALEXA_APP_TO_APP_CLIENT_ID: SKILL_CLIENT.clientId,
      ALEXA_APP_TO_APP_CLIENT_SECRET: SKILL_CLIENT.clientSecret,
      ALEXA_SKILL_ID: SKILL_ID,
      LWA_TOKEN_URL: `${amazon.url}/auth/o2/token`,
      ALEXA_API_URL: amazon.alexaApiUrl('api.amazonalexa.com'),
      ALEXA_REGION_URL_TEMPLATE: `${amazon.url}/{endpoint}`,
    },
    links,
    enabled,
    advanceAmazonClock(seconds) {
      skewMs += seconds * 1000;
    },
    useTokenEndpoint(tokenUrl, scheme) {
      linker = new AccountLinker(
        {
          type: 'AUTH_CODE',
          authorizationUrl: tokenUrl.replace(/\/token$/, '/auth'),
          accessTokenUrl: tokenUrl,
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          accessTokenScheme: scheme,
          scopes: [],
          pkce: false,
        },
        APP.alexaLink,
      );
    },
    amazonCode(options = {}) {
      const pending = amazon.lwa.startAuthorization({
        clientId: SKILL_CLIENT.clientId,
        redirectUri: options.redirectUri ?? APP.alexaLink,
        scope: 'alexa::skills:account_linking',
        state: 'app-state',
        codeChallenge:
          options.challengeFor === undefined
            ? undefined
            : createHash('sha256').update(options.challengeFor).digest('base64url'),
      });
      return amazon.lwa.issueCode(pending, DEMO_AMAZON_ACCOUNT.email);
    },
    close: () => amazon.close(),
  };
}
