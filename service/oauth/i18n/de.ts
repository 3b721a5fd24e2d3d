import type { Catalog } from './en';

/** Deutsch, mit „Sie“ wie im Skill (lambda/prompts/REGISTER.md). */
export const de = {
  lang: 'de',
  appName: 'Ride Hailer',
  loginTitle: 'Anmelden – Ride Hailer',
  loginHeading: 'Melden Sie sich an, um Ride Hailer mit Alexa zu verknüpfen',
  loginIntro: 'Nutzen Sie die E-Mail-Adresse und das Passwort Ihres Ride-Hailer-Kontos. Alexa sieht Ihr Passwort nie.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signIn: 'Anmelden',
  missingFields: 'Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.',
  invalidCredentials:
    'E-Mail-Adresse und Passwort passen zu keinem Konto. Prüfen Sie beides und versuchen Sie es noch einmal.',
  throttled: 'Zu viele Anmeldeversuche. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.',
  consentTitle: 'Zugriff erlauben – Ride Hailer',
  consentHeading: 'Darf Alexa Ihr Ride-Hailer-Konto nutzen?',
  signedInAs: 'Angemeldet als {name}',
  consentIntro: 'Wenn Sie zustimmen, kann Alexa:',
  scopeProfile: 'Ihren Namen und Ihre E-Mail-Adresse sehen',
  scopeRidesRead: 'den Stand Ihrer aktuellen Fahrt abfragen',
  scopeRidesWrite: 'Fahrten für Sie buchen und stornieren',
  allow: 'Erlauben',
  deny: 'Nicht erlauben',
  consentNote:
    'Sie können die Verknüpfung jederzeit aufheben, indem Sie den Ride-Hailer-Skill in der Alexa-App deaktivieren.',
  linkedTitle: 'Verknüpft – Ride Hailer',
  linkedHeading: 'Ride Hailer ist jetzt mit Alexa verknüpft',
  linkedBody:
    'Alles erledigt. Wir bringen Sie zurück zur Alexa-App – dort können Sie gleich per Sprache Fahrten buchen.',
  continue: 'Zurück zu Alexa',
  errorTitle: 'Etwas ist schiefgelaufen – Ride Hailer',
  errorHeading: 'Die Verknüpfung konnte nicht abgeschlossen werden',
  errorExpired:
    'Diese Anmeldeseite ist abgelaufen. Gehen Sie zurück zur Alexa-App und starten Sie die Verknüpfung neu.',
  errorInvalidRequest:
    'Diese Verknüpfungsanfrage ist ungültig. Gehen Sie zurück zur Alexa-App und versuchen Sie es noch einmal.',
  errorForbidden:
    'Dieses Formular konnte nicht angenommen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  errorServer: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  errorCode: 'Fehlercode',
} satisfies Catalog;
