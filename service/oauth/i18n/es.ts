import type { Catalog } from './en';

/** Español, de usted como en la skill (lambda/prompts/REGISTER.md). */
export const es = {
  lang: 'es',
  appName: 'Ride Hailer',
  loginTitle: 'Iniciar sesión – Ride Hailer',
  loginHeading: 'Inicie sesión para vincular Ride Hailer con Alexa',
  loginIntro: 'Use el correo electrónico y la contraseña de su cuenta de Ride Hailer. Alexa nunca ve su contraseña.',
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  signIn: 'Iniciar sesión',
  missingFields: 'Escriba su correo electrónico y su contraseña.',
  invalidCredentials:
    'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta. Revise ambos e inténtelo de nuevo.',
  throttled: 'Demasiados intentos de inicio de sesión. Espere unos minutos y vuelva a intentarlo.',
  consentTitle: 'Permitir acceso – Ride Hailer',
  consentHeading: '¿Permitir que Alexa use su cuenta de Ride Hailer?',
  signedInAs: 'Sesión iniciada como {name}',
  consentIntro: 'Si lo permite, Alexa podrá:',
  scopeProfile: 'ver su nombre y su correo electrónico',
  scopeRidesRead: 'consultar su viaje actual',
  scopeRidesWrite: 'reservar y cancelar viajes por usted',
  allow: 'Permitir',
  deny: 'No permitir',
  consentNote: 'Puede desvincular su cuenta cuando quiera desactivando la skill de Ride Hailer en la app de Alexa.',
  linkedTitle: 'Vinculado – Ride Hailer',
  linkedHeading: 'Ride Hailer ya está vinculado con Alexa',
  linkedBody: '¡Listo! Le llevamos de vuelta a la app de Alexa para que pueda pedir viajes con la voz.',
  continue: 'Volver a Alexa',
  errorTitle: 'Algo salió mal – Ride Hailer',
  errorHeading: 'No pudimos completar la vinculación',
  errorExpired:
    'Esta página de inicio de sesión ha caducado. Vuelva a la app de Alexa y empiece la vinculación otra vez.',
  errorInvalidRequest: 'Esta solicitud de vinculación no es válida. Vuelva a la app de Alexa e inténtelo de nuevo.',
  errorForbidden: 'No pudimos aceptar este formulario. Vuelva a cargar la página e inténtelo de nuevo.',
  errorServer: 'Algo salió mal por nuestra parte. Inténtelo de nuevo en un momento.',
  errorCode: 'Código de error',
} satisfies Catalog;
