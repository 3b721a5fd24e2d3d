import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IntentRequest, RequestEnvelope, SessionResumedRequest, Slot } from 'ask-sdk-model';

/** The real-format envelopes in test/fixtures/requests; variants are derived with the builders below. */
export type FixtureName =
  | 'launch'
  | 'order-ride'
  | 'session-ended'
  | 'session-resumed'
  | 'skill-disabled'
  | 'skill-account-linked';

const cache = new Map<FixtureName, string>();

/** A fresh deep copy of a fixture envelope, with a new request id. */
export function fixture(name: FixtureName): RequestEnvelope {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  const envelope = JSON.parse(text) as RequestEnvelope;
  envelope.request.requestId = `amzn1.echo-api.request.${randomUUID()}`;
  return envelope;
}

type Builder = (envelope: RequestEnvelope) => RequestEnvelope;

/** Applies builders left to right to a fixture. */
export function build(name: FixtureName, ...builders: Builder[]): RequestEnvelope {
  return builders.reduce((envelope, builder) => builder(envelope), fixture(name));
}

export const withLocale =
  (locale: string | undefined): Builder =>
  (envelope) => {
    (envelope.request as { locale?: string }).locale = locale;
    return envelope;
  };

/** Puts the token where Alexa does: `context.System.user` and `session.user` (or only one place). */
export const withAccessToken =
  (token: string, where: 'both' | 'context' | 'session' | 'person' = 'both'): Builder =>
  (envelope) => {
    if (where === 'person') {
      envelope.context.System.person = { personId: 'amzn1.ask.person.FIXTURE', accessToken: token };
      return envelope;
    }
    if (where !== 'session') envelope.context.System.user.accessToken = token;
    if (where !== 'context' && envelope.session) envelope.session.user.accessToken = token;
    return envelope;
  };

/** Turns the envelope into an IntentRequest for `name` (keeps locale, session and context). */
export const withIntent =
  (name: string): Builder =>
  (envelope) => {
    const { requestId, timestamp, locale } = envelope.request;
    envelope.request = {
      type: 'IntentRequest',
      requestId,
      timestamp,
      locale,
      dialogState: 'STARTED',
      intent: { name, confirmationStatus: 'NONE' },
    } as IntentRequest;
    return envelope;
  };

/** Sets slot values (undefined → declared but unfilled); `resolvedId` adds an ER_SUCCESS_MATCH resolution. */
export const withSlots =
  (slots: Record<string, string | { value: string; resolvedId: string } | undefined>): Builder =>
  (envelope) => {
    const { intent } = envelope.request as IntentRequest;
    intent.slots = {};
    for (const [name, input] of Object.entries(slots)) {
      const slot: Slot = { name, confirmationStatus: 'NONE' } as Slot;
      if (typeof input === 'string') slot.value = input;
      if (typeof input === 'object') {
        slot.value = input.value;
        slot.resolutions = {
          resolutionsPerAuthority: [
            {
              authority: `amzn1.er-authority.echo-sdk.fixture.${name}`,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { id: input.resolvedId, name: input.resolvedId } }],
            },
          ],
        };
      }
      intent.slots[name] = slot;
    }
    return envelope;
  };

export const withConfirmation =
  (status: 'NONE' | 'CONFIRMED' | 'DENIED'): Builder =>
  (envelope) => {
    (envelope.request as IntentRequest).intent.confirmationStatus = status;
    (envelope.request as IntentRequest).dialogState = 'IN_PROGRESS';
    return envelope;
  };

export const withSessionAttributes =
  (attributes: Record<string, unknown>, isNew = false): Builder =>
  (envelope) => {
    if (envelope.session) {
      envelope.session.attributes = attributes;
      envelope.session.new = isNew;
    }
    return envelope;
  };

export const withUserId =
  (userId: string): Builder =>
  (envelope) => {
    envelope.context.System.user.userId = userId;
    if (envelope.session) envelope.session.user.userId = userId;
    return envelope;
  };

export const withRequestId =
  (requestId: string): Builder =>
  (envelope) => {
    envelope.request.requestId = requestId;
    return envelope;
  };

/** A recognized speaker (`context.System.person` without a token of its own), as with personalization on. */
export const withPerson =
  (personId = 'amzn1.ask.person.FIXTUREPERSON000000000000000000000000000000000000000'): Builder =>
  (envelope) => {
    envelope.context.System.person = { personId };
    return envelope;
  };

/** No recognized speaker: the `person` object is absent, as for a guest or with personalization off. */
export const withoutPerson: Builder = (envelope) => {
  delete envelope.context.System.person;
  return envelope;
};

/** Sets the SessionResumedRequest's `cause`: token, HTTP-like status code and `result.status` (undefined drops it). */
export const withConnectionResult =
  (result: { status?: string; code?: string; token?: string }): Builder =>
  (envelope) => {
    const request = envelope.request as SessionResumedRequest;
    request.cause = {
      type: 'ConnectionCompleted',
      token: result.token ?? request.cause?.token,
      status: { code: result.code ?? '200', message: result.code === undefined ? 'OK' : 'failed' },
      ...(result.status === undefined ? {} : { result: { status: result.status } }),
    };
    return envelope;
  };

/** Sets the `body` of a skill event (SkillAccountLinked's token, SkillDisabled's persistence status). */
export const withEventBody =
  (body: Record<string, unknown>): Builder =>
  (envelope) => {
    (envelope.request as unknown as { body: Record<string, unknown> }).body = body;
    return envelope;
  };

/** The older envelope format: no `context`, so user, token and application are only in `session`. */
export const withoutContext = (): Builder => (envelope) => {
  delete (envelope as { context?: unknown }).context;
  return envelope;
};

/** Turns the request into another type (keeps id, timestamp and locale), with that type's own fields. */
export const withRequestType =
  (type: string, fields: Record<string, unknown> = {}): Builder =>
  (envelope) => {
    const { requestId, timestamp, locale } = envelope.request;
    envelope.request = { type, requestId, timestamp, locale, ...fields } as unknown as RequestEnvelope['request'];
    return envelope;
  };

/** A recognized speaker with a personal link: `context.System.person` with its own `accessToken`. */
export const withPersonToken =
  (personId: string, token: string): Builder =>
  (envelope) => {
    envelope.context.System.person = { personId, accessToken: token };
    return envelope;
  };

/**
 * A device with a screen, as an Echo Show reports it: `Alexa.Presentation.APL` in supportedInterfaces and a
 * `context.Viewport`; `only` keeps just one of the three signs (APL, Display or Viewport).
 */
export const withScreen =
  (only?: 'APL' | 'Display' | 'Viewport'): Builder =>
  (envelope) => {
    const interfaces = envelope.context.System.device?.supportedInterfaces ?? {};
    if (only === undefined || only === 'APL')
      interfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion: '2024.3' } };
    if (only === 'Display') interfaces.Display = { templateVersion: '1.0', markupVersion: '1.0' };
    if (envelope.context.System.device) envelope.context.System.device.supportedInterfaces = interfaces;
    if (only === undefined || only === 'Viewport') {
      envelope.context.Viewport = {
        shape: 'RECTANGLE',
        pixelWidth: 1280,
        pixelHeight: 800,
        dpi: 160,
        touch: ['SINGLE'],
      };
    }
    return envelope;
  };
