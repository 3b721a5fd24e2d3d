import type { SessionResumedRequest } from 'ask-sdk-model';
import { linkingOutcome } from '../../../lambda/linkingPolicy';
import { build, withConnectionResult } from '../../helpers/requests';

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
