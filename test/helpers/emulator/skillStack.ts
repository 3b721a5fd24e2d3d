import { parseSelector } from '../../../emulator/linking/selectors';
import type { EmulatorStack } from '../../../emulator/stack/emulatorStack';
import { type SkillStackOptions, startSkillStack } from '../../../emulator/stack/startSkillStack';
import { OIDC_SELECTORS, OIDC_USER, type OidcServer } from './oidcServer';

/** What each test chooses; the rest is a private emulator on free loopback ports. */
type Chosen = Pick<SkillStackOptions, 'skill' | 'skillPackageDir' | 'accountLinkingFile'> & Partial<SkillStackOptions>;

/** The emulator for a skill that is not Ride Hailer's, linking at `server` with its user and selectors. */
export function startOwnSkillStack(server: OidcServer, chosen: Chosen): Promise<EmulatorStack> {
  return startSkillStack({
    host: '127.0.0.1',
    emulatorPort: 0,
    lwaPort: 0,
    vendorId: 'M2RIDEHAILER',
    clientSecret: server.clientSecret,
    lwaClientSecret: 'unused',
    pkce: false,
    locale: 'en-US',
    login: { username: OIDC_USER.username, password: OIDC_USER.password },
    loginForm: {
      username: parseSelector(OIDC_SELECTORS.username),
      password: parseSelector(OIDC_SELECTORS.password),
      submit: parseSelector(OIDC_SELECTORS.submit),
      consent: parseSelector(OIDC_SELECTORS.consent),
    },
    ...chosen,
  });
}
