import { accountAccessToken, LINK_REQUIRED, personAccessToken, requiresLink } from '../../../lambda/accountLinking';
import { build, withAccessToken, withIntent } from '../../helpers/requests';

describe('accountAccessToken', () => {
  it('reads context.System.user.accessToken first', () => {
    const envelope = build(
      'launch',
      withAccessToken('from-session', 'session'),
      withAccessToken('from-context', 'context'),
    );
    expect(accountAccessToken(envelope)).toBe('from-context');
  });

  it('falls back to session.user.accessToken', () => {
    expect(accountAccessToken(build('launch', withAccessToken('from-session', 'session')))).toBe('from-session');
  });

  it('does not take the recognized speaker’s token for the account’s', () => {
    expect(accountAccessToken(build('launch', withAccessToken('from-person', 'person')))).toBeUndefined();
  });

  it('finds the token on session-less skill events', () => {
    expect(accountAccessToken(build('skill-account-linked'))).toBe('fixture-linked-token');
  });

  it('returns undefined when the user has not linked (the properties are absent)', () => {
    expect(accountAccessToken(build('launch'))).toBeUndefined();
  });
});

describe('personAccessToken', () => {
  it('reads context.System.person.accessToken (personal linking)', () => {
    expect(personAccessToken(build('launch', withAccessToken('from-person', 'person')))).toBe('from-person');
  });

  it('is undefined for an account-level link', () => {
    expect(personAccessToken(build('launch', withAccessToken('from-account')))).toBeUndefined();
  });
});

describe('requiresLink', () => {
  it('is data: the three ride intents; opening the skill works without a link', () => {
    expect([...LINK_REQUIRED.requestTypes]).toEqual([]);
    expect(requiresLink(build('launch'))).toBe(false);
    expect([...LINK_REQUIRED.intents]).toEqual(['OrderRideIntent', 'RideStatusIntent', 'CancelRideIntent']);
  });

  it.each([
    ['FareEstimateIntent', false],
    ['LinkAccountIntent', false],
    ['AMAZON.HelpIntent', false],
    ['OrderRideIntent', true],
  ])('%s → %s', (intent, expected) => {
    expect(requiresLink(build('launch', withIntent(intent)))).toBe(expected);
  });

  it('never gates session-ended requests or skill events', () => {
    expect(requiresLink(build('session-ended'))).toBe(false);
    expect(requiresLink(build('skill-disabled'))).toBe(false);
  });
});
