import type { Messages } from './en';

/** Nederlands. */
export const nl = {
  amazon_code_invalid: 'Je Amazon-aanmelding is verlopen of al gebruikt. Begin opnieuw met koppelen aan Alexa.',
  amazon_unavailable:
    'We konden Amazon nu niet bereiken, dus er is niets gekoppeld. Probeer het over een paar minuten opnieuw.',
  alexa_region_unknown:
    'Je Amazon-account is nog niet ingesteld voor Alexa. Stel eerst de Alexa-app in en koppel Ride Hailer daarna opnieuw.',
  alexa_enablement_failed:
    'Alexa kon de Ride Hailer-skill niet inschakelen, dus er is niets gekoppeld. Probeer het over een paar minuten opnieuw.',
  alexa_not_reached:
    'Ride Hailer is bij ons ontkoppeld, maar we konden Alexa niet bereiken. Schakel Ride Hailer uit in de Alexa-app om de skill daar ook te verwijderen.',
  invalid_request: 'Dit verzoek om met Alexa te koppelen is niet geldig. Begin opnieuw in de Alexa-app.',
} satisfies Messages;
