import { startDynamoDbLocal } from '../helpers/service/dynamoDbLocal';
import { defineStoreSuite } from '../helpers/service/storeSuite';

// The same storage contract as test/integration/service/store.test.ts, against DynamoDB Local (Java). Nothing is
// skipped: without Java the suite fails with a message saying how to install it.
defineStoreSuite('DynamoDB Local', () => startDynamoDbLocal());
