import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Rider, RiderRepository } from '../../../../service/riders/rider';

const verifyPassword = jest.fn(async (_hash: string, password: string) => password === 'right-password');
const hashPassword = jest.fn(async (password: string) => `$argon2id$v=19$m=19456,t=2,p=1$new-${password.length}`);
jest.unstable_mockModule('../../../../service/riders/passwords', () => ({
  CURRENT_HASH_PREFIX: '$argon2id$v=19$m=19456,t=2,p=1$',
  dummyHash: async () => 'dummy-hash',
  hashPassword,
  needsRehash: (hash: string) => !hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$'),
  verifyPassword,
}));
const { authenticateRider, createRider, validateNewRider } = await import('../../../../service/riders/riderService');

function repository(riders: Rider[]): RiderRepository & { updates: string[] } {
  const updates: string[] = [];
  return {
    updates,
    findById: async (id) => riders.find((r) => r.id === id),
    findByEmail: async (email) => riders.find((r) => r.email === email),
    create: async (rider) => {
      riders.push(rider);
    },
    updatePasswordHash: async (id, hash) => {
      updates.push(`${id}:${hash}`);
    },
  };
}

const alex: Rider = {
  id: 'rdr_alex',
  email: 'alex@example.com',
  name: 'Alex',
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$stored',
  createdAt: '',
};

describe('authenticateRider', () => {
  beforeEach(() => {
    verifyPassword.mockClear();
    hashPassword.mockClear();
  });

  it('RFC 6819 §5.1.4.2: an unknown email still runs one Argon2 verification (against the dummy hash)', async () => {
    await expect(authenticateRider(repository([alex]), 'ghost@example.com', 'right-password')).resolves.toBeUndefined();
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(verifyPassword).toHaveBeenCalledWith('dummy-hash', 'right-password');
  });

  it('an email longer than any rider can have is never looked up, and costs the same one verification', async () => {
    const looked: string[] = [];
    const repo = { ...repository([alex]), findByEmail: async (email: string) => void looked.push(email) };
    const email = `${'a'.repeat(243)}@example.com`;
    await expect(authenticateRider(repo, email, 'right-password')).resolves.toBeUndefined();
    await expect(authenticateRider(repo, email.slice(1), 'right-password')).resolves.toBeUndefined();
    expect(looked).toEqual([email.slice(1)]);
    expect(verifyPassword).toHaveBeenCalledTimes(2);
    expect(verifyPassword).toHaveBeenCalledWith('dummy-hash', 'right-password');
  });

  it('a known email with a wrong password runs exactly one verification too', async () => {
    await expect(authenticateRider(repository([alex]), 'alex@example.com', 'wrong')).resolves.toBeUndefined();
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(verifyPassword).toHaveBeenCalledWith(alex.passwordHash, 'wrong');
  });

  it('finds the rider case-insensitively and does not rehash a current hash', async () => {
    const repo = repository([alex]);
    await expect(authenticateRider(repo, ' Alex@Example.com', 'right-password')).resolves.toEqual(alex);
    expect(repo.updates).toEqual([]);
  });

  it('rehashes an outdated hash after a successful login', async () => {
    const repo = repository([{ ...alex, passwordHash: '$argon2id$v=19$m=4096,t=3,p=1$old' }]);
    await authenticateRider(repo, 'alex@example.com', 'right-password');
    expect(repo.updates).toEqual(['rdr_alex:$argon2id$v=19$m=19456,t=2,p=1$new-14']);
  });
});

describe('createRider', () => {
  it('stores a normalized email, a trimmed name and only the hash', async () => {
    const riders: Rider[] = [];
    const rider = await createRider(
      repository(riders),
      { email: ' New@Example.com ', name: ' New Rider ', password: 'long-enough' },
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(rider).toMatchObject({ email: 'new@example.com', name: 'New Rider', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(rider.id).toMatch(/^rdr_[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(riders)).not.toContain('long-enough');
  });

  it.each([
    [{ email: 'not-an-email', name: 'N', password: 'long-enough' }, 'email'],
    [{ email: 'a@b.co', name: ' ', password: 'long-enough' }, 'name'],
    [{ email: 'a@b.co', name: 'N', password: 'short' }, 'password'],
  ])('refuses %p (%s)', (input, field) => {
    expect(validateNewRider(input)).toContain(field);
  });
});
