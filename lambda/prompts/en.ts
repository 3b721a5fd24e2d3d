/**
 * English speech. This catalog defines the keys every language must have; `{name}` marks a value the
 * skill fills in (escaped for SSML once, by `t`). Plural entries pick a form with Intl.PluralRules.
 */
export const en = {
  'link.prompt':
    "To book rides, please link your Ride Hailer account. I've sent a card to the home screen of your Alexa app. Open it and follow the steps there.",
  'link.promptScreen':
    "To book rides, please link your Ride Hailer account. Scan the QR code on the screen with your phone, or open the card I've sent to your Alexa app.",
  'link.alreadyLinked': 'Your Ride Hailer account is already linked, so you are all set. What would you like to do?',
  'launch.welcome':
    'Welcome back, {name}. You can order a car, ask where your ride is, or check a fare. What would you like?',
  'launch.welcomeNoName':
    'Welcome back to Ride Hailer. You can order a car, ask where your ride is, or check a fare. What would you like?',
  'launch.reprompt': 'For example, say: order a car to the airport.',
  'launch.unlinked':
    'Welcome to Ride Hailer. I can tell you what a ride costs right away, for example: how much is a ride to the airport? To book rides, link your account by saying: link my account. What would you like to do?',
  'launch.unlinkedReprompt': 'You can ask what a ride to the airport costs, or say: link my account.',
  'link.offer':
    'Welcome to Ride Hailer. I can already tell you what a ride costs. If you link your account, I can book rides for you too. Would you like to link it now? You can say: link my account, or no.',
  'link.offerForRequest':
    'I can do that as soon as your account is linked. Linking lets me book rides and keep track of them for you. Would you like to link it now? You can say: link my account, or no.',
  'link.offerReprompt': 'Would you like to link your account now? Say: link my account, or no.',
  'link.starting': "Sure, let's link your account.",
  'link.declined':
    'No problem. You can still ask me what a ride costs, and whenever you want to book one, just say: link my account. What would you like to do?',
  'link.voiceDenied':
    'No problem, your account stays unlinked. I can still tell you what a ride costs. What would you like to do?',
  'link.linkedReady':
    'Your account is linked, so now I can book rides and keep track of them for you. What would you like to do?',
  'order.confirmAfterLink':
    'Now I can book your ride. The fare for {rideType} to {destination} is about {fare}, and a driver can pick you up in {eta}. Shall I book it?',
  'order.askDestinationAfterLink': 'Now I can book rides for you. Where would you like to go?',
  'resume.lost':
    'Sorry, I lost track of what we were doing. You can order a car, or ask what a ride costs. What would you like to do?',
  'order.askDestination': 'Where would you like to go?',
  'order.askDestinationReprompt': 'Tell me where to take you, for example, the train station.',
  'order.confirm':
    'The fare for {rideType} to {destination} is about {fare}, and a driver can pick you up in {eta}. Shall I book it?',
  'order.confirmReprompt': 'Should I book this ride? Please say yes or no.',
  'order.booked':
    'Your ride is booked. {driver} is coming in a {car}, licence plate {plate}, and will reach you in about {eta}.',
  'order.declined': "Okay, I haven't booked anything.",
  'order.conflict': 'You already have a ride on the way. You can ask me where it is, or cancel it first.',
  'status.active':
    '{driver} is on the way to pick you up in a {car}, licence plate {plate}, in about {eta}. You are going to {destination}.',
  'status.none': "You don't have a ride booked right now. To order one, say: order a car to the airport.",
  'cancel.confirm': 'Do you want me to cancel your ride to {destination}?',
  'cancel.confirmReprompt': 'Should I cancel the ride? Please say yes or no.',
  'cancel.done': 'Done. Your ride to {destination} is cancelled.',
  'cancel.kept': 'Okay, your ride is still on its way.',
  'cancel.none': "There's no ride to cancel right now.",
  'fare.askDestination': 'Where do you want a fare for?',
  'fare.askDestinationReprompt': 'Tell me the destination, for example, the city centre.',
  'fare.estimate': 'The fare for {rideType} to {destination} is about {fare}, and a driver can pick you up in {eta}.',
  'common.anythingElse': 'Is there anything else I can do for you?',
  'help.text':
    'With Ride Hailer you can order a car, hear where your driver is, cancel a ride, or find out what a trip costs. For example, say: how much is a ride to the train station? What would you like to do?',
  'help.reprompt': 'You can say: order a car, where is my ride, or cancel my ride.',
  'fallback.text':
    "Sorry, Ride Hailer can't help with that. You can order a car, check on your ride, cancel it, or ask about fares. What would you like?",
  'fallback.reprompt': 'Try saying: order a car to the airport.',
  goodbye: 'Goodbye, and safe travels.',
  'error.serviceUnavailable': "Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.",
  'error.generic': 'Sorry, something went wrong on my side. Please try again later.',
  minutes: { one: 'one minute', other: '{count} minutes' },
  'rideType.standard': 'a car',
  'rideType.xl': 'an XL car',
  'rideType.premium': 'a premium car',
  'rideType.shared': 'a shared ride',
  // How the language names the destination home in speech (lambda/trip.ts, HomeAsDestinationHandler).
  'place.home': 'your home',
} as const;
