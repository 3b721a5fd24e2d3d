import type { Catalog } from './catalog';

/** German speech (de-DE). Formal address (Sie). */
export const de = {
  'link.prompt':
    'Um Fahrten zu buchen, verknüpfen Sie bitte Ihr Ride-Hailer-Konto. Ich habe Ihnen eine Karte auf die Startseite Ihrer Alexa-App geschickt. Öffnen Sie sie und folgen Sie dort den Schritten.',
  'link.promptScreen':
    'Um Fahrten zu buchen, verknüpfen Sie bitte Ihr Ride-Hailer-Konto. Scannen Sie dazu den QR-Code auf dem Bildschirm mit Ihrem Handy, oder öffnen Sie die Karte, die ich Ihnen in die Alexa-App geschickt habe.',
  'link.alreadyLinked':
    'Ihr Ride-Hailer-Konto ist bereits verknüpft, Sie können also gleich loslegen. Was möchten Sie tun?',
  'launch.welcome':
    'Willkommen zurück, {name}. Sie können ein Auto bestellen, fragen, wo Ihr Wagen gerade ist, oder einen Fahrpreis erfragen. Was möchten Sie tun?',
  'launch.welcomeNoName':
    'Willkommen zurück bei Ride Hailer. Sie können ein Auto bestellen, fragen, wo Ihr Wagen gerade ist, oder einen Fahrpreis erfragen. Was möchten Sie tun?',
  'launch.reprompt': 'Sagen Sie zum Beispiel: Bestelle ein Auto zum Flughafen.',
  'launch.unlinked':
    'Willkommen bei Ride Hailer. Was eine Fahrt kostet, kann ich Ihnen sofort sagen. Fragen Sie zum Beispiel: Was kostet eine Fahrt zum Hauptbahnhof? Um Fahrten zu buchen, verknüpfen Sie Ihr Konto. Sagen Sie dazu einfach: Verknüpfe mein Konto. Was möchten Sie tun?',
  'launch.unlinkedReprompt':
    'Fragen Sie zum Beispiel, was eine Fahrt zum Hauptbahnhof kostet, oder sagen Sie: Verknüpfe mein Konto.',
  'link.offer':
    'Willkommen bei Ride Hailer. Was eine Fahrt kostet, kann ich Ihnen schon jetzt sagen. Wenn Sie Ihr Konto verknüpfen, kann ich auch Fahrten für Sie buchen. Möchten Sie es jetzt verknüpfen? Sagen Sie: Verknüpfe mein Konto, oder: Nein.',
  'link.offerForRequest':
    'Das erledige ich gern, sobald Ihr Konto verknüpft ist. Dann kann ich Fahrten für Sie buchen und im Blick behalten. Möchten Sie es jetzt verknüpfen? Sagen Sie: Verknüpfe mein Konto, oder: Nein.',
  'link.offerReprompt': 'Möchten Sie Ihr Konto jetzt verknüpfen? Sagen Sie: Verknüpfe mein Konto, oder: Nein.',
  'link.starting': 'Gern, dann verknüpfen wir jetzt Ihr Konto.',
  'link.declined':
    'Kein Problem. Sie können mich trotzdem fragen, was eine Fahrt kostet. Und wenn Sie buchen möchten, sagen Sie einfach: Verknüpfe mein Konto. Was möchten Sie tun?',
  'link.voiceDenied':
    'In Ordnung, Ihr Konto bleibt unverknüpft. Fahrpreise kann ich Ihnen trotzdem nennen. Was möchten Sie tun?',
  'link.linkedReady':
    'Ihr Konto ist verknüpft. Jetzt kann ich Fahrten für Sie buchen und im Blick behalten. Was möchten Sie tun?',
  'order.confirmAfterLink':
    'Jetzt kann ich Ihre Fahrt buchen. Eine {rideType} mit Ziel {destination} kostet etwa {fare}. Sie können in etwa {eta} abgeholt werden. Soll ich die Fahrt buchen?',
  'order.askDestinationAfterLink': 'Jetzt kann ich Fahrten für Sie buchen. Wohin möchten Sie fahren?',
  'resume.lost':
    'Entschuldigung, ich habe den Faden verloren. Sie können ein Auto bestellen oder fragen, was eine Fahrt kostet. Was möchten Sie tun?',
  'order.askDestination': 'Wohin möchten Sie fahren?',
  'order.askDestinationReprompt': 'Sagen Sie mir, wohin Sie fahren möchten, zum Beispiel zum Hauptbahnhof.',
  'order.confirm':
    'Eine {rideType} mit Ziel {destination} kostet etwa {fare}. Sie können in etwa {eta} abgeholt werden. Soll ich die Fahrt buchen?',
  'order.confirmReprompt': 'Soll ich diese Fahrt buchen? Bitte sagen Sie Ja oder Nein.',
  'order.booked': 'Ihre Fahrt ist gebucht. {driver} holt Sie in etwa {eta} ab. Fahrzeug: {car}, Kennzeichen {plate}.',
  'order.declined': 'Okay, ich habe nichts gebucht.',
  'order.conflict':
    'Es ist bereits ein Wagen zu Ihnen unterwegs. Sie können mich fragen, wo er gerade ist, oder die Fahrt zuerst stornieren.',
  'status.active':
    '{driver} ist unterwegs und holt Sie in etwa {eta} ab. Fahrzeug: {car}, Kennzeichen {plate}. Ihr Ziel: {destination}.',
  'status.none':
    'Sie haben gerade keine Fahrt gebucht. Um eine zu bestellen, sagen Sie: Bestelle ein Auto zum Flughafen.',
  'cancel.confirm': 'Soll ich Ihre Fahrt mit Ziel {destination} stornieren?',
  'cancel.confirmReprompt': 'Soll ich die Fahrt stornieren? Bitte sagen Sie Ja oder Nein.',
  'cancel.done': 'Erledigt. Ihre Fahrt mit Ziel {destination} ist storniert.',
  'cancel.kept': 'Okay, Ihr Wagen ist weiterhin unterwegs.',
  'cancel.none': 'Im Moment gibt es keine Fahrt, die ich stornieren könnte.',
  'fare.askDestination': 'Für welches Ziel möchten Sie den Fahrpreis wissen?',
  'fare.askDestinationReprompt': 'Nennen Sie mir Ihr Ziel, zum Beispiel die Innenstadt.',
  'fare.estimate':
    'Eine {rideType} mit Ziel {destination} kostet etwa {fare}. Sie können in etwa {eta} abgeholt werden.',
  'common.anythingElse': 'Kann ich sonst noch etwas für Sie tun?',
  'help.text':
    'Mit Ride Hailer können Sie ein Auto bestellen, hören, wo Ihr Wagen gerade ist, eine Fahrt stornieren oder erfahren, was eine Fahrt kostet. Sagen Sie zum Beispiel: Was kostet eine Fahrt zum Hauptbahnhof? Was möchten Sie tun?',
  'help.reprompt': 'Sie können sagen: Bestelle ein Auto. Wo ist mein Wagen? Oder: Storniere meine Fahrt.',
  'fallback.text':
    'Entschuldigung, dabei kann Ride Hailer leider nicht helfen. Sie können ein Auto bestellen, nachfragen, wo Ihr Wagen ist, eine Fahrt stornieren oder nach Fahrpreisen fragen. Was möchten Sie tun?',
  'fallback.reprompt': 'Sagen Sie zum Beispiel: Bestelle ein Auto zum Flughafen.',
  goodbye: 'Auf Wiedersehen und gute Fahrt!',
  'error.serviceUnavailable':
    'Entschuldigung, ich kann Ride Hailer gerade nicht erreichen. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  'error.generic': 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es später noch einmal.',
  // Always spoken after "in etwa", so the singular is dative ("in etwa einer Minute").
  minutes: { one: 'einer Minute', other: '{count} Minuten' },
  // All feminine ("Fahrt"), so "Eine {rideType}" stays grammatical for every type.
  'rideType.standard': 'Standardfahrt',
  'rideType.xl': 'XL-Fahrt',
  'rideType.premium': 'Premiumfahrt',
  'rideType.shared': 'Sammelfahrt',
  'place.home': 'Zuhause',
} as const satisfies Catalog;
