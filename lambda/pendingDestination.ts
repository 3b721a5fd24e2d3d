import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';

const KEY = 'elicitingDestination';

type ElicitSlot = Directive & { slotToElicit?: string; updatedIntent?: { name?: string } };

function elicitedIntent(response: Response | undefined): string | undefined {
  for (const directive of (response?.directives ?? []) as ElicitSlot[]) {
    if (directive.type === 'Dialog.ElicitSlot' && directive.slotToElicit === 'destination') {
      return directive.updatedIntent?.name;
    }
  }
  return undefined;
}

/**
 * Notes in the session which intent's destination the response asks for (Dialog.ElicitSlot), and forgets it on
 * any other response: the next request can then tell an answer to "where to?" from a fresh request.
 */
export const pendingDestinationInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (input.requestEnvelope.session === undefined) return;
    const attributes = input.attributesManager.getSessionAttributes();
    const intent = response?.shouldEndSession === true ? undefined : elicitedIntent(response);
    if (intent === undefined && attributes[KEY] === undefined) return;
    const { [KEY]: _previous, ...rest } = attributes;
    input.attributesManager.setSessionAttributes(intent === undefined ? rest : { ...rest, [KEY]: intent });
  },
};

/** The intent whose destination the skill asked for in its last response (the session it sent back), if any. */
export function pendingDestinationIntent(input: HandlerInput): string | undefined {
  const value: unknown = input.requestEnvelope.session?.attributes?.[KEY];
  return typeof value === 'string' ? value : undefined;
}
