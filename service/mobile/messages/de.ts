import type { Messages } from './en';

/** Deutsch. */
export const de = {
  amazon_code_invalid:
    'Deine Amazon-Anmeldung ist abgelaufen oder wurde schon verwendet. Starte die Verknüpfung mit Alexa noch einmal.',
  amazon_unavailable:
    'Amazon ist gerade nicht erreichbar, deshalb wurde nichts verknüpft. Versuche es in ein paar Minuten erneut.',
  alexa_region_unknown:
    'Dein Amazon-Konto ist noch nicht für Alexa eingerichtet. Richte zuerst die Alexa-App ein und verknüpfe Ride Hailer dann erneut.',
  alexa_enablement_failed:
    'Alexa konnte den Ride-Hailer-Skill nicht aktivieren, deshalb wurde nichts verknüpft. Versuche es in ein paar Minuten erneut.',
  alexa_not_reached:
    'Ride Hailer ist bei uns nicht mehr verknüpft, aber Alexa war nicht erreichbar. Deaktiviere den Ride-Hailer-Skill in der Alexa-App, um ihn auch dort zu entfernen.',
  invalid_request: 'Diese Anfrage zur Verknüpfung mit Alexa ist ungültig. Starte noch einmal in der Alexa-App.',
} satisfies Messages;
