import { aws, type DeployContext, StepError } from './context';
import { namesFor } from './options';
import { serviceConfigError } from './serviceConfigCheck';

const GENERATE = `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`;

/** The secrets the stack reads from SSM, each from the environment variable of the same name. */
function secretsOf(context: DeployContext) {
  const names = namesFor(context.options, '');
  return [
    {
      variable: 'ALEXA_CLIENT_SECRET',
      parameter: names.clientSecretParameter,
      hint: `at least 43 of A-Z a-z 0-9 - . _ ~; make one with ${GENERATE}`,
    },
    {
      variable: 'COOKIE_KEYS',
      parameter: names.cookieKeysParameter,
      hint: `comma-separated keys of at least 32 characters; make one with ${GENERATE}`,
    },
    // Only when app-to-app linking is on (or its secret is given early, on a deploy that cannot turn it on yet).
    ...(context.appToApp.on || context.appToApp.storeSecret
      ? [
          {
            variable: 'ALEXA_APP_TO_APP_CLIENT_SECRET',
            parameter: names.appToAppClientSecretParameter,
            hint: 'the Alexa Client Secret the console shows under account linking once the app links are set',
          },
        ]
      : []),
  ];
}

/** Refuses a secret the service would refuse at its first cold start, naming the variable. */
function checkValue(variable: string, value: string): void {
  const refused = serviceConfigError({ [variable]: value });
  if (refused) throw new StepError(refused.message, 'fix the value and run npm run deploy again');
}

/**
 * Stores each secret given in the environment as an SSM SecureString (stdin, never an argument), or checks that
 * an earlier deploy stored it. The secret values never appear in the template, the stack or the output.
 */
export async function storeSecrets(context: DeployContext): Promise<void> {
  for (const { variable, parameter, hint } of secretsOf(context)) {
    const value = process.env[variable];
    if (value) {
      checkValue(variable, value);
      const request = { Name: parameter, Type: 'SecureString', Value: value, Overwrite: true, Description: variable };
      await aws(context, ['ssm', 'put-parameter', '--cli-input-json', 'file:///dev/stdin'], {
        stdin: JSON.stringify(request),
        secrets: [value],
        capture: true,
      });
      if (variable === 'ALEXA_CLIENT_SECRET') context.state.clientSecret = value;
      continue;
    }
    const filter = `Key=Name,Option=Equals,Values=${parameter}`;
    const answer = await aws(
      context,
      ['ssm', 'describe-parameters', '--parameter-filters', filter, '--output', 'json'],
      {
        capture: true,
      },
    );
    if (context.runner.dryRun) {
      context.runner.say(`    (${variable} is not set: the deploy stops here unless ${parameter} exists)`);
      continue;
    }
    const found = (JSON.parse(answer || '{}') as { Parameters?: unknown[] }).Parameters ?? [];
    if (found.length === 0) {
      throw new StepError(
        `${variable} is not set and ${parameter} does not exist yet`,
        `export ${variable}=… (${hint}) and run npm run deploy again`,
      );
    }
  }
}
