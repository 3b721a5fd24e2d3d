import type { Budget } from './Budget';
import { requestJson } from './httpJson';

/**
 * Keeps the linked service in step with Alexa's view of the link. Alexa never calls a revocation endpoint,
 * so the skill does: it binds the grant to the Alexa user when the account is linked and revokes it when
 * the skill is disabled.
 * @see https://developer.amazon.com/docs/smapi/skill-events-in-alexa-skills.html
 */
export interface AccountLinks {
  bind(accessToken: string, alexaUserId: string): Promise<void>;
  revoke(alexaUserId: string): Promise<void>;
}

/** Client credentials the skill uses for service-to-service calls; the secret may be fetched on first use. */
export interface ServiceCredentials {
  clientId: string;
  clientSecret(): Promise<string>;
}

/** The Ride Hailer service's Alexa-user endpoints (service/openapi.yaml). */
export class RideHailerAccountLinks implements AccountLinks {
  constructor(
    private readonly baseUrl: string,
    private readonly credentials: ServiceCredentials | undefined,
    private readonly budget: Budget,
  ) {}

  async bind(accessToken: string, alexaUserId: string): Promise<void> {
    const url = `${this.baseUrl}/v1/alexa/users/${encodeURIComponent(alexaUserId)}`;
    const response = await requestJson({ method: 'PUT', url, accessToken }, this.budget);
    if (response.status >= 300) throw new Error(`binding the Alexa user failed with ${response.status}`);
  }

  async revoke(alexaUserId: string): Promise<void> {
    if (this.credentials === undefined) throw new Error('RIDE_HAILER_CLIENT_SECRET is not set; cannot revoke grants');
    const url = `${this.baseUrl}/v1/alexa/users/${encodeURIComponent(alexaUserId)}/revoke`;
    const basic = { id: this.credentials.clientId, secret: await this.credentials.clientSecret() };
    const response = await requestJson({ method: 'POST', url, basic }, this.budget);
    if (response.status >= 300) throw new Error(`revoking the Alexa user's grants failed with ${response.status}`);
  }
}

/** LWA mode: Amazon owns the tokens, there is nothing of ours to bind or revoke. */
export const NO_ACCOUNT_LINKS: AccountLinks = {
  bind: async () => {},
  revoke: async () => {},
};
