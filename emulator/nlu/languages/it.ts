import type { LanguagePack } from './types';

/** Italian (it-IT). */
export const it: LanguagePack = {
  launch: [
    'apri {invocation}',
    'avvia {invocation}',
    'lancia {invocation}',
    'inizia {invocation}',
    'aprire {invocation}',
  ],
  oneShot: [
    'chiedi a {invocation} di {utterance}',
    'chiedi a {invocation} {utterance}',
    'di a {invocation} di {utterance}',
    'dì a {invocation} di {utterance}',
    'dici a {invocation} di {utterance}',
    'apri {invocation} e {utterance}',
    'apri {invocation} per {utterance}',
    '{utterance} con {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['aiuto', 'aiutami', 'cosa posso dire', 'cosa sai fare', 'come funziona'],
    'AMAZON.StopIntent': ['stop', 'fermati', 'basta', 'esci', 'smettila', 'chiudi', 'zitta'],
    'AMAZON.CancelIntent': ['annulla', 'lascia perdere', 'lascia stare', 'annullare'],
    'AMAZON.NavigateHomeIntent': ['casa', 'vai alla home', 'home', 'schermata iniziale'],
  },
  yes: ['sì', 'si', 'certo', 'va bene', 'ok', 'okay', "d'accordo", 'sì grazie', 'esatto', 'certamente', 'volentieri'],
  no: ['no', 'no grazie', 'per niente', 'assolutamente no', 'non ora'],
  fillers: ['per favore', 'per piacere', 'grazie', 'puoi'],
  consent: {
    approve: [
      'approvo',
      'io approvo',
      'approva',
      'accetto',
      'acconsento',
      'autorizzo',
      "sono d'accordo",
      'do il consenso',
      'do il mio consenso',
    ],
    deny: ['non approvo', 'rifiuto', 'non accetto', 'non acconsento', 'non autorizzo', "non sono d'accordo"],
  },
  digits: [['zero'], ['uno', 'un'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
};
