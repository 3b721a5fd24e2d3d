import type { AppToAppPlan } from './appToApp';
import type { DeployOptions } from './options';
import { awsFlags } from './options';
import type { CommandOptions, Runner } from './runner';

/** What the steps share: options, the runner, and what earlier steps found out. */
export interface DeployContext {
  options: DeployOptions;
  /** Whether the service stack turns app-to-app linking on this time, and with what. */
  appToApp: AppToAppPlan;
  /** The project folder (where ask-resources.json and .ask/ live). */
  root: string;
  runner: Runner;
  state: {
    account?: string;
    codeKey?: string;
    outputs?: Record<string, string>;
    clientSecret?: string;
  };
}

/** A step failed in a way the user can fix; `hint` says how, and that a re-run continues. */
export class StepError extends Error {
  override name = 'StepError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Runs the AWS CLI with the stage's profile and region. */
export function aws(context: DeployContext, args: string[], options?: CommandOptions): Promise<string> {
  return context.runner.run('aws', [...args, ...awsFlags(context.options)], options);
}

/** In a dry run, a stand-in for a value only AWS or ASK could tell: `<what>`. */
export const placeholder = (what: string) => `<${what}>`;
