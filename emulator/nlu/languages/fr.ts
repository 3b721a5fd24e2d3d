import type { LanguagePack } from './types';

/** French (fr-FR, fr-CA). */
export const fr: LanguagePack = {
  launch: [
    'ouvre {invocation}',
    'ouvrir {invocation}',
    'lance {invocation}',
    'démarre {invocation}',
    'commence {invocation}',
  ],
  oneShot: [
    'demande à {invocation} de {utterance}',
    "demande à {invocation} d'{utterance}",
    'demande à {invocation} {utterance}',
    'dis à {invocation} de {utterance}',
    'dis à {invocation} {utterance}',
    'ouvre {invocation} et {utterance}',
    'lance {invocation} et {utterance}',
    'ouvre {invocation} pour {utterance}',
    '{utterance} avec {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['aide', 'aide moi', 'aidez moi', "à l'aide", 'que puis je dire', 'que peux tu faire'],
    'AMAZON.StopIntent': ['stop', 'arrête', 'arrêter', 'arrête toi', 'quitter', 'quitte', 'tais toi', 'ça suffit'],
    'AMAZON.CancelIntent': ['annuler', 'annule', 'laisse tomber', 'oublie', 'annule ça'],
    'AMAZON.NavigateHomeIntent': ['à la maison', "retour à l'accueil", 'accueil', "va à l'accueil"],
  },
  yes: ['oui', 'ouais', "d'accord", 'bien sûr', 'ok', 'okay', 'oui merci', 'vas y', 'exactement', 'volontiers'],
  no: ['non', 'non merci', 'pas du tout', 'surtout pas', 'pas maintenant'],
  fillers: ['s il te plaît', 's il vous plaît', 'merci', 'peux tu', 'pourrais tu'],
  consent: {
    approve: [
      "j'approuve",
      'approuver',
      "j'accepte",
      'accepter',
      "je suis d'accord",
      "d'accord",
      'j autorise',
      "j'autorise",
      'autoriser',
      'je donne mon accord',
      'je consens',
    ],
    deny: [
      "je n'approuve pas",
      'je refuse',
      'refuser',
      "je ne suis pas d'accord",
      "je n'autorise pas",
      'je ne donne pas mon accord',
    ],
  },
  digits: [['zéro'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
};
