import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type Provider from 'oidc-provider';
import type { MobileConfig, ServiceConfig } from '../config';
import type { GrantRevoker } from '../oauth/revocation';
import type { RiderRepository } from '../riders/rider';
import { dynamoAppLinkRepository } from '../store/appLinks';
import { grantIdsForAccount } from '../store/grantIndex';
import type { ItemStore } from '../store/itemStore';
import type { DynamoOidcAdapter } from '../store/oidcAdapter';
import { AmazonClient } from './amazonClient';
import type { MobileDeps } from './deps';

/** What app.ts already has that the mobile endpoints reuse. */
export interface MobileParts {
  provider: Provider;
  riders: RiderRepository;
  revoker: GrantRevoker;
  adapter: (model: string) => DynamoOidcAdapter;
  client: DynamoDBClient;
  items: ItemStore;
  now: () => number;
}

/** Assembles the mobile endpoints' collaborators: the Amazon client, code issuing, app links in the table. */
export function mobileDeps(config: ServiceConfig, mobile: MobileConfig, parts: MobileParts): MobileDeps {
  const table = config.dynamo.table;
  return {
    config,
    mobile,
    provider: parts.provider,
    riders: parts.riders,
    amazon: new AmazonClient(mobile),
    codes: {
      provider: parts.provider,
      alexaClientId: config.alexa.clientId,
      extend: (model, id, expiresAt) => parts.adapter(model).extendExpiry(id, expiresAt),
      now: parts.now,
      flush: () => parts.items.flush(),
    },
    revoker: parts.revoker,
    links: dynamoAppLinkRepository(parts.client, table),
    grantsOfRider: (riderId) => grantIdsForAccount({ client: parts.client, table }, riderId),
    now: parts.now,
  };
}
