import type { Catalog } from './en';

/** Deutsch. */
export const de = {
  lang: 'de',
  appName: 'Ride Hailer',
  loginTitle: 'Anmelden – Ride Hailer',
  loginHeading: 'Melde dich an, um Ride Hailer mit Alexa zu verknüpfen',
  loginIntro: 'Nutze die E-Mail-Adresse und das Passwort deines Ride-Hailer-Kontos. Alexa sieht dein Passwort nie.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signIn: 'Anmelden',
  missingFields: 'Gib deine E-Mail-Adresse und dein Passwort ein.',
  invalidCredentials: 'E-Mail-Adresse und Passwort passen zu keinem Konto. Prüfe beides und versuche es noch einmal.',
  throttled: 'Zu viele Anmeldeversuche. Warte ein paar Minuten und versuche es dann erneut.',
  consentTitle: 'Zugriff erlauben – Ride Hailer',
  consentHeading: 'Darf Alexa dein Ride-Hailer-Konto nutzen?',
  signedInAs: 'Angemeldet als {name}',
  consentIntro: 'Wenn du zustimmst, kann Alexa:',
  scopeProfile: 'deinen Namen und deine E-Mail-Adresse sehen',
  scopeRidesRead: 'den Stand deiner aktuellen Fahrt abfragen',
  scopeRidesWrite: 'Fahrten für dich buchen und stornieren',
  allow: 'Erlauben',
  deny: 'Nicht erlauben',
  consentNote:
    'Du kannst die Verknüpfung jederzeit aufheben, indem du den Ride-Hailer-Skill in der Alexa-App deaktivierst.',
  linkedTitle: 'Verknüpft – Ride Hailer',
  linkedHeading: 'Ride Hailer ist jetzt mit Alexa verknüpft',
  linkedBody:
    'Alles erledigt. Wir bringen dich zurück zur Alexa-App – dort kannst du gleich per Sprache Fahrten buchen.',
  continue: 'Zurück zu Alexa',
  errorTitle: 'Etwas ist schiefgelaufen – Ride Hailer',
  errorHeading: 'Die Verknüpfung konnte nicht abgeschlossen werden',
  errorExpired: 'Diese Anmeldeseite ist abgelaufen. Geh zurück zur Alexa-App und starte die Verknüpfung neu.',
  errorInvalidRequest: 'Diese Verknüpfungsanfrage ist ungültig. Geh zurück zur Alexa-App und versuche es noch einmal.',
  errorForbidden: 'Dieses Formular konnte nicht angenommen werden. Lade die Seite neu und versuche es noch einmal.',
  errorServer: 'Bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
  errorCode: 'Fehlercode',
} satisfies Catalog;
