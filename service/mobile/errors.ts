import { ApiError } from '../errors';

/**
 * Why an app-to-app linking call did not work, as the app shows it: each code has a localized message
 * (service/mobile/messages/). Descriptions are for developers and name no token, code or secret.
 */
export abstract class MobileError extends ApiError {}

/** LWA refused the Amazon authorization code: expired (it lives 5 minutes), already used, or another redirect. */
export class AmazonCodeRejectedError extends MobileError {
  readonly code = 'amazon_code_invalid';
  readonly status = 400;
}

/** LWA or the Alexa API could not be reached, answered garbage, or refused our app-to-app client credentials. */
export class AmazonUnavailableError extends MobileError {
  readonly code = 'amazon_unavailable';
  readonly status = 502;
}

/** `alexaApiEndpoint` named no Alexa region for this Amazon account (no Alexa devices or app set up). */
export class NoAlexaRegionError extends MobileError {
  readonly code = 'alexa_region_unknown';
  readonly status = 409;
}

/** One region's enablement answer that was not 201. */
export interface RegionFailure {
  endpoint: string;
  status: number | undefined;
  message: string;
}

/** The Skill Enablement API refused in every region; our codes and grants were taken back. */
export class EnablementFailedError extends MobileError {
  readonly code = 'alexa_enablement_failed';
  readonly status = 502;
  constructor(readonly failures: RegionFailure[]) {
    super(
      `the Skill Enablement API did not enable the skill: ${failures
        .map((f) => `${f.endpoint} ${f.status ?? 'no answer'} ${f.message}`.trim())
        .join('; ')}`,
    );
  }
}

/** The Alexa authorization request the app forwarded cannot be answered (unknown client or redirect URI). */
export class AlexaRequestRejectedError extends MobileError {
  readonly code = 'invalid_request';
  readonly status = 400;
}
