import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSkillPackage } from '../../../emulator/skill/skillPackage';

async function packageWith(manifest: unknown, models: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'skill-package-'));
  await mkdir(join(dir, 'interactionModels', 'custom'), { recursive: true });
  await writeFile(join(dir, 'skill.json'), JSON.stringify(manifest));
  for (const [locale, model] of Object.entries(models)) {
    await writeFile(join(dir, 'interactionModels', 'custom', `${locale}.json`), JSON.stringify(model));
  }
  return dir;
}

const model = (invocationName: string) => ({ interactionModel: { languageModel: { invocationName, intents: [] } } });

describe('reading a skill package', () => {
  it('takes names, locales, invocation names, subscribed events and personalization from it', async () => {
    const dir = await packageWith(
      {
        manifest: {
          publishingInformation: { locales: { 'en-GB': { name: 'Tea Time' }, 'de-DE': { name: 'Teezeit' } } },
          events: { subscriptions: [{ eventName: 'SKILL_DISABLED' }, { eventName: 'SKILL_PERMISSION_ACCEPTED' }] },
          permissions: [{ name: 'alexa::person_id:read' }],
        },
      },
      { 'en-GB': model('tea time'), 'de-DE': model('teezeit') },
    );
    const read = await readSkillPackage(dir);
    expect(read).toMatchObject({
      locales: ['en-GB', 'de-DE'],
      names: { 'en-GB': 'Tea Time', 'de-DE': 'Teezeit' },
      invocationNames: { 'en-GB': 'tea time', 'de-DE': 'teezeit' },
      personalization: true,
      modelsDir: join(dir, 'interactionModels', 'custom'),
    });
    expect([...read.events]).toEqual(['SkillDisabled']);
  });

  it('reads the Ride Hailer package the default stack uses: 15 locales, all three events', async () => {
    const read = await readSkillPackage('skill-package');
    expect(read.locales).toHaveLength(15);
    expect(read.invocationNames['de-DE']).toBe('ride hailer');
    expect([...read.events].sort()).toEqual(['SkillAccountLinked', 'SkillDisabled', 'SkillEnabled']);
  });

  it.each([
    [
      'no skill.json',
      undefined,
      {},
      /cannot read .*skill\.json \(ENOENT\): --skill-package must be the folder that holds skill\.json/,
    ],
    ['no locales', { manifest: {} }, {}, /lists no manifest\.publishingInformation\.locales/],
    [
      'a locale without a name',
      { manifest: { publishingInformation: { locales: { 'en-US': {} } } } },
      { 'en-US': model('x') },
      /publishingInformation\.locales\.en-US\.name is missing/,
    ],
    [
      'a locale without a model',
      { manifest: { publishingInformation: { locales: { 'en-US': { name: 'X' } } } } },
      {},
      /cannot read the interaction model .*en-US\.json.* \(skill\.json publishes the skill in en-US\)/,
    ],
  ])('says what is wrong with %s', async (_, manifest, models, message) => {
    const dir = await packageWith(manifest ?? {}, models);
    const target = manifest === undefined ? join(dir, 'nowhere') : dir;
    await expect(readSkillPackage(target)).rejects.toThrow(message);
  });
});
