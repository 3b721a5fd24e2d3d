// Removes what npm run deploy made for a stage: npm run destroy -- --yes [--stage dev --region us-east-1
//   --profile default --delete-skill --dry-run]
// Deletes the skill stack and the service stack (functions, roles, API, log groups), the two SSM parameters and
// the stage's uploads. Keeps, and names: both DynamoDB tables (DeletionPolicy Retain, with point-in-time recovery),
// the ASK CLI's code bucket, and the Alexa skill itself unless --delete-skill. Without --yes it only prints the plan.

import { APP_TO_APP_UNCHANGED } from './deploy/appToApp';
import { forgetSkillStack, skillState } from './deploy/askProject';
import { aws, type DeployContext, placeholder } from './deploy/context';
import { namesFor, parseOptions, UsageError } from './deploy/options';
import { CommandFailedError, dryRunner, realRunner } from './deploy/runner';
import { account } from './deploy/serviceStack';

/** Deletes a stack and waits; answers the table it kept (its output), or undefined when there was no stack. */
async function deleteStack(context: DeployContext, stack: string, tableOutput: string): Promise<string | undefined> {
  let table: string | undefined;
  try {
    const answer = await aws(
      context,
      ['cloudformation', 'describe-stacks', '--stack-name', stack, '--output', 'json'],
      {
        capture: true,
      },
    );
    const outputs = context.runner.dryRun
      ? []
      : ((JSON.parse(answer).Stacks[0].Outputs ?? []) as { OutputKey: string; OutputValue: string }[]);
    table = outputs.find((o) => o.OutputKey === tableOutput)?.OutputValue ?? placeholder(`${tableOutput} of ${stack}`);
  } catch (error) {
    if (error instanceof CommandFailedError && /does not exist/.test(error.stderr)) {
      context.runner.say(`    ${stack} does not exist: nothing to delete`);
      return undefined;
    }
    throw error;
  }
  await aws(context, ['cloudformation', 'delete-stack', '--stack-name', stack]);
  await aws(context, ['cloudformation', 'wait', 'stack-delete-complete', '--stack-name', stack]);
  return table;
}

async function destroy(argv: string[]): Promise<number> {
  const options = parseOptions(argv, process.env);
  const root = process.cwd();
  const planOnly = options.dryRun || !options.yes;
  const runner = planOnly ? dryRunner() : realRunner(root);
  const context: DeployContext = { options, appToApp: APP_TO_APP_UNCHANGED, root, runner, state: {} };
  const skill = skillState(root, options.askProfile);
  const kept: string[] = [];
  runner.say(`Ride Hailer destroy: stage ${options.stage}, region ${options.region}${planOnly ? ' (plan only)' : ''}`);

  runner.say('\n1/4 delete the skill stack');
  if (skill.stackId === undefined) runner.say('    no skill stack in .ask/ask-states.json: nothing to delete');
  else {
    const table = await deleteStack(context, skill.stackId, 'SkillTableName');
    if (table) kept.push(`skill table ${table}`);
    if (!planOnly) forgetSkillStack(root, options.askProfile, options.deleteSkill);
  }
  if (skill.codeBucket) kept.push(`S3 bucket ${skill.codeBucket} (skill code uploaded by ask deploy)`);

  runner.say('\n2/4 delete the service stack');
  const names = namesFor(options, await account(context));
  const serviceTable = await deleteStack(context, names.serviceStack, 'ServiceTableName');
  if (serviceTable) kept.push(`service table ${serviceTable}`);

  runner.say('\n3/4 delete the secrets');
  const secrets = [names.clientSecretParameter, names.cookieKeysParameter, names.appToAppClientSecretParameter];
  await aws(context, ['ssm', 'delete-parameters', '--names', ...secrets], { capture: true });

  runner.say('\n4/4 delete the uploaded service code');
  const bucket = names.artifactsBucket;
  await aws(context, ['s3', 'rm', `s3://${bucket}/${names.artifactsPrefix}`, '--recursive', '--only-show-errors']);
  await aws(context, ['s3api', 'delete-bucket', '--bucket', bucket], { capture: true }).catch((error: unknown) => {
    if (!(error instanceof CommandFailedError) || !/BucketNotEmpty|NoSuchBucket/.test(error.stderr)) throw error;
    if (/BucketNotEmpty/.test(error.stderr)) kept.push(`S3 bucket ${bucket} (other stages' code is in it)`);
  });

  if (options.deleteSkill && skill.skillId) {
    runner.say('\nand the Alexa skill (--delete-skill)');
    await runner.run('ask', ['smapi', 'delete-skill', '-s', skill.skillId, '-p', options.askProfile], {
      capture: true,
    });
  } else if (skill.skillId) {
    kept.push(`Alexa skill ${skill.skillId} (remove it with --delete-skill; its users would have to enable it again)`);
  }

  runner.say('\nKept:');
  for (const line of kept) runner.say(`  - ${line}`);
  if (kept.some((line) => line.includes('table'))) {
    runner.say(
      '  The tables keep their point-in-time recovery; delete them with `aws dynamodb delete-table --table-name …`.',
    );
  }
  if (!options.dryRun && !options.yes) {
    console.error('\ndestroy: nothing was removed. Run it again with --yes to remove the above.');
    return 2;
  }
  return 0;
}

destroy(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`destroy: ${error.message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
