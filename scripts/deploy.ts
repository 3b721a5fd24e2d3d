// One command from a checkout to a linked skill: npm run deploy [-- --stage dev --region us-east-1 --profile default
//   --vendor-id M2… --domain auth.example.com --certificate-arn arn:… --app-base-url https://app.example.com
//   --dry-run --skip-build]
// Steps, in order: build; check the service zip; store the secrets in SSM; upload the zip; deploy the service stack;
// read its outputs; `ask deploy` the skill with the API URL; apply the account-linking settings with the issuer's
// URLs; check them for drift. Every step can run again, so after a failure a re-run continues. --dry-run runs no AWS
// or ASK command at all and prints every command and rendered file, secrets masked. With --app-base-url (and
// ALEXA_APP_TO_APP_CLIENT_ID / _SECRET from the console) the service stack turns app-to-app linking on, from the
// second deploy on: the first one creates the skill only after the service stack (scripts/deploy/appToApp.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { planAppToApp } from './deploy/appToApp';
import { skillState } from './deploy/askProject';
import { type DeployContext, StepError } from './deploy/context';
import { namesFor, parseOptions, UsageError } from './deploy/options';
import { dryRunner, type Runner, realRunner } from './deploy/runner';
import { storeSecrets } from './deploy/secretsStep';
import { deployServiceStack, readServiceOutputs, SERVICE_ZIP, uploadServiceZip } from './deploy/serviceStack';
import { applyAccountLinking, checkAccountLinking, deploySkill } from './deploy/skillSteps';
import { checkServiceZip, checkSkillZip } from './deploy/zipCheck';

interface Step {
  title: string;
  run(context: DeployContext): Promise<void>;
}

const STEPS: Step[] = [
  {
    title: 'build (npm run build: bundles and dist/*.zip)',
    async run({ runner, options, root }) {
      if (options.skipBuild) {
        runner.say('    skipped (--skip-build): using the zips in dist/');
        return;
      }
      if (runner.dryRun) runner.say('    (local, so it runs in a dry run too)');
      await realRunner(root, runner.say)
        .run('npm', ['run', 'build'])
        .catch((error: Error) => {
          throw new StepError(error.message, 'fix the build error above and run npm run deploy again');
        });
    },
  },
  {
    title: 'check the zips',
    async run({ root, runner }) {
      try {
        const service = checkServiceZip(join(root, SERVICE_ZIP));
        const skill = checkSkillZip(join(root, 'dist/skill.zip'));
        runner.say(
          `    ${SERVICE_ZIP}: ${service.files} files, ${(service.bytes / 1024 / 1024).toFixed(1)} MiB; bundle, @node-rs/argon2 and its x86-64 Linux binding present`,
        );
        runner.say(`    dist/skill.zip: ${skill.files} files, ${(skill.bytes / 1024).toFixed(0)} KiB`);
      } catch (error) {
        throw new StepError(
          (error as Error).message,
          existsSync(join(root, SERVICE_ZIP))
            ? 'run npm run build on Linux x64 (or add the binding as the build output says) and run npm run deploy again'
            : 'npm run build did not write it: read the build output (a machine other than Linux x64 needs the binding added as it says)',
        );
      }
    },
  },
  { title: 'store the secrets in SSM Parameter Store', run: storeSecrets },
  { title: 'upload the service zip', run: uploadServiceZip },
  { title: 'deploy the service stack', run: deployServiceStack },
  { title: 'read the service stack outputs', run: readServiceOutputs },
  { title: 'deploy the skill (ask deploy)', run: deploySkill },
  { title: 'apply the account-linking settings', run: applyAccountLinking },
  { title: 'check the account-linking settings for drift', run: checkAccountLinking },
];

async function deploy(argv: string[]): Promise<number> {
  const options = parseOptions(argv, process.env);
  const root = process.cwd();
  if (!options.dryRun && options.vendorId === undefined) {
    throw new UsageError(
      'set ALEXA_VENDOR_ID (or --vendor-id): `ask smapi get-vendor-list`, or the developer console under Settings',
    );
  }
  const runner: Runner = options.dryRun ? dryRunner() : realRunner(root);
  const appToApp = planAppToApp(options, process.env, root, skillState(root, options.askProfile).skillId);
  const context: DeployContext = { options, appToApp, root, runner, state: {} };
  const names = namesFor(options, '…');
  runner.say(
    `Ride Hailer deploy: stage ${options.stage}, region ${options.region}, ASK profile ${options.askProfile}, ` +
      `AWS profile ${options.awsProfile ?? '(AWS CLI default)'}, service stack ${names.serviceStack}` +
      (options.dryRun ? '\nDry run: no AWS or ASK command runs; this is everything a deploy would do.' : ''),
  );
  if (options.vendorId === undefined) runner.say('(ALEXA_VENDOR_ID is not set: a real deploy stops until it is)');
  if (appToApp.on) runner.say(`App-to-app linking: on, for skill ${appToApp.parameters.AlexaSkillId}`);
  else if (appToApp.why) runner.say(`App-to-app linking: off this time: ${appToApp.why}`);
  for (const [index, step] of STEPS.entries()) {
    runner.say(`\n${index + 1}/${STEPS.length} ${step.title}`);
    try {
      await step.run(context);
    } catch (error) {
      const hint = error instanceof StepError ? error.hint : 'fix the cause and run npm run deploy again';
      console.error(`\ndeploy: step ${index + 1}/${STEPS.length} (${step.title}) failed: ${(error as Error).message}`);
      console.error(`What to do: ${hint}. Steps that already ran are safe to run again.`);
      return 1;
    }
  }
  const outputs = context.state.outputs ?? {};
  const skillId = skillState(root, options.askProfile).skillId;
  runner.say(
    options.dryRun
      ? '\nDry run complete: nothing was changed.'
      : `\nDeployed. Issuer ${outputs.IssuerUrl}; skill ${skillId}. Enable it in the Alexa app and link your account, then say "Alexa, open ride hailer".`,
  );
  if (!appToApp.on && appToApp.again) {
    runner.say(
      'App-to-app linking is still off (see above): run npm run deploy again with the same --app-base-url to turn it on.',
    );
  }
  return 0;
}

deploy(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`deploy: ${error.message}`);
    if (error instanceof StepError) console.error(`What to do: ${error.hint}.`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
