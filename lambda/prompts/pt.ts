import type { Catalog } from './catalog';

/** Brazilian Portuguese speech (pt-BR). Address with "você". */
export const pt = {
  'link.prompt':
    'Para pedir corridas, vincule sua conta do Ride Hailer. Enviei um cartão para a tela inicial do seu aplicativo Alexa. Abra o cartão e siga as instruções.',
  'link.promptScreen':
    'Para pedir corridas, vincule sua conta do Ride Hailer. Escaneie com o celular o código QR na tela, ou abra o cartão que enviei para o seu aplicativo Alexa.',
  'link.alreadyLinked':
    'Sua conta do Ride Hailer já está vinculada, então está tudo pronto. O que você gostaria de fazer?',
  'launch.welcome':
    'Que bom ter você de volta, {name}. Você pode pedir um carro, perguntar onde está sua corrida ou consultar um preço. O que você gostaria de fazer?',
  'launch.welcomeNoName':
    'Que bom ter você de volta ao Ride Hailer. Você pode pedir um carro, perguntar onde está sua corrida ou consultar um preço. O que você gostaria de fazer?',
  'launch.reprompt': 'Por exemplo, diga: peça um carro para o aeroporto.',
  'launch.unlinked':
    'Boas-vindas ao Ride Hailer. Posso dizer agora mesmo quanto custa uma corrida, por exemplo: quanto custa uma corrida até a rodoviária? Para pedir corridas, vincule sua conta dizendo: vincula minha conta. O que você gostaria de fazer?',
  'launch.unlinkedReprompt':
    'Você pode perguntar quanto custa uma corrida até a rodoviária, ou dizer: vincula minha conta.',
  'link.offer':
    'Boas-vindas ao Ride Hailer. Já posso dizer quanto custa uma corrida. Se você vincular sua conta, também posso pedir corridas para você. Quer vincular agora? Você pode dizer: vincula minha conta, ou não.',
  'link.offerForRequest':
    'Posso fazer isso assim que sua conta estiver vinculada. Aí posso pedir corridas para você e acompanhá-las. Quer vincular agora? Você pode dizer: vincula minha conta, ou não.',
  'link.offerReprompt': 'Quer vincular sua conta agora? Diga: vincula minha conta, ou não.',
  'link.starting': 'Certo, vamos vincular sua conta.',
  'link.declined':
    'Sem problemas. Você ainda pode me perguntar quanto custa uma corrida, e quando quiser pedir uma, é só dizer: vincula minha conta. O que você gostaria de fazer?',
  'link.voiceDenied':
    'Certo, sua conta continua sem vínculo. Ainda posso dizer quanto custa uma corrida. O que você gostaria de fazer?',
  'link.linkedReady':
    'Sua conta está vinculada, então agora posso pedir corridas para você e acompanhá-las. O que você gostaria de fazer?',
  'order.confirmAfterLink':
    'Agora posso pedir sua corrida. Uma {rideType} para {destination} custa cerca de {fare}, e o motorista pode buscar você em {eta}. Quer que eu faça o pedido?',
  'order.askDestinationAfterLink': 'Agora posso pedir corridas para você. Para onde você quer ir?',
  'resume.lost':
    'Desculpe, perdi o fio da conversa. Você pode pedir um carro ou perguntar quanto custa uma corrida. O que você gostaria de fazer?',
  'order.askDestination': 'Para onde você quer ir?',
  'order.askDestinationReprompt': 'Me diga para onde você quer ir, por exemplo, a rodoviária.',
  'order.confirm':
    'Uma {rideType} para {destination} custa cerca de {fare}, e o motorista pode buscar você em {eta}. Quer que eu faça o pedido?',
  'order.confirmReprompt': 'Quer que eu peça esta corrida? Diga sim ou não.',
  'order.booked':
    'Sua corrida está confirmada. {driver} vai buscar você em cerca de {eta}. Carro: {car}, placa {plate}.',
  'order.declined': 'Tudo bem, não pedi nada.',
  'order.conflict': 'Você já tem uma corrida a caminho. Pode me perguntar onde ela está, ou cancelá-la primeiro.',
  'status.active':
    '{driver} está a caminho para buscar você e chega em cerca de {eta}. Carro: {car}, placa {plate}. Destino: {destination}.',
  'status.none': 'Você não tem nenhuma corrida pedida agora. Para pedir uma, diga: peça um carro para o aeroporto.',
  'cancel.confirm': 'Quer que eu cancele sua corrida para {destination}?',
  'cancel.confirmReprompt': 'Devo cancelar a corrida? Diga sim ou não.',
  'cancel.done': 'Pronto. Sua corrida para {destination} foi cancelada.',
  'cancel.kept': 'Tudo bem, sua corrida continua a caminho.',
  'cancel.none': 'Não há nenhuma corrida para cancelar agora.',
  'fare.askDestination': 'Para qual destino você quer saber o preço?',
  'fare.askDestinationReprompt': 'Me diga o destino, por exemplo, o centro da cidade.',
  'fare.estimate': 'Uma {rideType} para {destination} custa cerca de {fare}, e o motorista pode buscar você em {eta}.',
  'common.anythingElse': 'Posso ajudar com mais alguma coisa?',
  'help.text':
    'Com o Ride Hailer, você pode pedir um carro, saber onde está o seu motorista, cancelar uma corrida ou descobrir quanto custa uma viagem. Por exemplo, diga: quanto custa uma corrida até a rodoviária? O que você gostaria de fazer?',
  'help.reprompt': 'Você pode dizer: peça um carro, onde está minha corrida, ou cancele minha corrida.',
  'fallback.text':
    'Desculpe, o Ride Hailer não pode ajudar com isso. Você pode pedir um carro, acompanhar sua corrida, cancelá-la ou perguntar sobre preços. O que você gostaria de fazer?',
  'fallback.reprompt': 'Tente dizer: peça um carro para o aeroporto.',
  goodbye: 'Até logo, e boa viagem.',
  'error.serviceUnavailable': 'Desculpe, não consigo acessar o Ride Hailer agora. Tente de novo em alguns minutos.',
  'error.generic': 'Desculpe, algo deu errado do meu lado. Tente de novo mais tarde.',
  minutes: { one: 'um minuto', other: '{count} minutos' },
  // All feminine ("corrida"), so "Uma {rideType}" stays grammatical for every type.
  'rideType.standard': 'corrida padrão',
  'rideType.xl': 'corrida XL',
  'rideType.premium': 'corrida premium',
  'rideType.shared': 'corrida compartilhada',
  'place.home': 'casa',
} as const satisfies Catalog;
