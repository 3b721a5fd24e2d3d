import type { Catalog } from './en';

/** Français. */
export const fr = {
  lang: 'fr',
  appName: 'Ride Hailer',
  loginTitle: 'Connexion – Ride Hailer',
  loginHeading: 'Connectez-vous pour associer Ride Hailer à Alexa',
  loginIntro:
    'Utilisez l’adresse e-mail et le mot de passe de votre compte Ride Hailer. Alexa n’a jamais accès à votre mot de passe.',
  emailLabel: 'Adresse e-mail',
  passwordLabel: 'Mot de passe',
  signIn: 'Se connecter',
  missingFields: 'Saisissez votre adresse e-mail et votre mot de passe.',
  invalidCredentials:
    'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez.',
  throttled: 'Trop de tentatives de connexion. Patientez quelques minutes, puis réessayez.',
  consentTitle: 'Autoriser l’accès – Ride Hailer',
  consentHeading: 'Autoriser Alexa à utiliser votre compte Ride Hailer ?',
  signedInAs: 'Connecté en tant que {name}',
  consentIntro: 'Si vous acceptez, Alexa pourra :',
  scopeProfile: 'voir votre nom et votre adresse e-mail',
  scopeRidesRead: 'consulter votre course en cours',
  scopeRidesWrite: 'réserver et annuler des courses pour vous',
  allow: 'Autoriser',
  deny: 'Refuser',
  consentNote:
    'Vous pouvez dissocier votre compte à tout moment en désactivant la skill Ride Hailer dans l’application Alexa.',
  linkedTitle: 'Associé – Ride Hailer',
  linkedHeading: 'Ride Hailer est désormais associé à Alexa',
  linkedBody:
    'C’est fait ! Nous vous ramenons à l’application Alexa pour que vous puissiez réserver vos courses à la voix.',
  continue: 'Revenir à Alexa',
  errorTitle: 'Un problème est survenu – Ride Hailer',
  errorHeading: 'L’association n’a pas pu aboutir',
  errorExpired: 'Cette page de connexion a expiré. Revenez dans l’application Alexa et relancez l’association.',
  errorInvalidRequest: 'Cette demande d’association n’est pas valide. Revenez dans l’application Alexa et réessayez.',
  errorForbidden: 'Ce formulaire n’a pas pu être accepté. Rechargez la page et réessayez.',
  errorServer: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  errorCode: 'Code d’erreur',
} satisfies Catalog;
