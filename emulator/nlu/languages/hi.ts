import type { LanguagePack } from './types';

/** Hindi (hi-IN). Indian users mix in English, so the English launch words work as well. */
export const hi: LanguagePack = {
  launch: [
    '{invocation} खोलो',
    '{invocation} खोलें',
    '{invocation} खोल दो',
    '{invocation} शुरू करो',
    '{invocation} शुरू करें',
    '{invocation} चालू करो',
    '{invocation} चलाओ',
    'open {invocation}',
    'start {invocation}',
  ],
  oneShot: [
    '{invocation} से पूछो कि {utterance}',
    '{invocation} से पूछिए कि {utterance}',
    '{invocation} को बोलो कि {utterance}',
    '{invocation} से {utterance}',
    '{invocation} से पूछो {utterance}',
    '{invocation} को बोलो {utterance}',
    '{invocation} को कहो {utterance}',
    '{invocation} खोलो और {utterance}',
    'ask {invocation} to {utterance}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['मदद', 'मदद करो', 'मेरी मदद करो', 'सहायता', 'मैं क्या बोल सकता हूँ', 'help'],
    'AMAZON.StopIntent': ['रुको', 'रुक जाओ', 'बंद करो', 'बस', 'बस करो', 'रोको', 'stop'],
    'AMAZON.CancelIntent': ['रद्द करो', 'रद्द करें', 'कैंसल', 'कैंसल करो', 'छोड़ो', 'cancel'],
    'AMAZON.NavigateHomeIntent': ['होम पर जाओ', 'होम स्क्रीन', 'होम'],
  },
  yes: ['हाँ', 'हां', 'हा', 'जी हाँ', 'जी हां', 'हाँ जी', 'जी', 'ठीक है', 'बिल्कुल', 'हाँ करो', 'yes', 'ok', 'okay'],
  no: ['नहीं', 'नही', 'ना', 'जी नहीं', 'नहीं चाहिए', 'मत करो', 'no'],
  fillers: ['कृपया', 'प्लीज़', 'please', 'ज़रा', 'धन्यवाद'],
};
