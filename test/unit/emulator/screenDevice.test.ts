import { ScreenDevice, StalePromptError } from '../../../emulator/linking/flows/screenDevice';
import { screenLines } from '../../../emulator/linking/flows/screenDeviceLines';

const screen = (personalization: boolean) =>
  new ScreenDevice({ appUrl: 'http://127.0.0.1:3000', skillName: 'Ride Hailer', personalization });

describe('the screen device', () => {
  it('shows a new prompt for every LinkAccount card; only the one on screen counts', () => {
    const device = screen(true);
    const first = device.showLinkPrompt('en-US');
    expect(device.label()).toBe(`QR http://127.0.0.1:3000/api/link/start?screen=${first}`);
    const second = device.showLinkPrompt('en-US');
    expect(second).not.toBe(first);
    expect(() => device.check(first)).toThrow(StalePromptError);
    expect(device.check(second)).toBe(second);
    expect(() => device.check(undefined)).toThrow(StalePromptError);
  });

  it('offers the household’s profiles and the shared account when the skill uses personalization', () => {
    const device = screen(true);
    const prompt = device.showLinkPrompt('de-DE');
    expect(device.signIn(prompt, 'de-DE', ['Alex', 'Sam'])).toBe('picker');
    expect(device.view).toEqual({
      show: 'profiles',
      prompt,
      title: 'Wer verknüpft Ride Hailer? Wähle dein Profil.',
      profiles: [
        { value: 'Alex', label: 'Alex' },
        { value: 'Sam', label: 'Sam' },
        { value: 'shared', label: 'Alle (das gemeinsame Konto)' },
      ],
    });
    expect(device.check(prompt)).toBe(prompt);
  });

  it('skips the picker without personalization', () => {
    const device = screen(false);
    const prompt = device.showLinkPrompt('en-US');
    expect(device.signIn(prompt, 'en-US', ['Alex', 'Sam'])).toBe('sign-in');
    expect(device.view.show).toBe('qr');
  });

  it('says who was linked once done, in the device’s language', () => {
    const device = screen(true);
    device.linked('fr-FR', 'Sam');
    expect(device.view).toEqual({ show: 'linked', line: 'Ride Hailer a bien été associé pour Sam.' });
    expect(device.label()).toBe('linked');
    expect(() => device.check('anything')).toThrow(StalePromptError);
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'pt-BR', 'es-ES', 'hi-IN'])(
    '%s: has every line, with {skill} where the skill is named',
    (locale) => {
      const lines = screenLines(locale);
      for (const key of ['scan', 'chooseProfile', 'linked', 'linkedFor', 'notification'] as const) {
        expect(lines[key]).toContain('{skill}');
      }
      expect(lines.linkedFor).toContain('{name}');
      if (locale !== 'en-US') expect(lines.scan).not.toBe(screenLines('en-US').scan);
    },
  );
});
