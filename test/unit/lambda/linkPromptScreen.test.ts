import { build, withIntent, withLocale, withScreen, withSlots } from '../../helpers/requests';
import { speechOf } from '../../helpers/skillHarness';
import { unitSkill } from '../../helpers/unitSkill';

/**
 * On a device with a screen the link response is still the LinkAccount card (Alexa shows it as a QR code), and
 * the speech says to scan the code: written out here for one locale per language.
 */
const SCREEN_SPEECH: [string, string][] = [
  [
    'en-US',
    "To book rides, please link your Ride Hailer account. Scan the QR code on the screen with your phone, or open the card I've sent to your Alexa app.",
  ],
  [
    'de-DE',
    'Um Fahrten zu buchen, verknüpfen Sie bitte Ihr Ride-Hailer-Konto. Scannen Sie dazu den QR-Code auf dem Bildschirm mit Ihrem Handy, oder öffnen Sie die Karte, die ich Ihnen in die Alexa-App geschickt habe.',
  ],
  [
    'fr-FR',
    "Pour réserver des courses, veuillez associer votre compte Ride Hailer. Scannez avec votre téléphone le code QR affiché à l'écran, ou ouvrez la carte que je vous ai envoyée dans l'application Alexa.",
  ],
  [
    'nl-NL',
    'Om ritten te boeken, moet je je Ride Hailer-account koppelen. Scan de QR-code op het scherm met je telefoon, of open de kaart die ik naar je Alexa-app heb gestuurd.',
  ],
  [
    'it-IT',
    "Per prenotare le corse, colleghi il suo account Ride Hailer. Inquadri con il telefono il codice QR sullo schermo, oppure apra la scheda che le ho inviato nell'app Alexa.",
  ],
  [
    'pt-BR',
    'Para pedir corridas, vincule sua conta do Ride Hailer. Escaneie com o celular o código QR na tela, ou abra o cartão que enviei para o seu aplicativo Alexa.',
  ],
  [
    'es-ES',
    'Para pedir viajes, vincule su cuenta de Ride Hailer. Escanee con su teléfono el código QR de la pantalla, o abra la tarjeta que le he enviado a su aplicación Alexa.',
  ],
  [
    'hi-IN',
    'राइड बुक करने के लिए, कृपया अपना Ride Hailer अकाउंट लिंक करें। स्क्रीन पर दिख रहा QR कोड अपने फ़ोन से स्कैन करें, या आपके Alexa ऐप पर भेजा गया कार्ड खोलें।',
  ],
];

const order = (locale: string) =>
  build('launch', withLocale(locale), withIntent('OrderRideIntent'), withSlots({ destination: 'home' }));

describe('the link response on a device with a screen', () => {
  it.each(SCREEN_SPEECH)(
    '%s: mentions the QR code on the screen and keeps the LinkAccount card',
    async (locale, speech) => {
      const response = await unitSkill().invoke(withScreen()(order(locale)));
      expect(speechOf(response)).toBe(speech);
      expect(response.response.card).toEqual({ type: 'LinkAccount' });
      expect(response.response.shouldEndSession).toBe(true);
    },
  );

  it('does not mention a screen on a voice-only device', async () => {
    const response = await unitSkill().invoke(order('en-US'));
    expect(speechOf(response)).toBe(
      "To book rides, please link your Ride Hailer account. I've sent a card to the home screen of your Alexa app. Open it and follow the steps there.",
    );
  });
});
