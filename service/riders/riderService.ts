import { randomBytes } from 'node:crypto';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { MAX_EMAIL_LENGTH, normalizeEmail, type Rider, type RiderRepository } from './rider';

/** Input for a new rider. */
export interface NewRider {
  email: string;
  name: string;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why a new rider was refused, in words a CLI can print. */
export function validateNewRider(input: NewRider): string | undefined {
  if (!EMAIL.test(input.email.trim()) || input.email.length > MAX_EMAIL_LENGTH)
    return 'email must look like name@example.com';
  if (input.name.trim() === '' || input.name.length > 100) return 'name must be 1-100 characters';
  if (input.password.length < 8 || input.password.length > 1024) return 'password must be 8-1024 characters';
  return undefined;
}

/** Creates a rider with an Argon2id password hash; throws RiderExistsError for a taken email. */
export async function createRider(repo: RiderRepository, input: NewRider, now: Date): Promise<Rider> {
  const problem = validateNewRider(input);
  if (problem) throw new TypeError(problem);
  const rider: Rider = {
    id: `rdr_${randomBytes(12).toString('base64url')}`,
    email: normalizeEmail(input.email),
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    createdAt: now.toISOString(),
  };
  await repo.create(rider);
  return rider;
}

/**
 * Checks an email and password. Unknown (and over-long) emails verify against a dummy hash so both paths cost the
 * same (RFC 6819 §5.1.4.2). A hash with outdated parameters is replaced after a successful login.
 */
export async function authenticateRider(
  repo: RiderRepository,
  email: string,
  password: string,
): Promise<Rider | undefined> {
  // No rider has a longer email (validateNewRider), and it must not reach DynamoDB as a key (2048 bytes at most).
  const rider = email.trim().length > MAX_EMAIL_LENGTH ? undefined : await repo.findByEmail(normalizeEmail(email));
  const ok = await verifyPassword(rider?.passwordHash ?? (await dummyHash()), password);
  if (!rider || !ok) return undefined;
  if (needsRehash(rider.passwordHash)) await repo.updatePasswordHash(rider.id, await hashPassword(password));
  return rider;
}
