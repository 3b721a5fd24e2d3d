import type { LanguagePack } from './types';

/** Portuguese (pt-BR). */
export const pt: LanguagePack = {
  launch: [
    'abra {invocation}',
    'abre {invocation}',
    'abrir {invocation}',
    'inicie {invocation}',
    'iniciar {invocation}',
    'abra o {invocation}',
    'abre o {invocation}',
    'abrir o {invocation}',
    'inicie o {invocation}',
    'iniciar o {invocation}',
    'abra a {invocation}',
  ],
  oneShot: [
    'peça ao {invocation} para {utterance}',
    'peça à {invocation} para {utterance}',
    'peça a {invocation} para {utterance}',
    'peça para {invocation} {utterance}',
    'pergunte ao {invocation} {utterance}',
    'pergunte à {invocation} {utterance}',
    'pergunte a {invocation} {utterance}',
    'diga ao {invocation} para {utterance}',
    'abra {invocation} e {utterance}',
    'abra o {invocation} e {utterance}',
    'pede pro {invocation} {utterance}',
    '{utterance} com {invocation}',
  ],
  builtIns: {
    'AMAZON.HelpIntent': ['ajuda', 'me ajuda', 'me ajude', 'o que posso dizer', 'o que você pode fazer'],
    'AMAZON.StopIntent': ['pare', 'parar', 'para', 'sair', 'chega', 'fique quieta', 'encerrar'],
    'AMAZON.CancelIntent': ['cancelar', 'cancela', 'esquece', 'deixa pra lá', 'cancele'],
    'AMAZON.NavigateHomeIntent': ['ir para o início', 'início', 'tela inicial'],
  },
  yes: ['sim', 'claro', 'pode', 'pode sim', 'isso', 'com certeza', 'ok', 'okay', 'tá bom', 'sim por favor', 'correto'],
  no: ['não', 'nao', 'não obrigado', 'não obrigada', 'de jeito nenhum', 'agora não'],
  fillers: ['por favor', 'obrigado', 'obrigada', 'você pode', 'pode'],
};
