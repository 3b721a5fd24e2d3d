import type { LanguagePack } from './types';

/** English (en-US, en-GB, en-IN, en-CA, en-AU). */
export const en: LanguagePack = {
  launch: ['open {invocation}', 'start {invocation}', 'launch {invocation}', 'begin {invocation}', 'play {invocation}'],
  oneShot: [
    'ask {invocation} to {utterance}',
    'ask {invocation} for {utterance}',
    'ask {invocation} {utterance}',
    'tell {invocation} to {utterance}',
    'tell {invocation} {utterance}',
    'use {invocation} to {utterance}',
    'open {invocation} and {utterance}',
    'open {invocation} to {utterance}',
    'start {invocation} and {utterance}',
    'launch {invocation} and {utterance}',
    '{utterance} with {invocation}',
    '{utterance} using {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'what can you do', 'how does this work'],
    'AMAZON.StopIntent': ['stop', 'quit', 'exit', 'shut up', 'off', 'be quiet', "that's enough"],
    'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it', 'cancel that'],
    'AMAZON.NavigateHomeIntent': ['go home', 'go to the home screen', 'home'],
  },
  yes: ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'of course', 'please do', 'go ahead', 'correct', 'do it'],
  no: ['no', 'nope', 'nah', 'no thanks', 'no thank you', "don't", 'do not', 'not now'],
  fillers: ['please', 'could you', 'can you', 'would you', 'thanks', 'thank you'],
};
