import { Nlu } from '../../../emulator/nlu/Nlu';

const nlu = new Nlu();

/** What a phrasing must resolve to: the intent, and the entity-resolution ids of the slots it names. */
type Row = [phrase: string, intent: string, slots?: Record<string, string>];

const ORDER = 'OrderRideIntent';
const STATUS = 'RideStatusIntent';
const CANCEL = 'CancelRideIntent';
const FARE = 'FareEstimateIntent';
const LINK = 'LinkAccountIntent';

/**
 * Everyday ways people ask, written out as they say them (not taken from the models), per language; the
 * locale in the key is the one the phrasing is heard in.
 */
const PHRASINGS: Record<string, Row[]> = {
  'en-US': [
    ['get me a cab to the airport', ORDER, { destination: 'airport' }],
    ['i need a lift to the train station', ORDER, { destination: 'train_station' }],
    ['book me an uber to downtown', ORDER, { destination: 'city_center' }],
    ['call me a taxi', ORDER],
    ['can you get me a ride home', ORDER, { destination: 'home' }],
    ['take me home', ORDER, { destination: 'home' }],
    ['i want to go to the hospital', ORDER, { destination: 'hospital' }],
    ['send a car to pick me up', ORDER],
    ['order a premium car to the hotel', ORDER, { rideType: 'premium', destination: 'hotel' }],
    ['get me an uber', ORDER],
    ["where's my cab", STATUS],
    ['where is my driver', STATUS],
    ['how far away is he', STATUS],
    ['is the driver close', STATUS],
    ['when will it get here', STATUS],
    ['cancel my ride', CANCEL],
    ['cancel it', CANCEL],
    ['call it off', CANCEL],
    ["i don't need it anymore", CANCEL],
    ['cancel my uber', CANCEL],
    ['how much is a cab to the airport', FARE, { destination: 'airport' }],
    ["what's the fare to the train station", FARE, { destination: 'train_station' }],
    ['how much would an uber to downtown cost', FARE, { destination: 'city_center' }],
    ['how much to get to the airport', FARE, { destination: 'airport' }],
    ['how much to get home', FARE, { destination: 'home' }],
    ['link my account', LINK],
    ['connect my account', LINK],
  ],
  'de-DE': [
    ['bestell mir ein Taxi zum Flughafen', ORDER, { destination: 'airport' }],
    ['bestell mir ein Taxi nach Hause', ORDER, { destination: 'home' }],
    ['ruf mir ein Taxi zum Bahnhof', ORDER, { destination: 'train_station' }],
    ['ich brauche ein Taxi zum Hauptbahnhof', ORDER, { destination: 'train_station' }],
    ['bring mich nach Hause', ORDER, { destination: 'home' }],
    ['fahr mich zum Flughafen', ORDER, { destination: 'airport' }],
    ['ich möchte ein Taxi bestellen', ORDER],
    ['kannst du mir ein Taxi rufen', ORDER],
    ['buch mir eine Fahrt zum Flughafen', ORDER, { destination: 'airport' }],
    ['ich brauche ein Großraumtaxi zum Flughafen', ORDER, { rideType: 'xl', destination: 'airport' }],
    ['bestell mir ein Taxi', ORDER],
    ['ruf mir ein Taxi nach Hause', ORDER, { destination: 'home' }],
    ['wo ist mein Taxi', STATUS],
    ['wo bleibt der Fahrer', STATUS],
    ['wann kommt er', STATUS],
    ['wie lange dauert es noch', STATUS],
    ['ist der Wagen schon unterwegs', STATUS],
    ['storniere meine Fahrt', CANCEL],
    ['stornier das', CANCEL],
    ['ich brauche das Taxi nicht mehr', CANCEL],
    ['bestell das Taxi ab', CANCEL],
    ['wie viel kostet eine Fahrt zum Flughafen', FARE, { destination: 'airport' }],
    ['was kostet ein Taxi zum Hauptbahnhof', FARE, { destination: 'train_station' }],
    ['was kostet eine Fahrt nach Hause', FARE, { destination: 'home' }],
    ['wie teuer ist ein Taxi in die Innenstadt', FARE, { destination: 'city_center' }],
    ['verknüpfe mein Konto', LINK],
  ],
  'fr-FR': [
    ["commande un taxi pour l'aéroport", ORDER, { destination: 'airport' }],
    ['réserve un taxi pour la gare', ORDER, { destination: 'train_station' }],
    ['appelle-moi un taxi', ORDER],
    ['je voudrais un taxi pour aller à la maison', ORDER, { destination: 'home' }],
    ['ramène-moi à la maison', ORDER, { destination: 'home' }],
    ['emmène-moi à la gare SNCF', ORDER, { destination: 'train_station' }],
    ['commande-moi une voiture pour le centre-ville', ORDER, { destination: 'city_center' }],
    ['je veux réserver un VTC', ORDER],
    ['réserve-moi un taxi pour la maison', ORDER, { destination: 'home' }],
    ['commande un taxi', ORDER],
    ['il me faut un taxi pour la gare', ORDER, { destination: 'train_station' }],
    ['où est mon chauffeur', STATUS],
    ['il arrive quand', STATUS],
    ['dans combien de temps arrive le chauffeur', STATUS],
    ['où en est ma course', STATUS],
    ['le chauffeur est où', STATUS],
    ['annule ma course', CANCEL],
    ['annule-la', CANCEL],
    ["je n'en ai plus besoin", CANCEL],
    ['je ne veux plus de taxi', CANCEL],
    ["combien coûte une course pour l'aéroport", FARE, { destination: 'airport' }],
    ['combien ça coûte pour aller à la gare', FARE, { destination: 'train_station' }],
    ["c'est combien pour aller à l'aéroport", FARE, { destination: 'airport' }],
    ["quel est le prix d'un taxi pour la maison", FARE, { destination: 'home' }],
    ['associe mon compte', LINK],
  ],
  'it-IT': [
    ["ordina un'auto per l'aeroporto", ORDER, { destination: 'airport' }],
    ['chiamami un taxi per la stazione', ORDER, { destination: 'train_station' }],
    ['prenota un taxi per casa', ORDER, { destination: 'home' }],
    ['portami a casa', ORDER, { destination: 'home' }],
    ["mi serve un taxi per l'aeroporto", ORDER, { destination: 'airport' }],
    ['chiama un taxi', ORDER],
    ['prenotami una corsa per la stazione centrale', ORDER, { destination: 'train_station' }],
    ['vorrei prenotare un taxi', ORDER],
    ['chiamami una macchina', ORDER],
    ['prenota un taxi per il centro', ORDER, { destination: 'city_center' }],
    ['ordina un taxi', ORDER],
    ["dov'è il mio taxi", STATUS],
    ['quando arriva', STATUS],
    ["tra quanto arriva l'autista", STATUS],
    ['a che punto è la mia corsa', STATUS],
    ['chi è il mio autista', STATUS],
    ['annulla la corsa', CANCEL],
    ['annullala', CANCEL],
    ['non mi serve più il taxi', CANCEL],
    ['cancella la prenotazione', CANCEL],
    ["quanto costa una corsa per l'aeroporto", FARE, { destination: 'airport' }],
    ['quanto costa un taxi per la stazione', FARE, { destination: 'train_station' }],
    ['quanto mi costa andare a casa', FARE, { destination: 'home' }],
    ["quanto viene un taxi per l'aeroporto", FARE, { destination: 'airport' }],
    ['collega il mio account', LINK],
  ],
  'es-ES': [
    ['pídeme un taxi al aeropuerto', ORDER, { destination: 'airport' }],
    ['pide un taxi a casa', ORDER, { destination: 'home' }],
    ['llévame a casa', ORDER, { destination: 'home' }],
    ['necesito un taxi para ir al aeropuerto', ORDER, { destination: 'airport' }],
    ['llámame un taxi', ORDER],
    ['resérvame un coche a la estación', ORDER, { destination: 'train_station' }],
    ['quiero ir al centro', ORDER, { destination: 'city_center' }],
    ['pide un taxi', ORDER],
    ['necesito un coche', ORDER],
    ['quiero un taxi al hospital', ORDER, { destination: 'hospital' }],
    ['¿dónde está mi taxi?', STATUS],
    ['¿cuánto le falta al conductor?', STATUS],
    ['¿cuándo llega?', STATUS],
    ['¿cuánto tarda el conductor?', STATUS],
    ['cancela mi viaje', CANCEL],
    ['cancélalo', CANCEL],
    ['ya no lo necesito', CANCEL],
    ['cancela el taxi', CANCEL],
    ['¿cuánto cuesta un taxi al aeropuerto?', FARE, { destination: 'airport' }],
    ['¿cuánto me sale ir a casa?', FARE, { destination: 'home' }],
    ['¿cuánto cuesta ir a la estación?', FARE, { destination: 'train_station' }],
    ['vincula mi cuenta', LINK],
  ],
  'es-MX': [
    ['pídeme un taxi al aeropuerto', ORDER, { destination: 'airport' }],
    ['mándame un uber a la oficina', ORDER, { destination: 'office' }],
    ['pídeme un carro a mi casa', ORDER, { destination: 'home' }],
    ['¿ya viene el chofer?', STATUS],
    ['¿cuánto cuesta un taxi al aeropuerto?', FARE, { destination: 'airport' }],
  ],
  'pt-BR': [
    ['chama um uber pro aeroporto', ORDER, { destination: 'airport' }],
    ['pede um táxi para casa', ORDER, { destination: 'home' }],
    ['me leva pra casa', ORDER, { destination: 'home' }],
    ['preciso de um carro para a estação', ORDER, { destination: 'train_station' }],
    ['chama um táxi', ORDER],
    ['quero ir para o aeroporto', ORDER, { destination: 'airport' }],
    ['pede um carro pro centro', ORDER, { destination: 'city_center' }],
    ['chame um táxi para o hospital', ORDER, { destination: 'hospital' }],
    ['peça um carro para o trabalho', ORDER, { destination: 'work' }],
    ['reserva uma corrida para o shopping', ORDER, { destination: 'shopping_mall' }],
    ['quero um táxi pra casa', ORDER, { destination: 'home' }],
    ['cadê o motorista', STATUS],
    ['onde está o meu motorista', STATUS],
    ['quanto tempo falta', STATUS],
    ['o motorista já está vindo', STATUS],
    ['cancela a corrida', CANCEL],
    ['não preciso mais do carro', CANCEL],
    ['cancela o uber', CANCEL],
    ['quanto custa uma corrida para o aeroporto', FARE, { destination: 'airport' }],
    ['quanto fica um uber pro aeroporto', FARE, { destination: 'airport' }],
    ['quanto sai até a estação de trem', FARE, { destination: 'train_station' }],
    ['quanto custa ir pra casa', FARE, { destination: 'home' }],
    ['vincula minha conta', LINK],
    ['cancelar minha corrida', CANCEL],
    ['me leva pro aeroporto', ORDER, { destination: 'airport' }],
  ],
  'nl-NL': [
    ['boek een taxi naar het vliegveld', ORDER, { destination: 'airport' }],
    ['bestel een taxi naar huis', ORDER, { destination: 'home' }],
    ['breng me naar huis', ORDER, { destination: 'home' }],
    ['bel een taxi', ORDER],
    ['ik wil een taxi naar het station', ORDER, { destination: 'train_station' }],
    ['regel een taxi naar kantoor', ORDER, { destination: 'office' }],
    ['kun je een taxi bellen', ORDER],
    ['boek een rit naar het centraal station', ORDER, { destination: 'train_station' }],
    ['bestel een taxi', ORDER],
    ['ik moet naar het ziekenhuis', ORDER, { destination: 'hospital' }],
    ['waar is mijn taxi', STATUS],
    ['waar blijft hij', STATUS],
    ['hoe lang duurt het nog', STATUS],
    ['is de chauffeur al onderweg', STATUS],
    ['wanneer komt mijn taxi', STATUS],
    ['annuleer mijn rit', CANCEL],
    ['annuleer het maar', CANCEL],
    ['ik heb de taxi niet meer nodig', CANCEL],
    ['zeg de rit af', CANCEL],
    ['wat kost een taxi naar het vliegveld', FARE, { destination: 'airport' }],
    ['hoeveel kost een rit naar huis', FARE, { destination: 'home' }],
    ['wat kost het naar het station', FARE, { destination: 'train_station' }],
    ['wat is de prijs naar het centrum', FARE, { destination: 'city_center' }],
    ['koppel mijn account', LINK],
    ['boek een taxi naar schiphol', ORDER, { destination: 'schiphol' }],
  ],
  'hi-IN': [
    ['एयरपोर्ट के लिए कैब बुक करो', ORDER, { destination: 'airport' }],
    ['घर के लिए टैक्सी बुला दो', ORDER, { destination: 'home' }],
    ['स्टेशन तक गाड़ी बुक कर दो', ORDER, { destination: 'train_station' }],
    ['मुझे घर जाना है', ORDER, { destination: 'home' }],
    ['एक कैब बुला दो', ORDER],
    ['मुझे रेलवे स्टेशन के लिए टैक्सी चाहिए', ORDER, { destination: 'train_station' }],
    ['ऑफिस के लिए गाड़ी भेजो', ORDER, { destination: 'office' }],
    ['कैब बुक करो', ORDER],
    ['अस्पताल के लिए कैब बुक करो', ORDER, { destination: 'hospital' }],
    ['मेट्रो स्टेशन तक टैक्सी बुक करो', ORDER, { destination: 'metro_station' }],
    ['मुझे घर ले चलो', ORDER, { destination: 'home' }],
    ['मेरी कैब कहाँ है', STATUS],
    ['ड्राइवर कितनी देर में आएगा', STATUS],
    ['गाड़ी कब आएगी', STATUS],
    ['ड्राइवर कहाँ है', STATUS],
    ['मेरी राइड कैंसल करो', CANCEL],
    ['कैब कैंसल कर दो', CANCEL],
    ['मुझे अब गाड़ी नहीं चाहिए', CANCEL],
    ['बुकिंग कैंसल करो', CANCEL],
    ['एयरपोर्ट तक का किराया कितना है', FARE, { destination: 'airport' }],
    ['घर तक टैक्सी का कितना लगेगा', FARE, { destination: 'home' }],
    ['स्टेशन जाने में कितना खर्च आएगा', FARE, { destination: 'train_station' }],
    ['एयरपोर्ट का किराया बताओ', FARE, { destination: 'airport' }],
    ['मेरा अकाउंट लिंक करो', LINK],
    ['स्टेशन के लिए कैब बुक करो', ORDER, { destination: 'train_station' }],
  ],
  'en-GB': [
    ['book me a taxi to the station', ORDER, { destination: 'train_station' }],
    ['how much is a taxi to the train station', FARE, { destination: 'train_station' }],
  ],
  'en-IN': [
    ['book a cab to the railway station', ORDER, { destination: 'train_station' }],
    ['i need an uber to the airport', ORDER, { destination: 'airport' }],
  ],
};

/** The slots as `name → resolved id` (`=value` when the value resolved to no id). */
function slotIds(slots: Record<string, { value: string; resolved?: { id: string } } | undefined> | undefined) {
  return Object.fromEntries(
    Object.entries(slots ?? {}).map(([name, slot]) => [name, slot?.resolved?.id ?? `=${slot?.value}`]),
  );
}

describe('everyday phrasings in the emulator’s understanding', () => {
  it('has at least 25 phrasings for each of the eight languages', () => {
    const perLanguage = new Map<string, number>();
    for (const [locale, rows] of Object.entries(PHRASINGS)) {
      const language = locale.slice(0, 2);
      perLanguage.set(language, (perLanguage.get(language) ?? 0) + rows.length);
    }
    expect([...perLanguage.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'hi', 'it', 'nl', 'pt']);
    for (const [language, count] of perLanguage) expect([language, count >= 25]).toEqual([language, true]);
  });

  describe.each(Object.keys(PHRASINGS))('%s', (locale) => {
    it.each(PHRASINGS[locale] ?? [])('"%s" → %s %j', async (phrase, intent, slots = {}) => {
      const understood = (await nlu.forLocale(locale)).resolve(phrase);
      expect({ intent: understood.name, slots: slotIds(understood.slots) }).toMatchObject({ intent, slots });
    });
  });
});

/** "Where to?" answered with a bare place that is also a word Alexa's built-in intents listen for. */
const HOME_ANSWERS: Array<[locale: string, answer: string]> = [
  ['en-US', 'home'],
  ['en-GB', 'home'],
  ['de-DE', 'nach Hause'],
  ['fr-FR', 'à la maison'],
  ['nl-NL', 'naar huis'],
  ['it-IT', 'casa'],
  ['pt-BR', 'casa'],
  ['es-ES', 'casa'],
  ['es-MX', 'casa'],
  ['hi-IN', 'घर'],
];

describe('a bare place as the answer while the destination is elicited', () => {
  it.each(HOME_ANSWERS)('%s: "%s" outside the dialog is a built-in intent', async (locale, answer) => {
    expect((await nlu.forLocale(locale)).resolve(answer).name).toBe('AMAZON.NavigateHomeIntent');
  });

  it.each(HOME_ANSWERS)('%s: "%s" fills the destination with the place home', async (locale, answer) => {
    const understanding = await nlu.forLocale(locale);
    for (const intent of ['OrderRideIntent', 'FareEstimateIntent']) {
      expect(understanding.answersElicitation(intent, 'destination', answer)).toBe(true);
      expect(understanding.fillSlot(intent, 'destination', answer).destination?.resolved?.id).toBe('home');
    }
  });

  it.each([
    ['en-US', 'stop'],
    ['de-DE', 'stopp'],
    ['hi-IN', 'रुको'],
  ])('%s: "%s" is no place, so it still stops', async (locale, answer) => {
    expect((await nlu.forLocale(locale)).answersElicitation('OrderRideIntent', 'destination', answer)).toBe(false);
  });
});
