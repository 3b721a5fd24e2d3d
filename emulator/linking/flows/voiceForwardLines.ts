/**
 * Alexa's own words in voice-forward account linking — not the skill's — in the skill's eight languages:
 * consent for the profile scopes, the one-time code, and how it ends. `{skill}`, `{data}`, `{name}` and
 * `{code}` are filled in. Worded after the flow Amazon describes, not copied from a device.
 * @see https://developer.amazon.com/docs/account-linking/use-voice-forward-account-linking.html
 */
export interface VoiceForwardLines {
  consent: string;
  consentAgain: string;
  /** What the `profile` scope shares, as {data}. */
  dataProfile: string;
  /** Any other scope set, as {data}. */
  dataOther: string;
  codePrompt: string;
  /** The text message with the code, as the phone shows it. */
  phoneText: string;
  codeAgain: string;
  codeWrong: string;
  codeFailed: string;
  linked: string;
  denied: string;
  failed: string;
}

const LINES: Readonly<Record<string, VoiceForwardLines>> = {
  // English
  en: {
    consent:
      "To link your account, I'll need to share some information from your Alexa profile. Do you give {skill} permission to access {data}? You can say, 'I approve', or 'No'.",
    consentAgain:
      "Sorry, I didn't get that. Do you give {skill} permission to access {data}? Say, 'I approve', or 'No'.",
    dataProfile: 'your name and email address',
    dataOther: 'your Amazon profile',
    codePrompt: "{name}, to authenticate your request, say, 'My code is', followed by the code I sent to your phone.",
    phoneText: "Alexa: {code} is your verification code to link {skill}. Don't share it with anyone.",
    codeAgain: "I didn't catch a code. Say, 'My code is', followed by the six digits on your phone.",
    codeWrong: "That code doesn't match. Please try again: say, 'My code is', followed by the code on your phone.",
    codeFailed: "Sorry, that code doesn't match either, so I can't link your account right now.",
    linked:
      "Great, {name}. I've signed you in with {skill} using Login with Amazon. You can manage your linked account in the skills section of your Alexa app.",
    denied: "Okay, I won't link your account.",
    failed: "Sorry, I couldn't link your account with {skill} right now.",
  },
  // German (Alexa says du)
  de: {
    consent:
      'Um dein Konto zu verknüpfen, muss ich einige Informationen aus deinem Alexa-Profil teilen. Erlaubst du {skill}, auf {data} zuzugreifen? Du kannst sagen: „Ich stimme zu“ oder „Nein“.',
    consentAgain:
      'Entschuldigung, das habe ich nicht verstanden. Erlaubst du {skill}, auf {data} zuzugreifen? Sag: „Ich stimme zu“ oder „Nein“.',
    dataProfile: 'deinen Namen und deine E-Mail-Adresse',
    dataOther: 'dein Amazon-Profil',
    codePrompt:
      '{name}, um deine Anfrage zu bestätigen, sag „Mein Code ist“ und dann den Code, den ich an dein Handy geschickt habe.',
    phoneText: 'Alexa: {code} ist dein Bestätigungscode, um {skill} zu verknüpfen. Gib ihn an niemanden weiter.',
    codeAgain: 'Ich habe keinen Code gehört. Sag „Mein Code ist“ und dann die sechs Ziffern auf deinem Handy.',
    codeWrong:
      'Dieser Code stimmt nicht. Versuch es noch einmal: Sag „Mein Code ist“ und dann den Code auf deinem Handy.',
    codeFailed: 'Tut mir leid, auch dieser Code stimmt nicht. Ich kann dein Konto gerade nicht verknüpfen.',
    linked:
      'Super, {name}. Ich habe dich mit Login with Amazon bei {skill} angemeldet. Dein verknüpftes Konto kannst du im Bereich Skills deiner Alexa-App verwalten.',
    denied: 'Okay, ich verknüpfe dein Konto nicht.',
    failed: 'Tut mir leid, ich konnte dein Konto gerade nicht mit {skill} verknüpfen.',
  },
  // French
  fr: {
    consent:
      "Pour associer votre compte, je dois partager certaines informations de votre profil Alexa. Autorisez-vous {skill} à accéder à {data} ? Vous pouvez dire « J'approuve » ou « Non ».",
    consentAgain:
      "Désolée, je n'ai pas compris. Autorisez-vous {skill} à accéder à {data} ? Dites « J'approuve » ou « Non ».",
    dataProfile: 'votre nom et votre adresse e-mail',
    dataOther: 'votre profil Amazon',
    codePrompt:
      "{name}, pour confirmer votre demande, dites « Mon code est », suivi du code que j'ai envoyé sur votre téléphone.",
    phoneText: 'Alexa : {code} est votre code de vérification pour associer {skill}. Ne le communiquez à personne.',
    codeAgain:
      "Je n'ai pas entendu de code. Dites « Mon code est », suivi des six chiffres affichés sur votre téléphone.",
    codeWrong:
      'Ce code ne correspond pas. Réessayez : dites « Mon code est », suivi du code affiché sur votre téléphone.',
    codeFailed: 'Désolée, ce code ne correspond pas non plus. Je ne peux pas associer votre compte pour le moment.',
    linked:
      'Parfait, {name}. Je vous ai connecté à {skill} avec Login with Amazon. Vous pouvez gérer votre compte associé dans la section Skills de votre application Alexa.',
    denied: "D'accord, je n'associe pas votre compte.",
    failed: "Désolée, je n'ai pas pu associer votre compte à {skill} pour le moment.",
  },
  // Dutch
  nl: {
    consent:
      "Om je account te koppelen, moet ik wat gegevens uit je Alexa-profiel delen. Geef je {skill} toestemming om {data} te gebruiken? Je kunt zeggen: 'Ik ga akkoord' of 'Nee'.",
    consentAgain:
      "Sorry, dat heb ik niet begrepen. Geef je {skill} toestemming om {data} te gebruiken? Zeg: 'Ik ga akkoord' of 'Nee'.",
    dataProfile: 'je naam en e-mailadres',
    dataOther: 'je Amazon-profiel',
    codePrompt:
      "{name}, zeg ter bevestiging 'Mijn code is', gevolgd door de code die ik naar je telefoon heb gestuurd.",
    phoneText: 'Alexa: {code} is je verificatiecode om {skill} te koppelen. Deel deze code met niemand.',
    codeAgain: "Ik heb geen code gehoord. Zeg 'Mijn code is', gevolgd door de zes cijfers op je telefoon.",
    codeWrong: "Die code klopt niet. Probeer het nog eens: zeg 'Mijn code is', gevolgd door de code op je telefoon.",
    codeFailed: 'Sorry, ook die code klopt niet. Ik kan je account nu niet koppelen.',
    linked:
      'Top, {name}. Ik heb je met Login with Amazon aangemeld bij {skill}. Je gekoppelde account beheer je in het gedeelte Skills van je Alexa-app.',
    denied: 'Oké, ik koppel je account niet.',
    failed: 'Sorry, ik kon je account nu niet koppelen aan {skill}.',
  },
  // Italian (Alexa says tu)
  it: {
    consent:
      "Per collegare il tuo account, devo condividere alcune informazioni del tuo profilo Alexa. Autorizzi {skill} ad accedere {data}? Puoi dire: 'Approvo', oppure 'No'.",
    consentAgain: "Scusa, non ho capito. Autorizzi {skill} ad accedere {data}? Di': 'Approvo', oppure 'No'.",
    dataProfile: 'al tuo nome e al tuo indirizzo email',
    dataOther: 'al tuo profilo Amazon',
    codePrompt:
      "{name}, per confermare la richiesta, di' 'Il mio codice è', seguito dal codice che ho inviato al tuo telefono.",
    phoneText: 'Alexa: {code} è il tuo codice di verifica per collegare {skill}. Non condividerlo con nessuno.',
    codeAgain: "Non ho sentito nessun codice. Di' 'Il mio codice è', seguito dalle sei cifre sul tuo telefono.",
    codeWrong: "Questo codice non corrisponde. Riprova: di' 'Il mio codice è', seguito dal codice sul tuo telefono.",
    codeFailed: 'Mi dispiace, neanche questo codice corrisponde, quindi ora non posso collegare il tuo account.',
    linked:
      "Perfetto, {name}. Ti ho fatto accedere a {skill} con Login with Amazon. Puoi gestire l'account collegato nella sezione Skill dell'app Alexa.",
    denied: 'Va bene, non collego il tuo account.',
    failed: 'Mi dispiace, non sono riuscita a collegare il tuo account a {skill}.',
  },
  // Brazilian Portuguese
  pt: {
    consent:
      "Para vincular sua conta, preciso compartilhar algumas informações do seu perfil da Alexa. Você permite que {skill} acesse {data}? Você pode dizer: 'Eu aprovo' ou 'Não'.",
    consentAgain: "Desculpe, não entendi. Você permite que {skill} acesse {data}? Diga: 'Eu aprovo' ou 'Não'.",
    dataProfile: 'seu nome e seu endereço de e-mail',
    dataOther: 'seu perfil da Amazon',
    codePrompt:
      "{name}, para confirmar seu pedido, diga 'Meu código é', seguido do código que enviei para o seu celular.",
    phoneText: 'Alexa: {code} é o seu código de verificação para vincular {skill}. Não compartilhe com ninguém.',
    codeAgain: "Não ouvi nenhum código. Diga 'Meu código é', seguido dos seis dígitos no seu celular.",
    codeWrong: "Esse código não confere. Tente de novo: diga 'Meu código é', seguido do código no seu celular.",
    codeFailed: 'Desculpe, esse código também não confere, então não consigo vincular sua conta agora.',
    linked:
      'Ótimo, {name}. Conectei você a {skill} com o Login with Amazon. Você pode gerenciar a conta vinculada na seção Skills do aplicativo Alexa.',
    denied: 'Tudo bem, não vou vincular sua conta.',
    failed: 'Desculpe, não consegui vincular sua conta a {skill} agora.',
  },
  // Spanish (Alexa says tú)
  es: {
    consent:
      "Para vincular tu cuenta, necesito compartir información de tu perfil de Alexa. ¿Das permiso a {skill} para acceder a {data}? Puedes decir: 'Lo apruebo' o 'No'.",
    consentAgain: "Perdona, no te he entendido. ¿Das permiso a {skill} para acceder a {data}? Di: 'Lo apruebo' o 'No'.",
    dataProfile: 'tu nombre y tu correo electrónico',
    dataOther: 'tu perfil de Amazon',
    codePrompt:
      "{name}, para confirmar tu solicitud, di 'Mi código es', seguido del código que he enviado a tu teléfono.",
    phoneText: 'Alexa: {code} es tu código de verificación para vincular {skill}. No lo compartas con nadie.',
    codeAgain: "No he oído ningún código. Di 'Mi código es', seguido de los seis dígitos de tu teléfono.",
    codeWrong: "Ese código no coincide. Inténtalo de nuevo: di 'Mi código es', seguido del código de tu teléfono.",
    codeFailed: 'Lo siento, ese código tampoco coincide, así que ahora no puedo vincular tu cuenta.',
    linked:
      'Genial, {name}. He iniciado tu sesión en {skill} con Login with Amazon. Puedes gestionar tu cuenta vinculada en la sección Skills de la aplicación Alexa.',
    denied: 'De acuerdo, no vincularé tu cuenta.',
    failed: 'Lo siento, ahora no he podido vincular tu cuenta con {skill}.',
  },
  // Hindi
  hi: {
    consent:
      "आपका अकाउंट लिंक करने के लिए मुझे आपकी Alexa प्रोफ़ाइल की कुछ जानकारी शेयर करनी होगी। क्या आप {skill} को {data} देखने की अनुमति देते हैं? आप बोल सकते हैं: 'मैं अनुमति देता हूँ', या 'नहीं'।",
    consentAgain:
      "माफ़ कीजिए, मैं समझ नहीं पाई। क्या आप {skill} को {data} देखने की अनुमति देते हैं? बोलिए: 'मैं अनुमति देता हूँ', या 'नहीं'।",
    dataProfile: 'आपका नाम और ईमेल पता',
    dataOther: 'आपकी Amazon प्रोफ़ाइल',
    codePrompt: "{name}, अपनी रिक्वेस्ट कन्फ़र्म करने के लिए बोलिए 'मेरा कोड है', और फिर वह कोड जो मैंने आपके फ़ोन पर भेजा है।",
    phoneText: 'Alexa: {skill} लिंक करने के लिए आपका वेरिफ़िकेशन कोड {code} है। इसे किसी के साथ शेयर न करें।',
    codeAgain: "मुझे कोई कोड सुनाई नहीं दिया। बोलिए 'मेरा कोड है', और फिर आपके फ़ोन पर आए छह अंक।",
    codeWrong: "यह कोड मेल नहीं खाता। फिर से कोशिश करें: बोलिए 'मेरा कोड है', और फिर आपके फ़ोन पर आया कोड।",
    codeFailed: 'माफ़ कीजिए, यह कोड भी मेल नहीं खाता, इसलिए मैं अभी आपका अकाउंट लिंक नहीं कर सकती।',
    linked:
      'बढ़िया, {name}। मैंने Login with Amazon से आपको {skill} में साइन इन कर दिया है। लिंक किया गया अकाउंट आप अपने Alexa ऐप के स्किल्स सेक्शन में मैनेज कर सकते हैं।',
    denied: 'ठीक है, मैं आपका अकाउंट लिंक नहीं करूँगी।',
    failed: 'माफ़ कीजिए, मैं अभी आपका अकाउंट {skill} से लिंक नहीं कर पाई।',
  },
};

/** The lines for a locale's language; English for any other. */
export function voiceForwardLines(locale: string): VoiceForwardLines {
  return LINES[locale.slice(0, 2)] ?? (LINES.en as VoiceForwardLines);
}

/** A line with its `{name}` placeholders filled in. */
export function fill(line: string, vars: Record<string, string>): string {
  return line.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
