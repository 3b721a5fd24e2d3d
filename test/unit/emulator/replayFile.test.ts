import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplayFileError, readReplayFile, validateReplay } from '../../../emulator/dialog/replayFile';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replay-'));
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const valid = {
  skillId: 'amzn1.ask.skill.x',
  locale: 'de-DE',
  type: 'text',
  userInput: ['öffne ride hailer', '.quit'],
};

describe('reading ask dialog replay files', () => {
  it('reads a JSON replay file', async () => {
    expect(await readReplayFile(await file('a.json', JSON.stringify(valid)))).toEqual(valid);
  });

  it('reads a YAML replay file', async () => {
    const yaml =
      'skillId: amzn1.ask.skill.x\nlocale: de-DE\ntype: text\nuserInput:\n  - öffne ride hailer\n  - .quit\n';
    expect(await readReplayFile(await file('a.yaml', yaml))).toEqual(valid);
  });

  it('trims the inputs and allows dot commands', () => {
    expect(validateReplay('f', { ...valid, userInput: ['  .link ', 'ja'] }).userInput).toEqual(['.link', 'ja']);
  });

  it.each([
    ['a missing skillId', { ...valid, skillId: undefined }, /skillId is required/],
    ['a missing locale', { ...valid, locale: undefined }, /locale is required/],
    ['a malformed locale', { ...valid, locale: 'german' }, /locale is required and must look like "en-US"/],
    ['a type other than text', { ...valid, type: 'audio' }, /type must be "text"/],
    ['an empty userInput', { ...valid, userInput: [] }, /userInput must be a non-empty list/],
    ['an empty utterance', { ...valid, userInput: ['ja', '  '] }, /userInput\[1\] must be a non-empty string/],
    ['a number as utterance', { ...valid, userInput: [42] }, /userInput\[0\] must be a non-empty string/],
    ['a list instead of an object', [valid], /must be an object/],
  ])('rejects %s', (_, value, message) => {
    expect(() => validateReplay('bad.json', value)).toThrow(message);
  });

  it('names the file when the JSON is broken', async () => {
    const path = await file('broken.json', '{"skillId": ');
    await expect(readReplayFile(path)).rejects.toThrow(new RegExp(`replay file ${path}: is not valid JSON`));
    await expect(readReplayFile(path)).rejects.toBeInstanceOf(ReplayFileError);
  });

  it('names the file when it does not exist', async () => {
    await expect(readReplayFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot be read \(ENOENT\)/);
  });

  it('accepts every shipped replay file, one per language, each ending with .quit', async () => {
    const files = (await readdir('emulator/replays')).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(
      ['de-DE', 'en-US', 'es-ES', 'fr-FR', 'hi-IN', 'it-IT', 'nl-NL', 'pt-BR'].map((l) => `${l}.json`),
    );
    for (const name of files) {
      const replay = await readReplayFile(join('emulator/replays', name));
      expect(replay.locale).toBe(name.replace('.json', ''));
      expect(replay.userInput.at(-1)).toBe('.quit');
      expect(replay.userInput).toContain('.link');
    }
  });
});
