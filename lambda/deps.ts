import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from './config';
import { createLogger, type Logger } from './logger';
import { DynamoAttributesAdapter } from './persistence/DynamoAttributesAdapter';
import { DynamoRideStore } from './persistence/DynamoRideStore';
import { lazyDynamo } from './persistence/dynamo';
import type { Budget } from './rides/Budget';
import { LwaRides } from './rides/LwaRides';
import { RideHailerApi } from './rides/RideHailerApi';
import type { RidesGateway } from './rides/RidesGateway';

/** Everything the skill talks to; `buildSkill` takes these so tests and the emulator can supply their own. */
export interface SkillDeps {
  config: SkillConfig;
  logger: Logger;
  /** The linked-service gateway for one request, bounded by that request's time budget. */
  ridesFor(budget: Budget): RidesGateway;
  persistence: PersistenceAdapter | undefined;
  now: () => number;
}

/** Production wiring from configuration: the linked service per LINKED_SERVICE, DynamoDB for state. */
export function createDeps(config: SkillConfig, overrides: Partial<SkillDeps> = {}): SkillDeps {
  const dynamo = lazyDynamo({ region: config.awsRegion, endpoint: config.dynamodbEndpoint, table: config.skillTable });
  const rideStore = new DynamoRideStore(dynamo);
  const ridesFor =
    config.linkedService === 'lwa'
      ? (budget: Budget) => new LwaRides(config.lwaApiUrl, rideStore, budget)
      : (budget: Budget) => new RideHailerApi(config.rideHailerApiUrl, budget);
  return {
    config,
    logger: createLogger(config.logLevel, { service: 'ride-hailer-skill' }),
    ridesFor,
    persistence: new DynamoAttributesAdapter(dynamo),
    now: Date.now,
    ...overrides,
  };
}
