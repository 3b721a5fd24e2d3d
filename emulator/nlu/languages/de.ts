import type { LanguagePack } from './types';

/** German (de-DE). */
export const de: LanguagePack = {
  launch: [
    'öffne {invocation}',
    'starte {invocation}',
    '{invocation} öffnen',
    '{invocation} starten',
    'start {invocation}',
  ],
  oneShot: [
    'frag {invocation} {utterance}',
    'frage {invocation} {utterance}',
    'frag {invocation} nach {utterance}',
    'frage {invocation} nach {utterance}',
    'sag {invocation} {utterance}',
    'sage {invocation} {utterance}',
    'bitte {invocation} {utterance}',
    'bitte {invocation} um {utterance}',
    'öffne {invocation} und {utterance}',
    'starte {invocation} und {utterance}',
    '{utterance} mit {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kannst du', 'wie funktioniert das'],
    'AMAZON.StopIntent': ['stopp', 'stop', 'halt', 'beenden', 'beende', 'aufhören', 'hör auf', 'sei still', 'ende'],
    'AMAZON.CancelIntent': ['abbrechen', 'brich ab', 'vergiss es', 'egal', 'abbruch'],
    'AMAZON.NavigateHomeIntent': ['nach hause', 'zum startbildschirm', 'startseite'],
  },
  yes: ['ja', 'jawohl', 'klar', 'gerne', 'gern', 'genau', 'ok', 'okay', 'sicher', 'na klar', 'ja bitte', 'mach das'],
  no: ['nein', 'nee', 'nö', 'nicht', 'lieber nicht', 'nein danke', 'auf keinen fall'],
  fillers: ['bitte', 'kannst du', 'könntest du', 'danke'],
};
