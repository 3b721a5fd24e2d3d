/** A Ride Hailer rider: the account a grant belongs to (the oidc-provider `accountId` is `id`). */
export interface Rider {
  id: string;
  email: string;
  name: string;
  /** Argon2id PHC string; never logged, never returned by the API. */
  passwordHash: string;
  createdAt: string;
}

/** Storage for riders; the DynamoDB implementation is in service/store/riders.ts. */
export interface RiderRepository {
  findById(id: string): Promise<Rider | undefined>;
  findByEmail(email: string): Promise<Rider | undefined>;
  /** Throws RiderExistsError when the email is taken. */
  create(rider: Rider): Promise<void>;
  updatePasswordHash(id: string, passwordHash: string): Promise<void>;
}

/** Canonical form of an email for lookups: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
