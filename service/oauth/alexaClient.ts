import type { ClientMetadata } from 'oidc-provider';
import type { ServiceConfig } from '../config';

/**
 * The Alexa skill as a static confidential client: authorization code + refresh token only,
 * the exact registered redirect URIs (RFC 6749 §3.1.2), and client_secret_basic, under which oidc-provider also
 * accepts the secret in the request body (Alexa's REQUEST_BODY_CREDENTIALS scheme; RFC 6749 §2.3.1).
 */
export function alexaClientMetadata(alexa: ServiceConfig['alexa']): ClientMetadata {
  return {
    client_id: alexa.clientId,
    client_secret: alexa.clientSecret,
    client_name: 'Amazon Alexa',
    application_type: 'web',
    redirect_uris: alexa.redirectUris,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'ES256',
  };
}
