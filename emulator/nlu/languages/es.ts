import type { LanguagePack } from './types';

/** Spanish (es-ES, es-MX, es-US). */
export const es: LanguagePack = {
  launch: [
    'abre {invocation}',
    'abrir {invocation}',
    'inicia {invocation}',
    'lanza {invocation}',
    'empieza {invocation}',
  ],
  oneShot: [
    'pide a {invocation} que {utterance}',
    'pídele a {invocation} que {utterance}',
    'pregunta a {invocation} {utterance}',
    'pregúntale a {invocation} {utterance}',
    'dile a {invocation} que {utterance}',
    'abre {invocation} y {utterance}',
    'abre {invocation} para {utterance}',
    '{utterance} con {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'qué puedo decir', 'qué puedes hacer', 'cómo funciona'],
    'AMAZON.StopIntent': ['para', 'detente', 'stop', 'salir', 'sal', 'basta', 'cállate', 'termina'],
    'AMAZON.CancelIntent': ['cancelar', 'cancela', 'olvídalo', 'déjalo', 'cancela eso'],
    'AMAZON.NavigateHomeIntent': ['ir al inicio', 'inicio', 'pantalla de inicio'],
  },
  yes: [
    'sí',
    'si',
    'claro',
    'vale',
    'de acuerdo',
    'por supuesto',
    'ok',
    'okey',
    'sí por favor',
    'adelante',
    'correcto',
  ],
  no: ['no', 'no gracias', 'para nada', 'de ninguna manera', 'ahora no'],
  fillers: ['por favor', 'gracias', 'puedes', 'podrías'],
};
