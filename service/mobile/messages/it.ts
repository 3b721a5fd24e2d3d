import type { Messages } from './en';

/** Italiano. */
export const it = {
  amazon_code_invalid: 'L’accesso ad Amazon è scaduto o è già stato usato. Ricomincia il collegamento con Alexa.',
  amazon_unavailable:
    'Al momento non riusciamo a raggiungere Amazon, quindi non è stato collegato nulla. Riprova tra qualche minuto.',
  alexa_region_unknown:
    'Il tuo account Amazon non è ancora configurato per Alexa. Configura prima l’app Alexa, poi collega di nuovo Ride Hailer.',
  alexa_enablement_failed:
    'Alexa non è riuscita ad attivare la skill Ride Hailer, quindi non è stato collegato nulla. Riprova tra qualche minuto.',
  alexa_not_reached:
    'Ride Hailer è scollegato da parte nostra, ma non siamo riusciti a raggiungere Alexa. Per rimuovere anche la skill, disattiva Ride Hailer nell’app Alexa.',
  invalid_request: 'Questa richiesta di collegamento con Alexa non è valida. Ricomincia dall’app Alexa.',
} satisfies Messages;
