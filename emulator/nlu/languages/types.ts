/**
 * What Alexa itself understands in one language, around the skill's own model: how users open a skill
 * ("{invocation}" marks the invocation name), one-shot carriers ("{utterance}" is passed to the skill), a
 * small list per built-in intent, the yes/no words that answer a Dialog.ConfirmIntent, filler words, and
 * what Alexa's own account-linking dialog understands (consent answers, digit words).
 */
export interface LanguagePack {
  launch: readonly string[];
  oneShot: readonly string[];
  builtIns: {
    'AMAZON.HelpIntent': readonly string[];
    'AMAZON.StopIntent': readonly string[];
    'AMAZON.CancelIntent': readonly string[];
    'AMAZON.NavigateHomeIntent': readonly string[];
  };
  yes: readonly string[];
  no: readonly string[];
  /** Politeness words people put around a request ("please", "bitte"); Alexa understands the request anyway. */
  fillers: readonly string[];
  /** Answers to Alexa's own consent question in voice-forward account linking ("I approve"; plain yes/no work too). */
  consent: { approve: readonly string[]; deny: readonly string[] };
  /** Digit words, 0 to 9 (each with its synonyms), for one-time codes spoken as words. */
  digits: readonly (readonly string[])[];
}
