import type { Catalog } from './catalog';

/** French speech (fr-FR and fr-CA). Formal address (vous). */
export const fr = {
  'link.prompt':
    "Pour réserver des courses, veuillez associer votre compte Ride Hailer. Je vous ai envoyé une carte sur la page d'accueil de votre application Alexa. Ouvrez-la et suivez les étapes indiquées.",
  'link.promptScreen':
    "Pour réserver des courses, veuillez associer votre compte Ride Hailer. Scannez avec votre téléphone le code QR affiché à l'écran, ou ouvrez la carte que je vous ai envoyée dans l'application Alexa.",
  'link.alreadyLinked': 'Votre compte Ride Hailer est déjà associé, tout est prêt. Que souhaitez-vous faire ?',
  'launch.welcome':
    'Bon retour, {name}. Vous pouvez commander une voiture, demander où en est votre course ou connaître un tarif. Que souhaitez-vous faire ?',
  'launch.welcomeNoName':
    'Bon retour sur Ride Hailer. Vous pouvez commander une voiture, demander où en est votre course ou connaître un tarif. Que souhaitez-vous faire ?',
  'launch.reprompt': "Par exemple, dites : commande une voiture pour l'aéroport.",
  'launch.unlinked':
    'Bienvenue sur Ride Hailer. Je peux tout de suite vous dire combien coûte une course, par exemple : combien coûte une course pour la gare ? Pour réserver des courses, associez votre compte en disant : associe mon compte. Que souhaitez-vous faire ?',
  'launch.unlinkedReprompt':
    'Vous pouvez demander combien coûte une course pour la gare, ou dire : associe mon compte.',
  'link.offer':
    "Bienvenue sur Ride Hailer. Je peux déjà vous donner le prix d'une course. Si vous associez votre compte, je pourrai aussi réserver des courses pour vous. Voulez-vous l'associer maintenant ? Vous pouvez dire : associe mon compte, ou non.",
  'link.offerForRequest':
    "Je pourrai le faire dès que votre compte sera associé. Je pourrai alors réserver vos courses et les suivre pour vous. Voulez-vous l'associer maintenant ? Vous pouvez dire : associe mon compte, ou non.",
  'link.offerReprompt': 'Voulez-vous associer votre compte maintenant ? Dites : associe mon compte, ou non.',
  'link.starting': 'Très bien, associons votre compte.',
  'link.declined':
    "Pas de problème. Vous pouvez toujours me demander le prix d'une course, et quand vous voudrez réserver, dites simplement : associe mon compte. Que souhaitez-vous faire ?",
  'link.voiceDenied':
    "Très bien, votre compte reste non associé. Je peux toujours vous donner le prix d'une course. Que souhaitez-vous faire ?",
  'link.linkedReady':
    'Votre compte est associé : je peux maintenant réserver vos courses et les suivre pour vous. Que souhaitez-vous faire ?',
  'order.confirmAfterLink':
    'Je peux maintenant réserver votre course. Une {rideType} pour {destination} coûte environ {fare}, avec une prise en charge dans {eta}. Voulez-vous que je réserve cette course ?',
  'order.askDestinationAfterLink': 'Je peux maintenant réserver des courses pour vous. Où souhaitez-vous aller ?',
  'resume.lost':
    "Excusez-moi, j'ai perdu le fil. Vous pouvez commander une voiture ou demander le prix d'une course. Que souhaitez-vous faire ?",
  'order.askDestination': 'Où souhaitez-vous aller ?',
  'order.askDestinationReprompt': 'Dites-moi où vous voulez aller, par exemple : la gare.',
  'order.confirm':
    'Une {rideType} pour {destination} coûte environ {fare}, avec une prise en charge dans {eta}. Voulez-vous que je réserve cette course ?',
  'order.confirmReprompt': 'Voulez-vous que je réserve cette course ? Répondez par oui ou par non.',
  'order.booked':
    "Votre course est réservée. {driver} sera là dans environ {eta}. Véhicule : {car}, plaque d'immatriculation {plate}.",
  'order.declined': "D'accord, je n'ai rien réservé.",
  'order.conflict':
    "Une voiture est déjà en route pour vous. Vous pouvez me demander où elle se trouve, ou d'abord annuler cette course.",
  'status.active':
    "{driver} est en route pour venir vous chercher et sera là dans environ {eta}. Véhicule : {car}, plaque d'immatriculation {plate}. Votre destination : {destination}.",
  'status.none':
    "Vous n'avez aucune course réservée pour le moment. Pour en commander une, dites : commande une voiture pour l'aéroport.",
  'cancel.confirm': "Voulez-vous que j'annule votre course pour {destination} ?",
  'cancel.confirmReprompt': 'Dois-je annuler la course ? Répondez par oui ou par non.',
  'cancel.done': "C'est fait. Votre course pour {destination} est annulée.",
  'cancel.kept': "D'accord, votre voiture est toujours en route.",
  'cancel.none': "Vous n'avez aucune course à annuler pour le moment.",
  'fare.askDestination': 'Pour quelle destination voulez-vous connaître le tarif ?',
  'fare.askDestinationReprompt': 'Indiquez-moi la destination, par exemple : le centre-ville.',
  'fare.estimate': 'Une {rideType} pour {destination} coûte environ {fare}, avec une prise en charge dans {eta}.',
  'common.anythingElse': 'Puis-je faire autre chose pour vous ?',
  'help.text':
    "Avec Ride Hailer, vous pouvez commander une voiture, savoir où se trouve votre voiture, annuler une course ou connaître le prix d'un trajet. Par exemple, dites : combien coûte une course pour la gare ? Que souhaitez-vous faire ?",
  'help.reprompt': 'Vous pouvez dire : commande une voiture, où est ma voiture, ou annule ma course.',
  'fallback.text':
    "Malheureusement, Ride Hailer ne peut pas vous aider pour cela. Vous pouvez commander une voiture, suivre votre course, l'annuler ou demander un tarif. Que souhaitez-vous faire ?",
  'fallback.reprompt': "Essayez de dire : commande une voiture pour l'aéroport.",
  goodbye: 'Au revoir, et bon trajet !',
  'error.serviceUnavailable':
    "Malheureusement, je n'arrive pas à joindre Ride Hailer pour le moment. Veuillez réessayer dans quelques minutes.",
  'error.generic': "Un problème est survenu de mon côté, veuillez m'en excuser. Réessayez plus tard.",
  minutes: { one: 'une minute', other: '{count} minutes' },
  // All feminine, so "Une {rideType}" stays grammatical for every type.
  'rideType.standard': 'voiture standard',
  'rideType.xl': 'voiture XL',
  'rideType.premium': 'voiture premium',
  'rideType.shared': 'course partagée',
  'place.home': 'la maison',
} as const satisfies Catalog;
