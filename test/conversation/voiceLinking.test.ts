import type { Intent, IntentRequest, ResponseEnvelope } from 'ask-sdk-model';
import {
  build,
  withAccessToken,
  withConnectionResult,
  withIntent,
  withLocale,
  withoutPerson,
  withPerson,
  withSessionAttributes,
  withSlots,
  withUserId,
} from '../helpers/requests';
import { speechOf, useSkillHarness } from '../helpers/skillHarness';

/**
 * Voice-forward account linking through skill.invoke in LWA mode (where it is on by default), carrying session
 * attributes between turns as Alexa does. What the skill says is written out here per language, so a changed or
 * misplaced catalog entry fails; `{fare}` and `{eta}` stand for the quoted numbers.
 */
const SPEECH = [
  {
    locale: 'en-US',
    destination: 'the airport',
    offerLaunch:
      'Welcome to Ride Hailer. I can already tell you what a ride costs. If you link your account, I can book rides for you too. Would you like to link it now? You can say: link my account, or no.',
    offer:
      'I can do that as soon as your account is linked. Linking lets me book rides and keep track of them for you. Would you like to link it now? You can say: link my account, or no.',
    starting: "Sure, let's link your account.",
    resumed:
      'Now I can book your ride. The fare for a car to the airport is about {fare}, and a driver can pick you up in {eta}. Shall I book it?',
    denied:
      'No problem, your account stays unlinked. I can still tell you what a ride costs. What would you like to do?',
    declined:
      'No problem. You can still ask me what a ride costs, and whenever you want to book one, just say: link my account. What would you like to do?',
    card: "To book rides, please link your Ride Hailer account. I've sent a card to the home screen of your Alexa app. Open it and follow the steps there.",
  },
  {
    locale: 'de-DE',
    destination: 'Flughafen',
    offerLaunch:
      'Willkommen bei Ride Hailer. Was eine Fahrt kostet, kann ich Ihnen schon jetzt sagen. Wenn Sie Ihr Konto verknüpfen, kann ich auch Fahrten für Sie buchen. Möchten Sie es jetzt verknüpfen? Sagen Sie: Verknüpfe mein Konto, oder: Nein.',
    offer:
      'Das erledige ich gern, sobald Ihr Konto verknüpft ist. Dann kann ich Fahrten für Sie buchen und im Blick behalten. Möchten Sie es jetzt verknüpfen? Sagen Sie: Verknüpfe mein Konto, oder: Nein.',
    starting: 'Gern, dann verknüpfen wir jetzt Ihr Konto.',
    resumed:
      'Jetzt kann ich Ihre Fahrt buchen. Eine Standardfahrt mit Ziel Flughafen kostet etwa {fare}. Sie können in etwa {eta} abgeholt werden. Soll ich die Fahrt buchen?',
    denied: 'In Ordnung, Ihr Konto bleibt unverknüpft. Fahrpreise kann ich Ihnen trotzdem nennen. Was möchten Sie tun?',
    declined:
      'Kein Problem. Sie können mich trotzdem fragen, was eine Fahrt kostet. Und wenn Sie buchen möchten, sagen Sie einfach: Verknüpfe mein Konto. Was möchten Sie tun?',
    card: 'Um Fahrten zu buchen, verknüpfen Sie bitte Ihr Ride-Hailer-Konto. Ich habe Ihnen eine Karte auf die Startseite Ihrer Alexa-App geschickt. Öffnen Sie sie und folgen Sie dort den Schritten.',
  },
  {
    locale: 'fr-FR',
    destination: "l'aéroport",
    offerLaunch:
      "Bienvenue sur Ride Hailer. Je peux déjà vous donner le prix d'une course. Si vous associez votre compte, je pourrai aussi réserver des courses pour vous. Voulez-vous l'associer maintenant ? Vous pouvez dire : associe mon compte, ou non.",
    offer:
      "Je pourrai le faire dès que votre compte sera associé. Je pourrai alors réserver vos courses et les suivre pour vous. Voulez-vous l'associer maintenant ? Vous pouvez dire : associe mon compte, ou non.",
    starting: 'Très bien, associons votre compte.',
    resumed:
      "Je peux maintenant réserver votre course. Une voiture standard pour l'aéroport coûte environ {fare}, avec une prise en charge dans {eta}. Voulez-vous que je réserve cette course ?",
    denied:
      "Très bien, votre compte reste non associé. Je peux toujours vous donner le prix d'une course. Que souhaitez-vous faire ?",
    declined:
      "Pas de problème. Vous pouvez toujours me demander le prix d'une course, et quand vous voudrez réserver, dites simplement : associe mon compte. Que souhaitez-vous faire ?",
    card: "Pour réserver des courses, veuillez associer votre compte Ride Hailer. Je vous ai envoyé une carte sur la page d'accueil de votre application Alexa. Ouvrez-la et suivez les étapes indiquées.",
  },
  {
    locale: 'nl-NL',
    destination: 'het vliegveld',
    offerLaunch:
      'Welkom bij Ride Hailer. Wat een rit kost, kan ik je nu al vertellen. Als je je account koppelt, kan ik ook ritten voor je boeken. Wil je je account nu koppelen? Zeg: koppel mijn account, of nee.',
    offer:
      'Dat kan ik doen zodra je account gekoppeld is. Dan kan ik ritten voor je boeken en bijhouden. Wil je je account nu koppelen? Zeg: koppel mijn account, of nee.',
    starting: 'Prima, dan koppelen we nu je account.',
    resumed:
      'Nu kan ik je rit boeken. Een standaardauto naar het vliegveld kost ongeveer {fare}. De auto kan je over {eta} ophalen. Zal ik de rit boeken?',
    denied: 'Prima, je account blijft ongekoppeld. Ritprijzen kan ik je nog steeds geven. Wat wil je doen?',
    declined:
      'Geen probleem. Je kunt me nog steeds vragen wat een rit kost, en als je wilt boeken, zeg je gewoon: koppel mijn account. Wat wil je doen?',
    card: 'Om ritten te boeken, moet je je Ride Hailer-account koppelen. Ik heb een kaart naar het startscherm van je Alexa-app gestuurd. Open die en volg daar de stappen.',
  },
  {
    locale: 'it-IT',
    destination: "l'aeroporto",
    offerLaunch:
      'Le do il benvenuto su Ride Hailer. Posso già dirle quanto costa una corsa. Se collega il suo account, posso anche prenotare le corse per lei. Vuole collegarlo adesso? Può dire: collega il mio account, oppure no.',
    offer:
      'Posso farlo non appena il suo account sarà collegato. Così potrò prenotare le corse per lei e seguirle. Vuole collegarlo adesso? Può dire: collega il mio account, oppure no.',
    starting: 'Bene, colleghiamo il suo account.',
    resumed:
      "Ora posso prenotare la sua corsa. Una vettura standard per l'aeroporto costa circa {fare} e può passare a prenderla tra {eta}. Procedo con la prenotazione?",
    denied:
      "D'accordo, il suo account resta non collegato. Posso comunque dirle quanto costa una corsa. Cosa desidera fare?",
    declined:
      'Nessun problema. Può comunque chiedermi quanto costa una corsa, e quando vorrà prenotare basterà dire: collega il mio account. Cosa desidera fare?',
    card: "Per prenotare le corse, colleghi il suo account Ride Hailer. Le ho inviato una scheda nella schermata iniziale dell'app Alexa. La apra e segua i passaggi indicati.",
  },
  {
    locale: 'pt-BR',
    destination: 'o aeroporto',
    offerLaunch:
      'Boas-vindas ao Ride Hailer. Já posso dizer quanto custa uma corrida. Se você vincular sua conta, também posso pedir corridas para você. Quer vincular agora? Você pode dizer: vincula minha conta, ou não.',
    offer:
      'Posso fazer isso assim que sua conta estiver vinculada. Aí posso pedir corridas para você e acompanhá-las. Quer vincular agora? Você pode dizer: vincula minha conta, ou não.',
    starting: 'Certo, vamos vincular sua conta.',
    resumed:
      'Agora posso pedir sua corrida. Uma corrida padrão para o aeroporto custa cerca de {fare}, e o motorista pode buscar você em {eta}. Quer que eu faça o pedido?',
    denied:
      'Certo, sua conta continua sem vínculo. Ainda posso dizer quanto custa uma corrida. O que você gostaria de fazer?',
    declined:
      'Sem problemas. Você ainda pode me perguntar quanto custa uma corrida, e quando quiser pedir uma, é só dizer: vincula minha conta. O que você gostaria de fazer?',
    card: 'Para pedir corridas, vincule sua conta do Ride Hailer. Enviei um cartão para a tela inicial do seu aplicativo Alexa. Abra o cartão e siga as instruções.',
  },
  {
    locale: 'es-ES',
    destination: 'el aeropuerto',
    offerLaunch:
      'Le damos la bienvenida a Ride Hailer. Ya puedo decirle cuánto cuesta un viaje. Si vincula su cuenta, también podré pedir viajes por usted. ¿Quiere vincularla ahora? Puede decir: vincula mi cuenta, o no.',
    offer:
      'Podré hacerlo en cuanto su cuenta esté vinculada. Así podré pedir viajes por usted y seguirlos. ¿Quiere vincularla ahora? Puede decir: vincula mi cuenta, o no.',
    starting: 'Muy bien, vamos a vincular su cuenta.',
    resumed:
      'Ya puedo reservar su viaje. Un viaje estándar hasta el aeropuerto cuesta aproximadamente {fare}, y el vehículo puede pasar por usted en {eta}. ¿Desea que lo reserve?',
    denied: 'Muy bien, su cuenta sigue sin vincular. Puedo seguir diciéndole cuánto cuesta un viaje. ¿Qué desea hacer?',
    declined:
      'No hay problema. Puede seguir preguntándome cuánto cuesta un viaje, y cuando quiera reservar, solo diga: vincula mi cuenta. ¿Qué desea hacer?',
    card: 'Para pedir viajes, vincule su cuenta de Ride Hailer. Le acabo de enviar una tarjeta a la pantalla de inicio de su aplicación Alexa. Ábrala y siga los pasos que se indican allí.',
  },
  {
    locale: 'hi-IN',
    destination: 'एयरपोर्ट',
    offerLaunch:
      'Ride Hailer में आपका स्वागत है। किराया तो मैं अभी बता सकती हूँ। अगर आप अपना अकाउंट लिंक करें, तो मैं आपके लिए राइड भी बुक कर सकती हूँ। क्या आप अभी अकाउंट लिंक करना चाहेंगे? आप बोल सकते हैं: मेरा अकाउंट लिंक करो, या नहीं।',
    offer:
      'आपका अकाउंट लिंक होते ही मैं यह कर सकती हूँ। फिर मैं आपके लिए राइड बुक कर सकूँगी और उन पर नज़र रख सकूँगी। क्या आप अभी अकाउंट लिंक करना चाहेंगे? आप बोल सकते हैं: मेरा अकाउंट लिंक करो, या नहीं।',
    starting: 'ठीक है, चलिए आपका अकाउंट लिंक करते हैं।',
    resumed:
      'अब मैं आपकी राइड बुक कर सकती हूँ। एयरपोर्ट तक स्टैंडर्ड कैब का किराया लगभग {fare} है, और यह {eta} में आपको लेने आ सकती है। क्या मैं इसे बुक कर दूँ?',
    denied: 'कोई बात नहीं, आपका अकाउंट लिंक नहीं किया गया। किराया मैं अब भी बता सकती हूँ। आप क्या करना चाहेंगे?',
    declined:
      'कोई बात नहीं। आप अब भी मुझसे किराया पूछ सकते हैं, और जब राइड बुक करनी हो, तो बस बोलिए: मेरा अकाउंट लिंक करो। आप क्या करना चाहेंगे?',
    card: 'राइड बुक करने के लिए, कृपया अपना Ride Hailer अकाउंट लिंक करें। मैंने आपके Alexa ऐप की होम स्क्रीन पर एक कार्ड भेजा है। उसे खोलें और वहाँ दिए गए स्टेप्स फ़ॉलो करें।',
  },
];

const harness = useSkillHarness({ linkedService: 'lwa' });

let users = 0;
/** A fresh Alexa user per scenario: the refusal memory belongs to one user and speaker. */
function newUser() {
  users += 1;
  return withUserId(`amzn1.ask.account.VOICELINKING${users}`);
}

const carry = (previous: ResponseEnvelope) => withSessionAttributes(previous.sessionAttributes ?? {});
const token = () => withAccessToken(harness.api.validToken);

function pattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('{fare}', '.+').replace('{eta}', '.+')}$`);
}

const START_CONNECTION = {
  type: 'Connections.StartConnection',
  uri: 'connection://AMAZON.AskForAccountLinking/1',
  input: { '@type': 'AskForAccountLinking', '@version': '1' },
  onCompletion: 'RESUME_SESSION',
  token: 'ride-hailer.voice-linking',
};

describe.each(SPEECH)('voice-forward linking in $locale', (say) => {
  const locale = withLocale(say.locale);

  /** An unlinked order from a recognized speaker, then "link my account". */
  async function offerAndStart(user: ReturnType<typeof newUser>) {
    const order = await harness.invoke(
      build('order-ride', locale, withSlots({ destination: say.destination }), withPerson(), user),
    );
    const link = await harness.invoke(
      build('launch', locale, withIntent('LinkAccountIntent'), withPerson(), user, carry(order)),
    );
    return { order, link };
  }

  it('offers linking by voice for an order, starts it on "link my account", and resumes the order once linked', async () => {
    const user = newUser();
    const { order, link } = await offerAndStart(user);
    expect(speechOf(order)).toBe(say.offer);
    expect(order.response.card).toBeUndefined();
    expect(order.response.shouldEndSession).toBe(false);
    expect(speechOf(link)).toBe(say.starting);
    expect(link.response.directives).toEqual([START_CONNECTION]);
    expect(link.response.shouldEndSession).toBeUndefined();

    const resumed = await harness.invoke(build('session-resumed', locale, token(), user, carry(link)));
    expect(speechOf(resumed)).toMatch(pattern(say.resumed));
    expect(resumed.response.card).toBeUndefined();
    expect(resumed.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ConfirmIntent',
      updatedIntent: { name: 'OrderRideIntent', slots: { destination: { value: say.destination } } },
    });
  });

  it('continues unlinked after DENIED and answers the next ride request of that session with the card', async () => {
    const user = newUser();
    const { link } = await offerAndStart(user);
    const denied = await harness.invoke(
      build('session-resumed', locale, withConnectionResult({ status: 'DENIED' }), user, carry(link)),
    );
    expect(speechOf(denied)).toBe(say.denied);
    expect(denied.response.shouldEndSession).toBe(false);
    expect(denied.response.card).toBeUndefined();

    const again = await harness.invoke(
      build('order-ride', locale, withSlots({ destination: say.destination }), withPerson(), user, carry(denied)),
    );
    expect(speechOf(again)).toBe(say.card);
    expect(again.response.card).toEqual({ type: 'LinkAccount' });
    expect(again.response.shouldEndSession).toBe(true);
  });

  it('takes "no" to the offer, keeps the session open and offers nothing more', async () => {
    const user = newUser();
    const order = await harness.invoke(build('order-ride', locale, withPerson(), user));
    const no = await harness.invoke(
      build('launch', locale, withIntent('AMAZON.NoIntent'), withPerson(), user, carry(order)),
    );
    expect(speechOf(no)).toBe(say.declined);
    expect(no.response.shouldEndSession).toBe(false);
    expect(no.response.directives).toBeUndefined();
  });

  it('offers linking when an unlinked speaker opens the skill, and "yes" starts it', async () => {
    const user = newUser();
    const launch = await harness.invoke(build('launch', locale, withPerson(), user));
    expect(speechOf(launch)).toBe(say.offerLaunch);
    expect(launch.response.shouldEndSession).toBe(false);
    const yes = await harness.invoke(
      build('launch', locale, withIntent('AMAZON.YesIntent'), withPerson(), user, carry(launch)),
    );
    expect(yes.response.directives).toEqual([START_CONNECTION]);
  });
});

describe('voice-forward linking, every result and the resume', () => {
  /** Offer for `request`, then "link my account": the response that carries the StartConnection. */
  async function started(user: ReturnType<typeof newUser>, request = build('order-ride', withPerson(), user)) {
    const offer = await harness.invoke(request);
    return harness.invoke(build('launch', withIntent('LinkAccountIntent'), withPerson(), user, carry(offer)));
  }

  it('books the resumed order when the user says yes, without asking for the destination again', async () => {
    const user = newUser();
    const resumed = await harness.invoke(build('session-resumed', token(), user, carry(await started(user))));
    const [confirm] = (resumed.response.directives ?? []) as { updatedIntent: Intent }[];
    const updatedIntent = confirm?.updatedIntent;
    const yes = build('order-ride', token(), user, carry(resumed));
    (yes.request as IntentRequest).intent = { ...(updatedIntent as Intent), confirmationStatus: 'CONFIRMED' };
    const booked = await harness.invoke(yes);
    expect(speechOf(booked)).toMatch(/^Your ride is booked\. .+ will reach you in about \d+ minutes?\.$/);
    expect(speechOf(booked)).not.toMatch(/where/i);

    const cancel = await harness.invoke(build('launch', withIntent('CancelRideIntent'), token(), user));
    const cancelled = build('launch', withIntent('CancelRideIntent'), token(), user, carry(cancel));
    (cancelled.request as IntentRequest).intent.confirmationStatus = 'CONFIRMED';
    expect(speechOf(await harness.invoke(cancelled))).toBe('Done. Your ride to the airport is cancelled.');
  });

  it.each([
    ['USER_REQUIREMENTS_NOT_MET', { status: 'USER_REQUIREMENTS_NOT_MET' }],
    ['a non-200 status code', { code: '403', status: 'LINKED' }],
    ['an unknown result', { status: 'SOMETHING_NEW' }],
    ['no result at all', {}],
  ])('falls back to the card for %s, even with a token present', async (_, result) => {
    const user = newUser();
    const response = await harness.invoke(
      build('session-resumed', withConnectionResult(result), token(), user, carry(await started(user))),
    );
    expect(speechOf(response)).toBe(SPEECH[0]?.card);
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('answers a resume with a token that is not ours calmly, keeping the session', async () => {
    const response = await harness.invoke(
      build('session-resumed', withConnectionResult({ token: 'someone-else', status: 'LINKED' }), newUser()),
    );
    expect(speechOf(response)).toBe(
      'Sorry, I lost track of what we were doing. You can order a car, or ask what a ride costs. What would you like to do?',
    );
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('asks where to go after linking from the welcome, when nothing was pending', async () => {
    const user = newUser();
    const launch = await harness.invoke(build('launch', withPerson(), user));
    const resumed = await harness.invoke(build('session-resumed', token(), user, carry(launch)));
    expect(speechOf(resumed)).toBe('Now I can book rides for you. Where would you like to go?');
    expect(resumed.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'destination',
      updatedIntent: { name: 'OrderRideIntent' },
    });
  });

  it('says it is ready after linking for a status question', async () => {
    const user = newUser();
    const link = await started(user, build('launch', withIntent('RideStatusIntent'), withPerson(), user));
    const resumed = await harness.invoke(build('session-resumed', token(), user, carry(link)));
    expect(speechOf(resumed)).toBe(
      'Your account is linked, so now I can book rides and keep track of them for you. What would you like to do?',
    );
  });

  it('gives the card when LINKED arrives without a token', async () => {
    const user = newUser();
    const response = await harness.invoke(build('session-resumed', user, carry(await started(user))));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
  });

  it('never offers by voice to a speaker Alexa does not recognize: the gate sends the card', async () => {
    const response = await harness.invoke(build('order-ride', withoutPerson, newUser()));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    const link = await harness.invoke(build('launch', withIntent('LinkAccountIntent'), withoutPerson, newUser()));
    expect(link.response.directives).toBeUndefined();
    expect(link.response.card).toEqual({ type: 'LinkAccount' });
  });

  it('treats yes and no outside an offer as something it cannot help with', async () => {
    const response = await harness.invoke(build('launch', withIntent('AMAZON.YesIntent'), withPerson(), newUser()));
    expect(speechOf(response)).toMatch(/^Sorry, Ride Hailer can't help with that\./);
  });

  it('remembers a "no" for 14 days, then offers again', async () => {
    const user = newUser();
    const now = harness.deps.now;
    try {
      const order = await harness.invoke(build('order-ride', withPerson(), user));
      await harness.invoke(build('launch', withIntent('AMAZON.NoIntent'), withPerson(), user, carry(order)));
      const later = Date.now() + 13 * 24 * 3600 * 1000;
      harness.deps.now = () => later;
      const nextWeek = await harness.invoke(build('order-ride', withPerson(), user));
      expect(nextWeek.response.card).toEqual({ type: 'LinkAccount' });
      const otherSpeaker = await harness.invoke(build('order-ride', withPerson('amzn1.ask.person.SOMEONEELSE'), user));
      expect(speechOf(otherSpeaker)).toBe(SPEECH[0]?.offer);
      const after = Date.now() + 15 * 24 * 3600 * 1000;
      harness.deps.now = () => after;
      const twoWeeksOn = await harness.invoke(build('order-ride', withPerson(), user));
      expect(speechOf(twoWeeksOn)).toBe(SPEECH[0]?.offer);
    } finally {
      harness.deps.now = now;
    }
  });
});
