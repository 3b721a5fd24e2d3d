import type { PageText } from './en';

/** Deutsch (Sie). */
export const de = {
  lang: 'de',
  linkingRequired: 'Kontoverknüpfung erforderlich',
  linkingAvailable: 'Kontoverknüpfung möglich',
  enabled: 'Aktiviert',
  notEnabled: 'Nicht aktiviert',
  linked: 'Verknüpft',
  notLinked: 'Nicht verknüpft',
  enable: 'Zum Verwenden aktivieren',
  link: 'Konto verknüpfen',
  unlink: 'Verknüpfung aufheben',
  disable: 'Skill deaktivieren',
  talkTitle: 'Mit Alexa sprechen',
  languageLabel: 'Sprache',
  utteranceLabel: 'Was Sie sagen',
  placeholder: 'öffne ride hailer',
  startHint: 'Sagen Sie „öffne ride hailer“, um zu beginnen.',
  say: 'Sagen',
  sessionOpen: 'Sitzung offen.',
  noSession: 'Keine offene Sitzung: Ihre nächsten Worte beginnen eine.',
  newSession: 'Neue Sitzung',
  activity: 'Aktivitäten',
  noCards: 'Noch keine Karten.',
  cardTitle: 'Verknüpfen Sie Ihr Konto bei {skill}',
  cardBody: '{skill} bittet Sie, Ihr Konto zu verknüpfen, damit Fahrten für Sie gebucht werden können.',
  linkedTitle: 'Verknüpft',
  linkedHeading: '{skill} wurde erfolgreich verknüpft.',
  linkedBody:
    'Sie können Alexa jetzt bitten, eine Fahrt zu bestellen. Wählen Sie „Fertig“, um zum Skill zurückzukehren.',
  failedTitle: 'Verknüpfung fehlgeschlagen',
  failedHeading: '{skill} konnte gerade nicht verknüpft werden.',
  failedDenied:
    'Sie haben sich gegen die Verknüpfung entschieden: Sie haben auf der Seite von {skill} „Nicht erlauben“ gewählt, daher hat Alexa keinen Zugriff erhalten. Sie können Ihr Konto jederzeit auf der Skill-Seite verknüpfen.',
  failedOther:
    'Ihr Konto ist nicht verknüpft: Die Anmeldung wurde nicht abgeschlossen, Alexa hat also noch keinen Zugriff. Bitte versuchen Sie es auf der Skill-Seite noch einmal.',
  done: 'Fertig',
  technicalDetails: 'Technische Details (Ablauf der Verknüpfung)',
} satisfies PageText;
