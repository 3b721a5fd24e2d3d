/** What the emulated Alexa app knows about the skill it drives, apart from how to call it. */
export interface SkillInfo {
  /** The skill id requests carry (`context.System.application.applicationId`). */
  id: string;
  /** The skill's name, as the Alexa app shows it and Alexa says it. */
  name: string;
  /** The vendor id in Alexa's redirect URI (`/api/skill/link/<vendorId>`). */
  vendorId: string;
  /** `required` when the account-linking file sets `skipOnEnablement: false`. */
  linking: 'available' | 'required';
  /** The locales the skill ships, in the order the language menu lists them. */
  locales: readonly string[];
  /** The invocation name per locale, from the interaction models ("open <invocation>"). */
  invocationNames: Readonly<Record<string, string>>;
  /** The line under the skill's name on its page: who offers it and which account it links. */
  byline: string;
}

/** The invocation name for a locale; the skill's name in lower case where no model names one. */
export function invocationName(skill: SkillInfo, locale: string): string {
  return skill.invocationNames[locale] ?? skill.name.toLowerCase();
}
