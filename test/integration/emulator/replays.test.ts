import { spoken } from '../../helpers/emulator/catalog';
import { alexaLines, replayTranscript } from '../../helpers/emulator/replay';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'pt-BR', 'es-ES', 'hi-IN'];

describe.each(LOCALES)('the shipped %s replay file', (locale) => {
  let lines: string[];
  beforeAll(async () => {
    lines = await replayTranscript(`emulator/replays/${locale}.json`);
  });

  it('before linking: an open welcome, then the link prompt and a LinkAccount card for the order', () => {
    const [welcome, order] = alexaLines(lines);
    expect(welcome).toMatch(spoken(locale, 'launch.unlinked'));
    expect(welcome).not.toMatch(/\[card:/);
    expect(order).toMatch(spoken(locale, 'link.prompt'));
    expect(order).toMatch(/\[card: LinkAccount\]$/);
  });

  it('links the demo rider with .link', () => {
    const link = lines.indexOf('User > .link');
    expect(lines[link + 1]).toMatch(
      /^ {2}Linked the demo account through the login and consent pages\. Linked: access token .{4}…\(\d+\)/,
    );
  });

  it('after linking: welcome, fare and confirmation, yes books a ride with driver and ETA, then its status', () => {
    const [, , welcome, confirm, booked, status] = alexaLines(lines);
    expect(welcome).toMatch(spoken(locale, 'launch.welcome'));
    expect(confirm).toMatch(spoken(locale, 'order.confirm'));
    expect(booked).toMatch(spoken(locale, 'order.booked'));
    expect(status).toMatch(spoken(locale, 'status.active'));
    expect(alexaLines(lines)).toHaveLength(6);
  });

  it('ends with .quit', () => {
    expect(lines.at(-1)).toBe('User > .quit');
  });
});
