import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSkillManifest } from '../../../scripts/deploy/askProject';
import { readTemplate } from '../../helpers/infrastructure/template';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const resources = JSON.parse(read('ask-resources.json'));
const userConfig = resources.profiles.default.skillInfrastructure.userConfig;
const template = readTemplate('skill-stack.yaml');
/** Parameters the ASK CLI's cfn-deployer fills itself and refuses in cfn.parameters. */
const RESERVED = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];

describe('ask-resources.json and the skill stack', () => {
  it('passes only parameters the template declares, none of those the ASK CLI reserves', () => {
    const declared = Object.keys(template.Parameters ?? {});
    for (const name of Object.keys(userConfig.cfn.parameters)) {
      expect(declared).toContain(name);
      expect(RESERVED).not.toContain(name);
    }
    for (const name of RESERVED) expect(declared).toContain(name);
  });

  it('subscribes to the events skill.json lists, so ask deploy writes back what is committed', () => {
    const manifest = JSON.parse(read('skill-package/skill.json')).manifest;
    expect(manifest.events.subscriptions.map((s: { eventName: string }) => s.eventName)).toEqual(
      userConfig.skillEvents.subscriptions,
    );
    expect(userConfig).toMatchObject({
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      templatePath: './infrastructure/skill-stack.yaml',
    });
  });

  it('has the output ask deploy reads the function ARN from', () => {
    expect(template.Outputs?.SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': ['SkillFunction', 'Arn'] });
  });

  it('first deploy: skill.json goes to SMAPI without endpoints; later: both endpoints name the function', () => {
    const first = renderSkillManifest(read('skill-package/skill.json'), undefined) as {
      manifest: Record<string, never>;
    };
    expect(first.manifest).not.toHaveProperty('events');
    expect(first.manifest).toMatchObject({ apis: { custom: { interfaces: [] } } });
    expect(first.manifest).not.toHaveProperty('apis.custom.endpoint');
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:skill';
    const later = renderSkillManifest(read('skill-package/skill.json'), arn) as { manifest: Record<string, never> };
    expect(later.manifest).toMatchObject({
      apis: { custom: { endpoint: { uri: arn } } },
      events: { endpoint: { uri: arn } },
    });
  });
});
