import type { Messages } from './en';

/** हिन्दी. */
export const hi = {
  amazon_code_invalid: 'आपका Amazon साइन-इन समाप्त हो गया है या पहले ही इस्तेमाल हो चुका है। Alexa से जोड़ना फिर से शुरू करें।',
  amazon_unavailable: 'अभी Amazon से संपर्क नहीं हो पाया, इसलिए कुछ भी नहीं जुड़ा। कुछ मिनट बाद फिर से कोशिश करें।',
  alexa_region_unknown:
    'आपका Amazon खाता अभी Alexa के लिए सेट अप नहीं है। पहले Alexa ऐप सेट अप करें, फिर Ride Hailer को दोबारा जोड़ें।',
  alexa_enablement_failed:
    'Alexa, Ride Hailer स्किल को चालू नहीं कर सकी, इसलिए कुछ भी नहीं जुड़ा। कुछ मिनट बाद फिर से कोशिश करें।',
  alexa_not_reached:
    'Ride Hailer हमारी ओर से अलग कर दिया गया है, लेकिन Alexa से संपर्क नहीं हो पाया। वहाँ से भी स्किल हटाने के लिए Alexa ऐप में Ride Hailer को बंद करें।',
  invalid_request: 'Alexa से जोड़ने का यह अनुरोध मान्य नहीं है। Alexa ऐप से फिर से शुरू करें।',
} satisfies Messages;
