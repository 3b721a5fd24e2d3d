import type { Messages } from './en';

/** Português (Brasil). */
export const pt = {
  amazon_code_invalid: 'Seu login na Amazon expirou ou já foi usado. Comece a vinculação com a Alexa de novo.',
  amazon_unavailable:
    'Não conseguimos falar com a Amazon agora, então nada foi vinculado. Tente de novo em alguns minutos.',
  alexa_region_unknown:
    'Sua conta Amazon ainda não está configurada para a Alexa. Configure primeiro o app Alexa e depois vincule o Ride Hailer de novo.',
  alexa_enablement_failed:
    'A Alexa não conseguiu ativar a skill Ride Hailer, então nada foi vinculado. Tente de novo em alguns minutos.',
  alexa_not_reached:
    'O Ride Hailer foi desvinculado do nosso lado, mas não conseguimos falar com a Alexa. Para remover a skill de lá também, desative o Ride Hailer no app Alexa.',
  invalid_request: 'Este pedido para vincular com a Alexa não é válido. Comece de novo pelo app Alexa.',
} satisfies Messages;
