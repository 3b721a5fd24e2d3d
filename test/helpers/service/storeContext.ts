import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { OidcStoreDeps } from '../../../service/store/oidcAdapter';

/** What the storage cases need from the suite that runs them. */
export interface StoreContext {
  client(): DynamoDBClient;
  /** Where the store under test listens (for a counting proxy in front of it). */
  endpoint(): string;
  deps(): OidcStoreDeps;
  table: string;
  /** Sets the clock the store reads (ms since the epoch). */
  setNow(ms: number): void;
}

/** The fixed clock the cases start from. */
export const NOW = 1_900_000_000_000;
