import type { Catalog } from './catalog';

/** Spanish speech, neutral for es-ES, es-MX and es-US. Formal address (usted). */
export const es = {
  'link.prompt':
    'Para pedir viajes, vincule su cuenta de Ride Hailer. Le acabo de enviar una tarjeta a la pantalla de inicio de su aplicación Alexa. Ábrala y siga los pasos que se indican allí.',
  'link.promptScreen':
    'Para pedir viajes, vincule su cuenta de Ride Hailer. Escanee con su teléfono el código QR de la pantalla, o abra la tarjeta que le he enviado a su aplicación Alexa.',
  'link.alreadyLinked': 'Su cuenta de Ride Hailer ya está vinculada, así que todo está listo. ¿Qué desea hacer?',
  'launch.welcome':
    'Hola de nuevo, {name}. Puede pedir un vehículo, preguntar dónde está su viaje o consultar una tarifa. ¿Qué desea hacer?',
  'launch.welcomeNoName':
    'Le damos la bienvenida de nuevo a Ride Hailer. Puede pedir un vehículo, preguntar dónde está su viaje o consultar una tarifa. ¿Qué desea hacer?',
  'launch.reprompt': 'Por ejemplo, diga: pide un vehículo al aeropuerto.',
  'launch.unlinked':
    'Le damos la bienvenida a Ride Hailer. Puedo decirle ahora mismo cuánto cuesta un viaje, por ejemplo: ¿cuánto cuesta un viaje hasta la estación de tren? Para pedir viajes, vincule su cuenta diciendo: vincula mi cuenta. ¿Qué desea hacer?',
  'launch.unlinkedReprompt':
    'Puede preguntar cuánto cuesta un viaje hasta la estación de tren, o decir: vincula mi cuenta.',
  'link.offer':
    'Le damos la bienvenida a Ride Hailer. Ya puedo decirle cuánto cuesta un viaje. Si vincula su cuenta, también podré pedir viajes por usted. ¿Quiere vincularla ahora? Puede decir: vincula mi cuenta, o no.',
  'link.offerForRequest':
    'Podré hacerlo en cuanto su cuenta esté vinculada. Así podré pedir viajes por usted y seguirlos. ¿Quiere vincularla ahora? Puede decir: vincula mi cuenta, o no.',
  'link.offerReprompt': '¿Quiere vincular su cuenta ahora? Diga: vincula mi cuenta, o no.',
  'link.starting': 'Muy bien, vamos a vincular su cuenta.',
  'link.declined':
    'No hay problema. Puede seguir preguntándome cuánto cuesta un viaje, y cuando quiera reservar, solo diga: vincula mi cuenta. ¿Qué desea hacer?',
  'link.voiceDenied':
    'Muy bien, su cuenta sigue sin vincular. Puedo seguir diciéndole cuánto cuesta un viaje. ¿Qué desea hacer?',
  'link.linkedReady':
    'Su cuenta está vinculada, así que ya puedo pedir viajes por usted y seguirlos. ¿Qué desea hacer?',
  'order.confirmAfterLink':
    'Ya puedo reservar su viaje. Un {rideType} hasta {destination} cuesta aproximadamente {fare}, y el vehículo puede pasar por usted en {eta}. ¿Desea que lo reserve?',
  'order.askDestinationAfterLink': 'Ya puedo pedir viajes por usted. ¿A dónde desea ir?',
  'resume.lost':
    'Lo siento, perdí el hilo de lo que estábamos haciendo. Puede pedir un vehículo o preguntar cuánto cuesta un viaje. ¿Qué desea hacer?',
  'order.askDestination': '¿A dónde desea ir?',
  'order.askDestinationReprompt': 'Dígame a dónde quiere ir, por ejemplo, la estación de tren.',
  'order.confirm':
    'Un {rideType} hasta {destination} cuesta aproximadamente {fare}, y el vehículo puede pasar por usted en {eta}. ¿Desea que lo reserve?',
  'order.confirmReprompt': '¿Reservo este viaje? Por favor, diga sí o no.',
  'order.booked':
    'Su viaje está reservado. {driver} pasará por usted en aproximadamente {eta}. Vehículo: {car}, placa {plate}.',
  'order.declined': 'De acuerdo, no reservaré nada.',
  'order.conflict': 'Ya tiene un viaje en camino. Puede preguntarme dónde está o cancelarlo primero.',
  'status.active':
    '{driver} va en camino y pasará por usted en aproximadamente {eta}. Vehículo: {car}, placa {plate}. Destino: {destination}.',
  'status.none': 'Ahora mismo no tiene ningún viaje reservado. Para pedir uno, diga: pide un vehículo al aeropuerto.',
  'cancel.confirm': '¿Quiere que cancele su viaje hasta {destination}?',
  'cancel.confirmReprompt': '¿Cancelo el viaje? Por favor, diga sí o no.',
  'cancel.done': 'Listo. Su viaje hasta {destination} está cancelado.',
  'cancel.kept': 'De acuerdo, su viaje sigue en camino.',
  'cancel.none': 'Ahora mismo no hay ningún viaje que cancelar.',
  'fare.askDestination': '¿Para qué destino quiere saber la tarifa?',
  'fare.askDestinationReprompt': 'Dígame el destino, por ejemplo, el centro de la ciudad.',
  'fare.estimate':
    'Un {rideType} hasta {destination} cuesta aproximadamente {fare}, y el vehículo puede pasar por usted en {eta}.',
  'common.anythingElse': '¿Puedo hacer algo más por usted?',
  'help.text':
    'Con Ride Hailer puede pedir un vehículo, saber dónde está su conductor, cancelar un viaje o averiguar cuánto cuesta un trayecto. Por ejemplo, diga: ¿cuánto cuesta un viaje hasta la estación de tren? ¿Qué desea hacer?',
  'help.reprompt': 'Puede decir: pide un vehículo, dónde está mi viaje, o cancela mi viaje.',
  'fallback.text':
    'Lo siento, Ride Hailer no puede ayudar con eso. Puede pedir un vehículo, consultar su viaje, cancelarlo o preguntar por las tarifas. ¿Qué desea hacer?',
  'fallback.reprompt': 'Intente decir: pide un vehículo al aeropuerto.',
  goodbye: 'Adiós, y buen viaje.',
  'error.serviceUnavailable':
    'Lo siento, ahora mismo no puedo conectar con Ride Hailer. Inténtelo de nuevo en unos minutos.',
  'error.generic': 'Lo siento, algo salió mal por mi parte. Inténtelo de nuevo más tarde.',
  minutes: { one: 'un minuto', other: '{count} minutos' },
  // All masculine ("viaje"), so "Un {rideType}" and "¿Desea que lo reserve?" fit every type.
  'rideType.standard': 'viaje estándar',
  'rideType.xl': 'viaje XL',
  'rideType.premium': 'viaje premium',
  'rideType.shared': 'viaje compartido',
  'place.home': 'casa',
} as const satisfies Catalog;
