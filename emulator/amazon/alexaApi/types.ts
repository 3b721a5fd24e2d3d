/** What the Skill Enablement stand-in asks of Alexa itself: the emulator's users, token keeping and events. */
export interface AlexaSide {
  /**
   * Redeems the skill's code at the skill's token URL with Alexa's rules, then enables the skill and links the
   * user (SkillEnabled, SkillAccountLinked); `reason` says why not.
   */
  enableAndLink(
    amazonEmail: string,
    request: { authCode: string; redirectUri: string },
  ): Promise<{ linked: boolean; reason?: string }>;
  /** The Alexa user of an Amazon account and the skill's state for them; undefined when Alexa has no such user. */
  status(amazonEmail: string): { userId: string; enabled: boolean; linked: boolean } | undefined;
  /** Disables the skill for the user, which also unlinks (SkillDisabled). */
  disable(amazonEmail: string): Promise<void>;
}

/** The skill as the Alexa API stand-in knows it. */
export interface SkillRecord {
  skillId: string;
  /** The skill's "Alexa Client ID": the LWA client whose tokens may enable it. */
  clientId: string;
  /** The skill's "Your Redirect URLs" (`redirectUrls`); an `accountLinkRequest.redirectUri` must be one of them. */
  redirectUrls: string[];
}
