import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main as accountLinking, renderRequest, smapiArgs } from '../accountLinking';
import { ASK_RESOURCES, renderAskResources, renderSkillManifest, SKILL_MANIFEST, skillState } from './askProject';
import { aws, type DeployContext, placeholder, StepError } from './context';
import { namesFor } from './options';
import { commandLine, MASK } from './runner';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

/**
 * `ask deploy` with this deploy's values: ask-resources.json and skill.json are rendered, the CLI runs, and both
 * files are put back as they were (the CLI rewrites them too), whether it succeeded or not.
 */
export async function deploySkill(context: DeployContext): Promise<void> {
  const { options, root, runner } = context;
  const outputs = context.state.outputs ?? {};
  const files = [ASK_RESOURCES, SKILL_MANIFEST].map((file) => ({
    file,
    original: readFileSync(join(root, file), 'utf8'),
  }));
  const [resources, manifest] = files as [(typeof files)[0], (typeof files)[0]];
  const { endpoint } = skillState(root, options.askProfile);
  const rendered = new Map([
    [
      ASK_RESOURCES,
      json(
        renderAskResources(resources.original, options.askProfile, {
          region: options.region,
          apiUrl: outputs.ApiUrl ?? placeholder('ApiUrl'),
          clientSecretParameter: namesFor(options, '').clientSecretParameter,
        }),
      ),
    ],
    [SKILL_MANIFEST, json(renderSkillManifest(manifest.original, endpoint))],
  ]);
  const skill = JSON.parse(rendered.get(SKILL_MANIFEST) as string).manifest;
  runner.say(`    rendered ${ASK_RESOURCES}:\n${indent(rendered.get(ASK_RESOURCES) as string)}`);
  runner.say(
    `    rendered ${SKILL_MANIFEST} (${endpoint ? 'endpoints of the existing skill function' : 'first deploy: no endpoints yet, ask deploy adds them'}; the rest as committed):\n${indent(json({ apis: skill.apis, events: skill.events }))}`,
  );
  try {
    if (!runner.dryRun) for (const [file, text] of rendered) writeFileSync(join(root, file), text);
    await runner.run('ask', ['deploy', '-p', options.askProfile]);
  } catch (error) {
    throw new StepError(
      error instanceof Error ? error.message : String(error),
      'read the ask deploy message above (`ask configure` must link an AWS profile to the ASK profile); run npm run deploy again',
    );
  } finally {
    if (!runner.dryRun) for (const { file, original } of files) writeFileSync(join(root, file), original);
  }
}

/** The Alexa client secret: from the environment, or from the parameter an earlier deploy stored. */
async function clientSecret(context: DeployContext): Promise<string> {
  if (context.state.clientSecret) return context.state.clientSecret;
  const parameter = namesFor(context.options, '').clientSecretParameter;
  const args = ['ssm', 'get-parameter', '--name', parameter, '--with-decryption', '--query', 'Parameter.Value'];
  const value = await aws(context, [...args, '--output', 'text'], { capture: true });
  context.state.clientSecret = context.runner.dryRun ? MASK : value.trim();
  return context.state.clientSecret;
}

function linkingArgs(context: DeployContext, command: 'apply' | 'check'): string[] {
  const issuer = context.state.outputs?.IssuerUrl ?? placeholder('IssuerUrl');
  const app = context.options.appBaseUrl ? ['--app-base-url', context.options.appBaseUrl] : [];
  return [command, '--auth-base-url', issuer, ...app, '--profile', context.options.askProfile];
}

/** What `npm run account-linking` would send and run, printed for a dry run. */
function printLinking(context: DeployContext, command: 'apply' | 'check'): void {
  const { runner, options, root } = context;
  const skillId = skillState(root, options.askProfile).skillId ?? placeholder('skill id from the first ask deploy');
  const target = {
    skillId,
    stage: 'development',
    profile: options.askProfile,
    requestFile: placeholder('private temporary file'),
  };
  if (command === 'apply') {
    const template = JSON.parse(readFileSync(join(root, 'accountLinking.json'), 'utf8'));
    const request = renderRequest(template, {
      clientSecret: MASK,
      authBaseUrl: context.state.outputs?.IssuerUrl,
      appBaseUrl: options.appBaseUrl,
    });
    runner.say(`    rendered account-linking request (written to a private temporary file):\n${indent(json(request))}`);
  }
  runner.say(`    which runs:  $ ${commandLine('ask', smapiArgs(command, target))}`);
}

/** `npm run account-linking -- apply` with the issuer's URLs and the client secret. */
export async function applyAccountLinking(context: DeployContext): Promise<void> {
  const secret = await clientSecret(context);
  context.runner.say(`  $ ${commandLine('npm', ['run', 'account-linking', '--', ...linkingArgs(context, 'apply')])}`);
  if (context.runner.dryRun) return printLinking(context, 'apply');
  const status = await accountLinking(linkingArgs(context, 'apply'), { ...process.env, ALEXA_CLIENT_SECRET: secret });
  if (status !== 0)
    throw new StepError(
      'npm run account-linking -- apply failed',
      'read the message above and run npm run deploy again',
    );
}

/** `npm run account-linking -- check`: Alexa's settings must now equal accountLinking.json. */
export async function checkAccountLinking(context: DeployContext): Promise<void> {
  const secret = await clientSecret(context);
  context.runner.say(`  $ ${commandLine('npm', ['run', 'account-linking', '--', ...linkingArgs(context, 'check')])}`);
  if (context.runner.dryRun) return printLinking(context, 'check');
  const status = await accountLinking(linkingArgs(context, 'check'), { ...process.env, ALEXA_CLIENT_SECRET: secret });
  if (status !== 0) {
    throw new StepError(
      'the account-linking settings at Alexa differ from accountLinking.json (drift lines above)',
      'someone changed them in the console, or the apply did not take: run npm run deploy again',
    );
  }
}
