/**
 * Typed errors with stable codes. One edge maps each class to a response; never branch on `message`.
 * API error codes mirror RFC 6749 §5.2 and RFC 6750 §3.1.
 */

/** Base class: `code` is stable and machine-readable; `message` is for humans and logs. */
export abstract class ServiceError extends Error {
  abstract readonly code: string;
}

/** A configuration variable is missing or malformed; `variable` names it so start-up fails fast and clearly. */
export class ConfigError extends ServiceError {
  readonly code = 'config_invalid';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** An error the rides API renders as `{error, error_description}` with an HTTP status. */
export abstract class ApiError extends ServiceError {
  abstract readonly status: number;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Malformed request (RFC 6750 §3.1 `invalid_request`). */
export class InvalidRequestError extends ApiError {
  readonly code = 'invalid_request';
  readonly status = 400;
}

/** The request body is larger than the service reads (RFC 9110 §15.5.14 413 Content Too Large). */
export class ContentTooLargeError extends ApiError {
  readonly code = 'content_too_large';
  readonly status = 413;
}

/** No usable access token: missing, unsupported method, expired, revoked (RFC 6750 §3.1 `invalid_token`). */
export class InvalidTokenError extends ApiError {
  readonly code = 'invalid_token';
  readonly status = 401;
  /** True when the request carried no token at all, so `WWW-Authenticate` carries no error code (RFC 6750 §3.1). */
  constructor(
    message: string,
    readonly tokenPresented: boolean,
  ) {
    super(message);
  }
}

/** The token lacks a scope the call needs (RFC 6750 §3.1 `insufficient_scope`). */
export class InsufficientScopeError extends ApiError {
  readonly code = 'insufficient_scope';
  readonly status = 403;
  constructor(readonly scope: string) {
    super(`this call needs the "${scope}" scope`);
  }
}

/** The resource does not exist for this rider. */
export class NotFoundError extends ApiError {
  readonly code = 'not_found';
  readonly status = 404;
}

/** The rider already has an active ride. */
export class RideInProgressError extends ApiError {
  readonly code = 'ride_in_progress';
  readonly status = 409;
}

/** An `Idempotency-Key` was reused with a different request body. */
export class IdempotencyKeyReusedError extends ApiError {
  readonly code = 'idempotency_key_reused';
  readonly status = 422;
}

/** Client authentication failed on a non-OAuth endpoint (RFC 6749 §5.2 `invalid_client`). */
export class InvalidClientError extends ApiError {
  readonly code = 'invalid_client';
  readonly status = 401;
}

/** The method is not allowed on this path. */
export class MethodNotAllowedError extends ApiError {
  readonly code = 'method_not_allowed';
  readonly status = 405;
  constructor(readonly allow: string[]) {
    super(`use ${allow.join(' or ')}`);
  }
}

/** The request line's target or the Host header cannot be parsed (RFC 9112 §3.2: 400 Bad Request). */
export class MalformedRequestError extends ApiError {
  readonly code = 'invalid_request';
  readonly status = 400;
}

/** A rider with this email already exists. */
export class RiderExistsError extends ServiceError {
  readonly code = 'rider_exists';
  constructor(email: string) {
    super(`a rider with email ${email} already exists`);
    this.name = 'RiderExistsError';
  }
}

/** Too many failures from this address or for this account; retry after `retryAfterSeconds`. */
export class ThrottledError extends ApiError {
  readonly code = 'too_many_requests';
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('too many failed attempts; retry later');
  }
}

/** How long a client should wait before retrying after the store failed to answer (RFC 9110 §10.2.3). */
export const STORE_RETRY_AFTER_SECONDS = 2;

/**
 * DynamoDB could not answer: throttled, unreachable, reset, too slow or failing on its side. Nothing is known to
 * have been written, so the request may be retried as it is: 503 with `Retry-After` (RFC 9110 §15.6.4), and
 * `temporarily_unavailable` as the error code (RFC 6749 §4.1.2.1).
 */
export class StoreUnavailableError extends ApiError {
  readonly code = 'temporarily_unavailable';
  readonly status = 503;
  readonly retryAfterSeconds = STORE_RETRY_AFTER_SECONDS;
}

/** The local data folder is already open in another service process (LevelDB allows one at a time). */
export class DataDirInUseError extends ServiceError {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `${dataDir} is in use by process ${pid} (another \`npm run service\`?). Stop it, or set LOCAL_DATA_DIR=memory`,
    );
    this.name = 'DataDirInUseError';
  }
}
