import type { Messages } from './en';

/** Español. */
export const es = {
  amazon_code_invalid: 'Tu inicio de sesión en Amazon caducó o ya se usó. Vuelve a empezar la vinculación con Alexa.',
  amazon_unavailable:
    'No pudimos conectar con Amazon en este momento, así que no se vinculó nada. Inténtalo de nuevo en unos minutos.',
  alexa_region_unknown:
    'Tu cuenta de Amazon aún no está configurada para Alexa. Configura primero la app de Alexa y luego vuelve a vincular Ride Hailer.',
  alexa_enablement_failed:
    'Alexa no pudo activar la skill de Ride Hailer, así que no se vinculó nada. Inténtalo de nuevo en unos minutos.',
  alexa_not_reached:
    'Ride Hailer está desvinculado por nuestra parte, pero no pudimos conectar con Alexa. Para quitar también la skill, desactiva Ride Hailer en la app de Alexa.',
  invalid_request: 'Esta solicitud para vincular con Alexa no es válida. Vuelve a empezar desde la app de Alexa.',
} satisfies Messages;
