/** Stable error codes for everything the skill can fail on; the error handler maps class → response. */
export type SkillErrorCode =
  | 'CONFIG_INVALID'
  | 'MALFORMED_REQUEST'
  | 'ACCOUNT_NOT_LINKED'
  | 'LINKED_SERVICE_UNAVAILABLE'
  | 'RIDE_CONFLICT'
  | 'PERSISTENCE_FAILED';

/** Base class of every error the skill raises on purpose. */
export abstract class SkillError extends Error {
  abstract readonly code: SkillErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration variable is missing or malformed; raised once at start. */
export class ConfigError extends SkillError {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

/** The event is not an Alexa request envelope; raised at the Lambda edge before any handler runs. */
export class MalformedRequestError extends SkillError {
  readonly code = 'MALFORMED_REQUEST';
}

/**
 * The request has no usable access token: none was sent, or the linked service rejected it
 * (RFC 6750 §3.1 `invalid_token`). Rendered with the same link response as a missing token.
 */
export class AccountNotLinkedError extends SkillError {
  readonly code = 'ACCOUNT_NOT_LINKED';
}

/** The linked service (Ride Hailer API or LWA) is down, slow, failing or answering garbage. */
export class LinkedServiceUnavailableError extends SkillError {
  readonly code = 'LINKED_SERVICE_UNAVAILABLE';
}

/** The rider already has an active ride, so a new one cannot be booked. */
export class RideConflictError extends SkillError {
  readonly code = 'RIDE_CONFLICT';
}

/** DynamoDB failed (throttling, network, validation). */
export class PersistenceError extends SkillError {
  readonly code = 'PERSISTENCE_FAILED';
}
