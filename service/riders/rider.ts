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
  /** Lets the rider with this email come along with the request's next read (no round trip of its own). */
  readAheadEmail?(email: string): void;
  /** Throws RiderExistsError when the email is taken. */
  create(rider: Rider): Promise<void>;
  updatePasswordHash(id: string, passwordHash: string): Promise<void>;
}

/** RFC 5321 §4.5.3.1.3: a path holds at most 254 characters of address; also keeps the email key far below 2 KB. */
export const MAX_EMAIL_LENGTH = 254;

/** Canonical form of an email for lookups: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
