import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from './config';
import { createLogger, type Logger } from './logger';
import { DynamoAttributesAdapter } from './persistence/DynamoAttributesAdapter';
import { DynamoRideStore } from './persistence/DynamoRideStore';
import { lazyDynamo } from './persistence/dynamo';
import { type AccountLinks, NO_ACCOUNT_LINKS, RideHailerAccountLinks } from './rides/AccountLinks';
import type { Budget } from './rides/Budget';
import { LwaRides } from './rides/LwaRides';
import { RideHailerApi } from './rides/RideHailerApi';
import type { RidesGateway } from './rides/RidesGateway';
import { serviceCredentials } from './secrets';

/** Everything the skill talks to; `buildSkill` takes these so tests and the emulator can supply their own. */
export interface SkillDeps {
  config: SkillConfig;
  logger: Logger;
  /** The linked-service gateway for one request, bounded by that request's time budget (DynamoDB included). */
  ridesFor(budget: Budget): RidesGateway;
  /** Binding and revoking the link at the linked service, for skill events. */
  accountLinksFor(budget: Budget): AccountLinks;
  persistence: PersistenceAdapter | undefined;
  now: () => number;
}

/** Production wiring from configuration: the linked service per LINKED_SERVICE, DynamoDB for state. */
export function createDeps(config: SkillConfig, overrides: Partial<SkillDeps> = {}): SkillDeps {
  const dynamo = lazyDynamo({ region: config.awsRegion, endpoint: config.dynamodbEndpoint, table: config.skillTable });
  const ridesFor =
    config.linkedService === 'lwa'
      ? (budget: Budget) => new LwaRides(config.lwaApiUrl, new DynamoRideStore(dynamo, budget), budget)
      : (budget: Budget) => new RideHailerApi(config.rideHailerApiUrl, budget);
  // One per cold start, so a secret fetched from SSM is kept for every later request.
  const credentials = serviceCredentials(config);
  const accountLinksFor =
    config.linkedService === 'lwa'
      ? () => NO_ACCOUNT_LINKS
      : (budget: Budget) => new RideHailerAccountLinks(config.rideHailerApiUrl, credentials, budget);
  return {
    config,
    accountLinksFor,
    logger: createLogger(config.logLevel, { service: 'ride-hailer-skill' }),
    ridesFor,
    persistence: new DynamoAttributesAdapter(dynamo),
    now: Date.now,
    ...overrides,
  };
}
