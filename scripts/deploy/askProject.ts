import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files `ask deploy` reads, relative to the project. */
export const ASK_RESOURCES = 'ask-resources.json';
export const SKILL_MANIFEST = 'skill-package/skill.json';
const ASK_STATES = '.ask/ask-states.json';

interface AskStates {
  profiles?: Record<
    string,
    {
      skillId?: string;
      skillInfrastructure?: Record<
        string,
        {
          deployState?: Record<
            string,
            { stackId?: string; s3?: { bucket?: string }; outputs?: { OutputKey: string; OutputValue: string }[] }
          >;
        }
      >;
      skillMetadata?: Record<string, unknown>;
      code?: Record<string, unknown>;
    }
  >;
}

/** What `.ask/ask-states.json` (written by the ASK CLI) knows about a profile's skill. */
export interface SkillState {
  skillId: string | undefined;
  /** The skill stack, and the Lambda ARN it put out (SkillEndpoint). */
  stackId: string | undefined;
  endpoint: string | undefined;
  codeBucket: string | undefined;
}

function readStates(root: string): AskStates {
  const path = join(root, ASK_STATES);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AskStates) : {};
}

export function skillState(root: string, profile: string): SkillState {
  const entry = readStates(root).profiles?.[profile];
  const deploy = entry?.skillInfrastructure?.['@ask-cli/cfn-deployer']?.deployState?.default;
  return {
    skillId: entry?.skillId,
    stackId: deploy?.stackId,
    endpoint: deploy?.outputs?.find((output) => output.OutputKey === 'SkillEndpoint')?.OutputValue,
    codeBucket: deploy?.s3?.bucket,
  };
}

/**
 * Forgets the deleted skill stack in `.ask/ask-states.json` (and the hashes that would skip the next import), so the
 * next `ask deploy` creates a new stack and npm run deploy does not point skill.json at the deleted function. The
 * skill id stays unless `forgetSkill`.
 */
export function forgetSkillStack(root: string, profile: string, forgetSkill: boolean): void {
  const states = readStates(root);
  const entry = states.profiles?.[profile];
  if (entry === undefined) return;
  delete entry.skillInfrastructure;
  delete entry.skillMetadata;
  delete entry.code;
  if (forgetSkill) delete entry.skillId;
  writeFileSync(join(root, ASK_STATES), `${JSON.stringify(states, null, 2)}\n`);
}

type Json = Record<string, unknown>;

/**
 * ask-resources.json with this deploy's values in the profile's cfn-deployer settings: the AWS region, the rides
 * API URL from the service stack and the name of the client-secret parameter. `ask deploy` passes
 * `cfn.parameters` to the skill stack as they stand in the file and has no other way in.
 */
export function renderAskResources(
  source: string,
  profile: string,
  values: { region: string; apiUrl: string; clientSecretParameter: string },
): Json {
  const resources = JSON.parse(source) as { profiles: Record<string, Json> };
  const base = structuredClone(resources.profiles[profile] ?? resources.profiles.default) as {
    skillInfrastructure: { userConfig: { awsRegion?: string; cfn?: { parameters?: Record<string, string> } } };
  };
  const userConfig = base.skillInfrastructure.userConfig;
  userConfig.awsRegion = values.region;
  userConfig.cfn = {
    ...userConfig.cfn,
    parameters: {
      ...userConfig.cfn?.parameters,
      RideHailerApiUrl: values.apiUrl,
      RideHailerClientSecretParameter: values.clientSecretParameter,
    },
  };
  return { ...resources, profiles: { ...resources.profiles, [profile]: base } };
}

/**
 * skill.json with the endpoints `ask deploy` cannot fill before its first import. With the skill function known
 * (an earlier deploy), both endpoints name it, as `ask deploy` would write them. Before the first deploy there is
 * no function, and SMAPI refuses an import whose endpoint ARN does not exist ("The trigger setting for the
 * Lambda … is invalid") or an events block without an endpoint, so both are left out: after creating the stack,
 * `ask deploy` writes `apis.custom.endpoint` and, from `skillEvents`, the events endpoint and subscriptions, and
 * updates the manifest.
 */
export function renderSkillManifest(source: string, endpoint: string | undefined): Json {
  const skill = JSON.parse(source) as { manifest: { apis: { custom: Json }; events?: Json } };
  if (endpoint === undefined) {
    delete skill.manifest.apis.custom.endpoint;
    delete skill.manifest.events;
  } else {
    skill.manifest.apis.custom.endpoint = { uri: endpoint };
    if (skill.manifest.events) skill.manifest.events.endpoint = { uri: endpoint };
  }
  return skill;
}
