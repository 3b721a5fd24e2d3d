/**
 * English text of the emulated Alexa app pages; the shape every other language must have. `{skill}` is the
 * skill's name, `{invocation}` its invocation name in the user's locale. Register per language: lambda/prompts/REGISTER.md.
 */
export const en = {
  lang: 'en',
  linkingRequired: 'Account linking required',
  linkingAvailable: 'Account linking available',
  enabled: 'Enabled',
  notEnabled: 'Not enabled',
  linked: 'Linked',
  notLinked: 'Not linked',
  enable: 'Enable to use',
  link: 'Link account',
  unlink: 'Unlink account',
  disable: 'Disable skill',
  talkTitle: 'Talk to Alexa',
  languageLabel: 'Language',
  utteranceLabel: 'What you say',
  placeholder: 'open {invocation}',
  startHint: 'Say "open {invocation}" to start.',
  say: 'Say',
  sessionOpen: 'Session open.',
  noSession: 'No open session: the next words start one.',
  newSession: 'New session',
  activity: 'Activity',
  noCards: 'No cards yet.',
  cardTitle: 'Link your {skill} account',
  cardBody: '{skill} asks you to link your account so that it can act for you.',
  linkedTitle: 'Linked',
  linkedHeading: '{skill} has been successfully linked.',
  linkedBody: 'You can now use {skill} with Alexa. Choose Done to go back to the skill.',
  failedTitle: 'Linking failed',
  failedHeading: 'We were unable to link {skill} at this time.',
  failedDenied:
    'You chose not to link your account: you selected “Don’t allow” on the {skill} page, so Alexa got no access. You can link it whenever you like from the skill page.',
  failedOther:
    'Your account is not linked: the sign-in did not finish, so Alexa has no access yet. Please try again from the skill page.',
  done: 'Done',
  technicalDetails: 'Technical details (linking trace)',
};

/** The shape of every page catalog. */
export type PageText = { readonly [K in keyof typeof en]: string };
