/**
 * What Alexa shows on a device with a screen when a skill asks for account linking, and the Alexa app's push
 * notification for the LinkAccount card, in the skill's eight languages. `{skill}` and `{name}` are filled in.
 * Worded after the flows Amazon describes, not copied from a device.
 * @see https://developer.amazon.com/docs/account-linking/account-linking-for-custom-skills.html
 */
export interface ScreenLines {
  /** Beside the QR code. */
  scan: string;
  /** The button that runs linking in the device's own browser. */
  signIn: string;
  /** Above the profile picker (personal account linking). */
  chooseProfile: string;
  /** The picker's entry for linking the shared account rather than one person. */
  shared: string;
  linked: string;
  linkedFor: string;
  /** The push notification on the phone. */
  notification: string;
}

const LINES: Readonly<Record<string, ScreenLines>> = {
  en: {
    scan: 'To use {skill}, you need to link your account. Scan the QR code on the screen with your phone.',
    signIn: 'Sign in using this device',
    chooseProfile: 'Who is linking {skill}? Choose your profile.',
    shared: 'Everyone (the shared account)',
    linked: '{skill} has been successfully linked.',
    linkedFor: '{skill} has been successfully linked for {name}.',
    notification: 'Link your {skill} account to finish setting up the skill. Tap to link.',
  },
  de: {
    scan: 'Um {skill} zu nutzen, musst du dein Konto verknüpfen. Scanne den QR-Code auf dem Bildschirm mit deinem Handy.',
    signIn: 'Auf diesem Gerät anmelden',
    chooseProfile: 'Wer verknüpft {skill}? Wähle dein Profil.',
    shared: 'Alle (das gemeinsame Konto)',
    linked: '{skill} wurde erfolgreich verknüpft.',
    linkedFor: '{skill} wurde für {name} erfolgreich verknüpft.',
    notification: 'Verknüpfe dein {skill}-Konto, um den Skill fertig einzurichten. Zum Verknüpfen tippen.',
  },
  fr: {
    scan: "Pour utiliser {skill}, vous devez associer votre compte. Scannez le code QR affiché à l'écran avec votre téléphone.",
    signIn: 'Se connecter sur cet appareil',
    chooseProfile: 'Qui associe {skill} ? Choisissez votre profil.',
    shared: 'Tout le monde (le compte partagé)',
    linked: '{skill} a bien été associé.',
    linkedFor: '{skill} a bien été associé pour {name}.',
    notification: 'Associez votre compte {skill} pour terminer la configuration de la skill. Touchez pour associer.',
  },
  nl: {
    scan: 'Om {skill} te gebruiken, moet je je account koppelen. Scan de QR-code op het scherm met je telefoon.',
    signIn: 'Inloggen op dit apparaat',
    chooseProfile: 'Wie koppelt {skill}? Kies je profiel.',
    shared: 'Iedereen (het gedeelde account)',
    linked: '{skill} is gekoppeld.',
    linkedFor: '{skill} is gekoppeld voor {name}.',
    notification: 'Koppel je {skill}-account om de skill af te ronden. Tik om te koppelen.',
  },
  it: {
    scan: 'Per usare {skill}, devi collegare il tuo account. Inquadra il codice QR sullo schermo con il telefono.',
    signIn: 'Accedi con questo dispositivo',
    chooseProfile: 'Chi sta collegando {skill}? Scegli il tuo profilo.',
    shared: "Tutti (l'account condiviso)",
    linked: '{skill} è stata collegata.',
    linkedFor: '{skill} è stata collegata per {name}.',
    notification: 'Collega il tuo account {skill} per completare la configurazione della skill. Tocca per collegare.',
  },
  pt: {
    scan: 'Para usar o {skill}, você precisa vincular sua conta. Escaneie com o celular o código QR na tela.',
    signIn: 'Entrar usando este dispositivo',
    chooseProfile: 'Quem está vinculando o {skill}? Escolha seu perfil.',
    shared: 'Todos (a conta compartilhada)',
    linked: 'O {skill} foi vinculado.',
    linkedFor: 'O {skill} foi vinculado para {name}.',
    notification: 'Vincule sua conta do {skill} para concluir a configuração da skill. Toque para vincular.',
  },
  es: {
    scan: 'Para usar {skill}, tienes que vincular tu cuenta. Escanea con el teléfono el código QR de la pantalla.',
    signIn: 'Iniciar sesión con este dispositivo',
    chooseProfile: '¿Quién vincula {skill}? Elige tu perfil.',
    shared: 'Todos (la cuenta compartida)',
    linked: '{skill} se ha vinculado correctamente.',
    linkedFor: '{skill} se ha vinculado correctamente para {name}.',
    notification: 'Vincula tu cuenta de {skill} para terminar de configurar la skill. Toca para vincular.',
  },
  hi: {
    scan: '{skill} इस्तेमाल करने के लिए, आपको अपना अकाउंट लिंक करना होगा। स्क्रीन पर दिख रहा QR कोड अपने फ़ोन से स्कैन करें।',
    signIn: 'इस डिवाइस से साइन इन करें',
    chooseProfile: '{skill} कौन लिंक कर रहा है? अपनी प्रोफ़ाइल चुनें।',
    shared: 'सभी (साझा अकाउंट)',
    linked: '{skill} लिंक हो गया है।',
    linkedFor: '{skill} {name} के लिए लिंक हो गया है।',
    notification: 'स्किल का सेटअप पूरा करने के लिए अपना {skill} अकाउंट लिंक करें। लिंक करने के लिए टैप करें।',
  },
};

/** The screen's lines for a locale's language; English for any other. */
export function screenLines(locale: string): ScreenLines {
  return LINES[locale.slice(0, 2)] ?? (LINES.en as ScreenLines);
}

/** Fills `{skill}` and `{name}` into a line. */
export function fillScreenLine(line: string, vars: { skill: string; name?: string }): string {
  return line.replace(/\{(skill|name)\}/g, (_, key: 'skill' | 'name') => vars[key] ?? '');
}
