import type { Catalog } from './catalog';

/** Italian speech (it-IT). Formal address (Lei, written lowercase). */
export const it = {
  'link.prompt':
    "Per prenotare le corse, colleghi il suo account Ride Hailer. Le ho inviato una scheda nella schermata iniziale dell'app Alexa. La apra e segua i passaggi indicati.",
  'link.promptScreen':
    "Per prenotare le corse, colleghi il suo account Ride Hailer. Inquadri con il telefono il codice QR sullo schermo, oppure apra la scheda che le ho inviato nell'app Alexa.",
  'link.alreadyLinked': 'Il suo account Ride Hailer è già collegato, quindi è tutto pronto. Cosa desidera fare?',
  'launch.welcome':
    "Salve, {name}, felice di risentirla. Può ordinare un'auto, chiedere dove si trova la sua corsa o sapere quanto costa un tragitto. Cosa desidera fare?",
  'launch.welcomeNoName':
    "Eccoci di nuovo su Ride Hailer. Può ordinare un'auto, chiedere dove si trova la sua corsa o sapere quanto costa un tragitto. Cosa desidera fare?",
  'launch.reprompt': "Per esempio, dica: ordina un'auto per l'aeroporto.",
  'launch.unlinked':
    'Le do il benvenuto su Ride Hailer. Posso dirle subito quanto costa una corsa, per esempio: quanto costa una corsa per la stazione? Per prenotare le corse, colleghi il suo account dicendo: collega il mio account. Cosa desidera fare?',
  'launch.unlinkedReprompt':
    'Può chiedere quanto costa una corsa per la stazione, oppure dire: collega il mio account.',
  'link.offer':
    'Le do il benvenuto su Ride Hailer. Posso già dirle quanto costa una corsa. Se collega il suo account, posso anche prenotare le corse per lei. Vuole collegarlo adesso? Può dire: collega il mio account, oppure no.',
  'link.offerForRequest':
    'Posso farlo non appena il suo account sarà collegato. Così potrò prenotare le corse per lei e seguirle. Vuole collegarlo adesso? Può dire: collega il mio account, oppure no.',
  'link.offerReprompt': 'Vuole collegare il suo account adesso? Dica: collega il mio account, oppure no.',
  'link.starting': 'Bene, colleghiamo il suo account.',
  'link.declined':
    'Nessun problema. Può comunque chiedermi quanto costa una corsa, e quando vorrà prenotare basterà dire: collega il mio account. Cosa desidera fare?',
  'link.voiceDenied':
    "D'accordo, il suo account resta non collegato. Posso comunque dirle quanto costa una corsa. Cosa desidera fare?",
  'link.linkedReady':
    'Il suo account è collegato: ora posso prenotare le corse per lei e seguirle. Cosa desidera fare?',
  'order.confirmAfterLink':
    'Ora posso prenotare la sua corsa. Una {rideType} per {destination} costa circa {fare} e può passare a prenderla tra {eta}. Procedo con la prenotazione?',
  'order.askDestinationAfterLink': 'Ora posso prenotare le corse per lei. Dove desidera andare?',
  'resume.lost':
    "Mi scusi, ho perso il filo. Può ordinare un'auto o chiedere quanto costa una corsa. Cosa desidera fare?",
  'order.askDestination': 'Dove desidera andare?',
  'order.askDestinationReprompt': 'Mi dica dove vuole andare, per esempio: la stazione.',
  'order.confirm':
    'Una {rideType} per {destination} costa circa {fare} e può passare a prenderla tra {eta}. Procedo con la prenotazione?',
  'order.confirmReprompt': 'Vuole che prenoti questa corsa? Risponda sì o no.',
  'order.booked': 'La sua corsa è prenotata. {driver} arriverà tra circa {eta}. Veicolo: {car}, targa {plate}.',
  'order.declined': 'Va bene, non ho prenotato nulla.',
  'order.conflict': 'Ha già una corsa in arrivo. Può chiedermi dove si trova, oppure annullarla prima.',
  'status.active':
    '{driver} sta venendo a prenderla e arriverà tra circa {eta}. Veicolo: {car}, targa {plate}. Destinazione: {destination}.',
  'status.none': "Al momento non ha nessuna corsa prenotata. Per ordinarne una, dica: ordina un'auto per l'aeroporto.",
  'cancel.confirm': 'Vuole che annulli la sua corsa per {destination}?',
  'cancel.confirmReprompt': 'Devo annullare la corsa? Risponda sì o no.',
  'cancel.done': 'Fatto. La sua corsa per {destination} è stata annullata.',
  'cancel.kept': 'Va bene, la sua corsa è ancora in arrivo.',
  'cancel.none': "Al momento non c'è nessuna corsa da annullare.",
  'fare.askDestination': 'Per quale destinazione vuole conoscere la tariffa?',
  'fare.askDestinationReprompt': 'Mi dica la destinazione, per esempio: il centro.',
  'fare.estimate': 'Una {rideType} per {destination} costa circa {fare} e può passare a prenderla tra {eta}.',
  'common.anythingElse': "Posso fare qualcos'altro per lei?",
  'help.text':
    "Con Ride Hailer può ordinare un'auto, sapere dove si trova la sua auto, annullare una corsa o scoprire quanto costa un tragitto. Per esempio, dica: quanto costa una corsa per la stazione? Cosa desidera fare?",
  'help.reprompt': "Può dire: ordina un'auto, dov'è la mia corsa, oppure annulla la mia corsa.",
  'fallback.text':
    "Mi dispiace, Ride Hailer non può aiutarla con questo. Può ordinare un'auto, controllare la sua corsa, annullarla o chiedere le tariffe. Cosa desidera fare?",
  'fallback.reprompt': "Provi a dire: ordina un'auto per l'aeroporto.",
  goodbye: 'Arrivederci, e buon viaggio.',
  'error.serviceUnavailable':
    'Mi dispiace, al momento non riesco a raggiungere Ride Hailer. Riprovi tra qualche minuto.',
  'error.generic': 'Mi dispiace, qualcosa non ha funzionato da parte mia. Riprovi più tardi.',
  minutes: { one: 'un minuto', other: '{count} minuti' },
  // All feminine, so "Una {rideType}" stays grammatical for every type.
  'rideType.standard': 'vettura standard',
  'rideType.xl': 'vettura XL',
  'rideType.premium': 'vettura premium',
  'rideType.shared': 'corsa condivisa',
  'place.home': 'casa',
} as const satisfies Catalog;
