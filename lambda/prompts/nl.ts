import type { Catalog } from './catalog';

/** Dutch speech (nl-NL). Informal address (je), as Dutch voice assistants use. */
export const nl = {
  'link.prompt':
    'Om ritten te boeken, moet je je Ride Hailer-account koppelen. Ik heb een kaart naar het startscherm van je Alexa-app gestuurd. Open die en volg daar de stappen.',
  'link.promptScreen':
    'Om ritten te boeken, moet je je Ride Hailer-account koppelen. Scan de QR-code op het scherm met je telefoon, of open de kaart die ik naar je Alexa-app heb gestuurd.',
  'link.alreadyLinked': 'Je Ride Hailer-account is al gekoppeld, dus je kunt meteen aan de slag. Wat wil je doen?',
  'launch.welcome':
    'Welkom terug, {name}. Je kunt een auto bestellen, vragen waar je auto is of een ritprijs opvragen. Wat wil je doen?',
  'launch.welcomeNoName':
    'Welkom terug bij Ride Hailer. Je kunt een auto bestellen, vragen waar je auto is of een ritprijs opvragen. Wat wil je doen?',
  'launch.reprompt': 'Zeg bijvoorbeeld: bestel een auto naar het vliegveld.',
  'launch.unlinked':
    'Welkom bij Ride Hailer. Wat een rit kost, kan ik je meteen vertellen. Vraag bijvoorbeeld: wat kost een rit naar het station? Om ritten te boeken, koppel je je account. Zeg daarvoor: koppel mijn account. Wat wil je doen?',
  'launch.unlinkedReprompt': 'Vraag bijvoorbeeld wat een rit naar het station kost, of zeg: koppel mijn account.',
  'link.offer':
    'Welkom bij Ride Hailer. Wat een rit kost, kan ik je nu al vertellen. Als je je account koppelt, kan ik ook ritten voor je boeken. Wil je je account nu koppelen? Zeg: koppel mijn account, of nee.',
  'link.offerForRequest':
    'Dat kan ik doen zodra je account gekoppeld is. Dan kan ik ritten voor je boeken en bijhouden. Wil je je account nu koppelen? Zeg: koppel mijn account, of nee.',
  'link.offerReprompt': 'Wil je je account nu koppelen? Zeg: koppel mijn account, of nee.',
  'link.starting': 'Prima, dan koppelen we nu je account.',
  'link.declined':
    'Geen probleem. Je kunt me nog steeds vragen wat een rit kost, en als je wilt boeken, zeg je gewoon: koppel mijn account. Wat wil je doen?',
  'link.voiceDenied': 'Prima, je account blijft ongekoppeld. Ritprijzen kan ik je nog steeds geven. Wat wil je doen?',
  'link.linkedReady': 'Je account is gekoppeld, dus nu kan ik ritten voor je boeken en bijhouden. Wat wil je doen?',
  'order.confirmAfterLink':
    'Nu kan ik je rit boeken. Een {rideType} naar {destination} kost ongeveer {fare}. De auto kan je over {eta} ophalen. Zal ik de rit boeken?',
  'order.askDestinationAfterLink': 'Nu kan ik ritten voor je boeken. Waar wil je naartoe?',
  'resume.lost':
    'Sorry, ik ben even de draad kwijt. Je kunt een auto bestellen of vragen wat een rit kost. Wat wil je doen?',
  'order.askDestination': 'Waar wil je naartoe?',
  'order.askDestinationReprompt': 'Vertel me waar je naartoe wilt, bijvoorbeeld het station.',
  'order.confirm':
    'Een {rideType} naar {destination} kost ongeveer {fare}. De auto kan je over {eta} ophalen. Zal ik de rit boeken?',
  'order.confirmReprompt': 'Zal ik deze rit boeken? Zeg ja of nee.',
  'order.booked':
    'Je rit is geboekt. {driver} komt je ophalen in een {car} met kenteken {plate}, en is er over ongeveer {eta}.',
  'order.declined': 'Oké, ik heb niets geboekt.',
  'order.conflict': 'Er is al een auto naar je onderweg. Je kunt me vragen waar die is, of de rit eerst annuleren.',
  'status.active':
    '{driver} is onderweg om je op te halen in een {car} met kenteken {plate}, en is er over ongeveer {eta}. Je bestemming is {destination}.',
  'status.none':
    'Je hebt op dit moment geen rit geboekt. Wil je er een bestellen? Zeg dan: bestel een auto naar het vliegveld.',
  'cancel.confirm': 'Wil je dat ik je rit naar {destination} annuleer?',
  'cancel.confirmReprompt': 'Zal ik de rit annuleren? Zeg ja of nee.',
  'cancel.done': 'Klaar. Je rit naar {destination} is geannuleerd.',
  'cancel.kept': 'Oké, je auto is nog steeds onderweg.',
  'cancel.none': 'Er is op dit moment geen rit om te annuleren.',
  'fare.askDestination': 'Voor welke bestemming wil je de ritprijs weten?',
  'fare.askDestinationReprompt': 'Noem de bestemming, bijvoorbeeld het centrum.',
  'fare.estimate': 'Een {rideType} naar {destination} kost ongeveer {fare}. De auto kan je over {eta} ophalen.',
  'common.anythingElse': 'Kan ik nog iets anders voor je doen?',
  'help.text':
    'Met Ride Hailer kun je een auto bestellen, horen waar je chauffeur is, een rit annuleren of opvragen wat een rit kost. Zeg bijvoorbeeld: wat kost een rit naar het station? Wat wil je doen?',
  'help.reprompt': 'Je kunt zeggen: bestel een auto, waar is mijn auto, of annuleer mijn rit.',
  'fallback.text':
    'Sorry, daarmee kan Ride Hailer je niet helpen. Je kunt een auto bestellen, je rit volgen, die annuleren of naar ritprijzen vragen. Wat wil je doen?',
  'fallback.reprompt': 'Zeg bijvoorbeeld: bestel een auto naar het vliegveld.',
  goodbye: 'Tot ziens, en goede reis.',
  'error.serviceUnavailable': 'Sorry, ik kan Ride Hailer nu niet bereiken. Probeer het over een paar minuten opnieuw.',
  'error.generic': 'Sorry, er ging bij mij iets mis. Probeer het later opnieuw.',
  minutes: { one: 'één minuut', other: '{count} minuten' },
  'rideType.standard': 'standaardauto',
  'rideType.xl': 'XL-auto',
  'rideType.premium': 'premiumauto',
  'rideType.shared': 'gedeelde rit',
  'place.home': 'huis',
} as const satisfies Catalog;
