import type { Catalog } from './en';

/** Español. */
export const es = {
  lang: 'es',
  appName: 'Ride Hailer',
  loginTitle: 'Iniciar sesión – Ride Hailer',
  loginHeading: 'Inicia sesión para vincular Ride Hailer con Alexa',
  loginIntro: 'Usa el correo electrónico y la contraseña de tu cuenta de Ride Hailer. Alexa nunca ve tu contraseña.',
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  signIn: 'Iniciar sesión',
  missingFields: 'Escribe tu correo electrónico y tu contraseña.',
  invalidCredentials:
    'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta. Revisa ambos e inténtalo de nuevo.',
  throttled: 'Demasiados intentos de inicio de sesión. Espera unos minutos y vuelve a intentarlo.',
  consentTitle: 'Permitir acceso – Ride Hailer',
  consentHeading: '¿Permitir que Alexa use tu cuenta de Ride Hailer?',
  signedInAs: 'Sesión iniciada como {name}',
  consentIntro: 'Si lo permites, Alexa podrá:',
  scopeProfile: 'ver tu nombre y tu correo electrónico',
  scopeRidesRead: 'consultar tu viaje actual',
  scopeRidesWrite: 'reservar y cancelar viajes por ti',
  allow: 'Permitir',
  deny: 'No permitir',
  consentNote: 'Puedes desvincular tu cuenta cuando quieras desactivando la skill de Ride Hailer en la app de Alexa.',
  linkedTitle: 'Vinculado – Ride Hailer',
  linkedHeading: 'Ride Hailer ya está vinculado con Alexa',
  linkedBody: '¡Listo! Te llevamos de vuelta a la app de Alexa para que puedas pedir viajes con la voz.',
  continue: 'Volver a Alexa',
  errorTitle: 'Algo salió mal – Ride Hailer',
  errorHeading: 'No pudimos completar la vinculación',
  errorExpired:
    'Esta página de inicio de sesión ha caducado. Vuelve a la app de Alexa y empieza la vinculación otra vez.',
  errorInvalidRequest: 'Esta solicitud de vinculación no es válida. Vuelve a la app de Alexa e inténtalo de nuevo.',
  errorForbidden: 'No pudimos aceptar este formulario. Vuelve a cargar la página e inténtalo de nuevo.',
  errorServer: 'Algo salió mal por nuestra parte. Inténtalo de nuevo en un momento.',
  errorCode: 'Código de error',
} satisfies Catalog;
