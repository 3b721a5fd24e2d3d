import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { InvalidClientError } from '../../../../service/errors';
import { verifyBasicClient } from '../../../../service/oauth/clientCredentials';

const basic = (raw: string) =>
  ({ headers: { authorization: `Basic ${Buffer.from(raw).toString('base64')}` } }) as unknown as IncomingMessage;

describe('verifyBasicClient (RFC 6749 §2.3.1, App. B)', () => {
  it('accepts the right id and secret, form-decoded', () => {
    expect(() => verifyBasicClient(basic('alexa:s3cret~x'), 'alexa', 's3cret~x')).not.toThrow();
    expect(() => verifyBasicClient(basic('alexa:s3cret%7Ex'), 'alexa', 's3cret~x')).not.toThrow();
  });

  it.each([
    ['a wrong secret', 'alexa:nope'],
    ['a wrong id', 'other:s3cret~x'],
    ['a prefix of the secret', 'alexa:s3cret'],
    ['a longer secret', 'alexa:s3cret~xx'],
    ['no colon', 'alexa'],
    ['bad percent-encoding', 'alexa:%E0%A4%A'],
  ])('refuses %s with invalid_client', (_label, raw) => {
    expect(() => verifyBasicClient(basic(raw), 'alexa', 's3cret~x')).toThrow(InvalidClientError);
  });

  it('refuses a missing or non-Basic header', () => {
    expect(() => verifyBasicClient({ headers: {} } as IncomingMessage, 'a', 'b')).toThrow(InvalidClientError);
    expect(() =>
      verifyBasicClient({ headers: { authorization: 'Bearer x' } } as unknown as IncomingMessage, 'a', 'b'),
    ).toThrow(InvalidClientError);
  });
});
