import type { Directive, Intent, Response } from 'ask-sdk-model';
import { buildIntent, type SlotInput } from '../alexa/envelopes';

/** What the skill asked for with a Dialog directive; the next utterance answers it. */
export type PendingDialog =
  | { kind: 'elicit'; intent: Intent; slot: string }
  | { kind: 'confirmIntent'; intent: Intent }
  | { kind: 'confirmSlot'; intent: Intent; slot: string };

type DialogDirective = Directive & { updatedIntent?: Intent; slotToElicit?: string; slotToConfirm?: string };

/**
 * The dialog step a response asks for: Dialog.ElicitSlot, Dialog.ConfirmIntent or Dialog.ConfirmSlot, on
 * `updatedIntent` when the skill sent one, else on the intent of the request.
 * @see https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html
 */
export function pendingFrom(response: Response | undefined, requested: Intent | undefined): PendingDialog | undefined {
  for (const directive of (response?.directives ?? []) as DialogDirective[]) {
    const intent = directive.updatedIntent ?? requested;
    if (intent === undefined) continue;
    if (directive.type === 'Dialog.ElicitSlot' && directive.slotToElicit) {
      return { kind: 'elicit', intent, slot: directive.slotToElicit };
    }
    if (directive.type === 'Dialog.ConfirmIntent') return { kind: 'confirmIntent', intent };
    if (directive.type === 'Dialog.ConfirmSlot' && directive.slotToConfirm) {
      return { kind: 'confirmSlot', intent, slot: directive.slotToConfirm };
    }
  }
  return undefined;
}

/** Whether a response delegates the dialog to Alexa, which the emulator does not play. */
export function delegates(response: Response | undefined): boolean {
  return (response?.directives ?? []).some((directive) => directive.type === 'Dialog.Delegate');
}

/** The intent with new slot values laid over its existing slots; other slots keep their values. */
export function withSlots(intent: Intent, slots: Record<string, SlotInput>, skillId: string): Intent {
  const fresh = buildIntent({ name: intent.name, slots }, skillId).slots ?? {};
  return {
    ...intent,
    confirmationStatus: intent.confirmationStatus ?? 'NONE',
    slots: { ...(intent.slots ?? {}), ...fresh },
  };
}
