import type { LanguagePack } from './types';

/** Dutch (nl-NL). */
export const nl: LanguagePack = {
  launch: [
    'open {invocation}',
    'start {invocation}',
    'begin {invocation}',
    '{invocation} openen',
    '{invocation} starten',
  ],
  oneShot: [
    'vraag {invocation} om {utterance}',
    'vraag aan {invocation} {utterance}',
    'vraag {invocation} {utterance}',
    'zeg tegen {invocation} {utterance}',
    'vertel {invocation} {utterance}',
    'open {invocation} en {utterance}',
    'start {invocation} en {utterance}',
    '{utterance} met {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['help', 'hulp', 'help me', 'wat kan ik zeggen', 'wat kun je', 'hoe werkt dit'],
    'AMAZON.StopIntent': ['stop', 'stoppen', 'hou op', 'houd op', 'afsluiten', 'sluit af', 'klaar', 'wees stil'],
    'AMAZON.CancelIntent': ['annuleren', 'annuleer', 'laat maar', 'vergeet het', 'laat maar zitten'],
    'AMAZON.NavigateHomeIntent': ['naar het startscherm', 'naar huis', 'startscherm'],
  },
  yes: ['ja', 'jazeker', 'jawel', 'graag', 'prima', 'oké', 'ok', 'goed', 'zeker', 'ja graag', 'doe maar', 'klopt'],
  no: ['nee', 'neen', 'nee dank je', 'liever niet', 'absoluut niet', 'niet nu'],
  fillers: ['alsjeblieft', 'alstublieft', 'graag', 'kun je', 'dank je'],
  consent: {
    approve: [
      'ik ga akkoord',
      'akkoord',
      'ik keur het goed',
      'goedkeuren',
      'ik geef toestemming',
      'toestemming',
      'ik sta het toe',
      'toestaan',
      'ik stem in',
    ],
    deny: [
      'ik ga niet akkoord',
      'niet akkoord',
      'ik keur het niet goed',
      'ik weiger',
      'weigeren',
      'geen toestemming',
      'ik sta het niet toe',
    ],
  },
  digits: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen']],
};
