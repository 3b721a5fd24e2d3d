import type { Template } from './template';

/** What intrinsic functions resolve to in a test: parameter values, resource refs and condition outcomes. */
export interface Resolution {
  parameters: Record<string, string>;
  resources: Record<string, string>;
  conditions?: Record<string, boolean>;
}

/** What `Ref: AWS::NoValue` resolves to: the property (here, the variable) is left out. */
const NO_VALUE = Symbol('AWS::NoValue');

function resolve(value: unknown, template: Template, given: Resolution): string | typeof NO_VALUE {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const expression = value as Record<string, unknown>;
  if (expression.Ref === 'AWS::NoValue') return NO_VALUE;
  if ('Ref' in expression) return lookup(String(expression.Ref), template, given);
  if ('Fn::Sub' in expression) {
    return String(expression['Fn::Sub']).replace(/\$\{([^}]+)\}/g, (_, name: string) => lookup(name, template, given));
  }
  if ('Fn::If' in expression) {
    const [condition, whenTrue, whenFalse] = expression['Fn::If'] as [string, unknown, unknown];
    const outcome = given.conditions?.[condition];
    if (outcome === undefined) throw new Error(`no outcome given for condition ${condition}`);
    return resolve(outcome ? whenTrue : whenFalse, template, given);
  }
  throw new Error(`cannot resolve ${JSON.stringify(value)}`);
}

/** Pseudo parameters as a stack in us-east-1 of a test account would see them. */
const PSEUDO: Record<string, string> = {
  'AWS::Region': 'us-east-1',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::Partition': 'aws',
  'AWS::AccountId': '123456789012',
};

function lookup(name: string, template: Template, given: Resolution): string {
  if (name in PSEUDO) return PSEUDO[name] as string;
  if (name in given.parameters) return given.parameters[name] as string;
  if (name in given.resources) return given.resources[name] as string;
  const fallback = template.Parameters?.[name]?.Default;
  if (fallback !== undefined) return String(fallback);
  throw new Error(`no value for ${name}`);
}

/** The environment the template gives a function, every intrinsic resolved with the test's values (NoValue: unset). */
export function functionEnvironment(
  template: Template,
  functionName: string,
  given: Resolution,
): Record<string, string> {
  const variables = (
    template.Resources[functionName]!.Properties!.Environment as { Variables: Record<string, unknown> }
  ).Variables;
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    const resolved = resolve(value, template, given);
    if (resolved !== NO_VALUE) environment[key] = resolved;
  }
  return environment;
}
