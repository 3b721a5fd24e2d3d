import type { SessionResumedRequest } from 'ask-sdk-model';
import { chooseAccessToken, linkingOutcome } from '../../../lambda/linkingPolicy';
import { build, withAccessToken, withConnectionResult, withoutPerson, withPerson } from '../../helpers/requests';

const resumed = (result: Parameters<typeof withConnectionResult>[0]) =>
  build('session-resumed', withConnectionResult(result)).request as SessionResumedRequest;

describe('linkingOutcome', () => {
  it.each([
    [{ status: 'LINKED' }, 'linked'],
    [{ status: 'DENIED' }, 'denied'],
    [{ status: 'USER_REQUIREMENTS_NOT_MET' }, 'failed'],
    [{ status: 'SOMETHING_NEW' }, 'failed'],
    [{}, 'failed'],
    [{ status: 'LINKED', code: '500' }, 'failed'],
    [{ status: 'DENIED', code: '403' }, 'failed'],
    [{ status: 'LINKED', token: 'another-skill-connection' }, 'notOurs'],
  ])('%j → %s', (result, outcome) => {
    expect(linkingOutcome(resumed(result))).toBe(outcome);
  });

  it('is not ours when the cause is missing', () => {
    expect(linkingOutcome({ ...resumed({ status: 'LINKED' }), cause: undefined })).toBe('notOurs');
  });
});

describe('chooseAccessToken (person before account)', () => {
  const both = () => build('launch', withAccessToken('account-token'), withAccessToken('person-token', 'person'));

  it('serves a speaker with a personal link with their own token, even when the account is linked too', () => {
    expect(chooseAccessToken(both(), 'PERSON_OR_ACCOUNT')).toEqual({ token: 'person-token', level: 'person' });
    expect(chooseAccessToken(both(), 'PERSON_ONLY')).toEqual({ token: 'person-token', level: 'person' });
  });

  it('serves a recognized speaker without a personal link with the account’s token by default', () => {
    const envelope = build('launch', withAccessToken('account-token'), withPerson());
    expect(chooseAccessToken(envelope, 'PERSON_OR_ACCOUNT')).toEqual({ token: 'account-token', level: 'account' });
  });

  it('asks a recognized speaker for a link of their own with PERSON_ONLY', () => {
    const envelope = build('launch', withAccessToken('account-token'), withPerson());
    expect(chooseAccessToken(envelope, 'PERSON_ONLY')).toBeUndefined();
  });

  it('serves a voice Alexa does not recognize with the account’s token, whatever the setting', () => {
    const envelope = build('launch', withAccessToken('account-token'), withoutPerson);
    expect(chooseAccessToken(envelope, 'PERSON_ONLY')).toEqual({ token: 'account-token', level: 'account' });
  });

  it('finds nothing when neither the speaker nor the account is linked', () => {
    expect(chooseAccessToken(build('launch', withPerson()), 'PERSON_OR_ACCOUNT')).toBeUndefined();
  });
});
