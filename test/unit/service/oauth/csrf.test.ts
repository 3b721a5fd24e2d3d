import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { csrfToken, isSameOrigin, verifyCsrfToken } from '../../../../service/oauth/interactions/csrf';

const keys = ['k'.repeat(32), 'old'.repeat(11)];
const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('CSRF tokens (RFC 6749 §10.12)', () => {
  it('verify for the same interaction and form only', () => {
    const token = csrfToken(keys, 'uid-1', 'login');
    expect(verifyCsrfToken(keys, 'uid-1', 'login', token)).toBe(true);
    expect(verifyCsrfToken(keys, 'uid-2', 'login', token)).toBe(false);
    expect(verifyCsrfToken(keys, 'uid-1', 'consent', token)).toBe(false);
    expect(verifyCsrfToken(keys, 'uid-1', 'login', null)).toBe(false);
    expect(verifyCsrfToken(keys, 'uid-1', 'login', `${token}x`)).toBe(false);
  });

  it('keep verifying after a key rotation puts a new key first', () => {
    const token = csrfToken([keys[1] ?? ''], 'uid-1', 'consent');
    expect(verifyCsrfToken(keys, 'uid-1', 'consent', token)).toBe(true);
  });

  it.each([
    [{ origin: 'https://auth.example.com' }, true],
    [{ origin: 'https://evil.example' }, false],
    [{ origin: 'null' }, true],
    [{}, true],
    [{ 'sec-fetch-site': 'same-origin', origin: 'null' }, true],
    [{ 'sec-fetch-site': 'cross-site', origin: 'null' }, false],
    [{ 'sec-fetch-site': 'same-site' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://auth.example.com' }, false],
  ])('Origin check for %p is %p', (headers, expected) => {
    expect(isSameOrigin(req(headers), 'https://auth.example.com')).toBe(expected);
  });
});
