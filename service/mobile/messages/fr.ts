import type { Messages } from './en';

/** Français. */
export const fr = {
  amazon_code_invalid: 'Votre connexion Amazon a expiré ou a déjà été utilisée. Recommencez l’association avec Alexa.',
  amazon_unavailable:
    'Impossible de joindre Amazon pour le moment : rien n’a été associé. Réessayez dans quelques minutes.',
  alexa_region_unknown:
    'Votre compte Amazon n’est pas encore configuré pour Alexa. Configurez d’abord l’application Alexa, puis associez à nouveau Ride Hailer.',
  alexa_enablement_failed:
    'Alexa n’a pas pu activer la skill Ride Hailer : rien n’a été associé. Réessayez dans quelques minutes.',
  alexa_not_reached:
    'Ride Hailer est dissocié de notre côté, mais Alexa n’a pas pu être jointe. Pour retirer aussi la skill, désactivez Ride Hailer dans l’application Alexa.',
  invalid_request: 'Cette demande d’association avec Alexa n’est pas valide. Recommencez depuis l’application Alexa.',
} satisfies Messages;
