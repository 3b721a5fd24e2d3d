import { chooseDevice } from '../core/deviceChoice';
import type { EmulatedUser } from '../core/EmulatedUser';
import type { Emulator, LinkOutcome } from '../core/Emulator';
import { chooseSpeaker } from '../core/speaker';
import { type Snapshot, snapshot } from '../http/snapshot';
import { linkFromAlexaApp } from '../linking/flows/appToAppFromAlexa';
import { linkFromApp, unlinkFromApp } from '../linking/flows/appToAppFromApp';
import type { AppToAppDeps } from '../linking/flows/deps';
import { formatFlow } from '../linking/flows/report';
import { formatTrace } from '../linking/trace';
import type { SkillInfo } from '../skill/skillInfo';
import type { AppToAppFlow, CommandResult, DialogBackend } from './backend';
import { deviceLinkLine, linkLine, stateLines } from './describe';

const NO_APP_TO_APP =
  'App-to-app linking is played with the Ride Hailer app stand-in, which runs only in Ride Hailer’s own configuration (not LWA mode, not another skill).';

/** The dialog backend for an emulator running in this process. */
export class LocalBackend implements DialogBackend {
  private readonly user: EmulatedUser;

  constructor(
    private readonly emulator: Emulator,
    private readonly info: SkillInfo,
    readonly description: string,
    private readonly onClose: () => Promise<void> = async () => {},
    private readonly appToApp: () => AppToAppDeps | undefined = () => undefined,
  ) {
    this.user = emulator.user();
  }

  private snapshot(): Snapshot {
    return snapshot(this.emulator, this.user, this.info);
  }

  async skill() {
    return this.info;
  }

  async locale() {
    return this.user.locale;
  }

  async setLocale(locale: string) {
    this.user.locale = locale;
  }

  say(text: string) {
    return this.emulator.say(this.user, text);
  }

  newSession() {
    return this.emulator.newSession(this.user);
  }

  async link(): Promise<CommandResult> {
    const result = await this.emulator.linkHeadless(this.user);
    if (result.tokens === undefined) return { lines: [formatTrace(result.trace)] };
    return { lines: [`Linked the demo account through the login and consent pages. ${linkLine(this.snapshot())}`] };
  }

  async linkAppToApp(flow: AppToAppFlow): Promise<CommandResult> {
    const deps = this.appToApp();
    if (deps === undefined) return { lines: [NO_APP_TO_APP] };
    const report =
      flow === 'app'
        ? await linkFromAlexaApp(deps, this.user)
        : await linkFromApp(deps, this.user, flow === 'from-app' ? 'alexa-app' : 'lwa');
    return { lines: [report.linked ? `${formatFlow(report)} ${linkLine(this.snapshot())}` : formatFlow(report)] };
  }

  async unlinkFromApp(): Promise<CommandResult> {
    const deps = this.appToApp();
    return { lines: [deps === undefined ? NO_APP_TO_APP : await unlinkFromApp(deps, this.user)] };
  }

  async unlink(): Promise<CommandResult> {
    return {
      lines: [this.emulator.unlink(this.user) ? 'Unlinked: the next request carries no access token.' : 'Not linked.'],
    };
  }

  async expire(): Promise<CommandResult> {
    const done = this.emulator.expire(this.user);
    return { lines: [done ? 'The access token has expired; the next request refreshes it first.' : 'Not linked.'] };
  }

  async revoke(): Promise<CommandResult> {
    return { lines: [await this.emulator.revoke(this.user)] };
  }

  async enable(): Promise<CommandResult> {
    await this.emulator.enable(this.user);
    return { lines: ['Skill enabled (SkillEnabled event sent).'] };
  }

  async disable(): Promise<CommandResult> {
    await this.emulator.disable(this.user);
    return { lines: ['Skill disabled and unlinked (SkillDisabled event sent).'] };
  }

  async state(): Promise<CommandResult> {
    return { lines: stateLines(this.snapshot()) };
  }

  async speaker(choice: string | undefined): Promise<CommandResult> {
    try {
      return { lines: [chooseSpeaker(this.user.household, choice)] };
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
  }

  async device(choice: string | undefined): Promise<CommandResult> {
    try {
      return { lines: [chooseDevice(this.user.household, choice)] };
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
  }

  linkOnDevice(person: string | undefined): Promise<CommandResult> {
    return this.screenLink(() => this.emulator.screens.linkOnDevice(this.user, person), person, 'device');
  }

  followQr(): Promise<CommandResult> {
    return this.screenLink(() => this.emulator.screens.followQr(this.user), undefined, 'qr');
  }

  private async screenLink(
    link: () => Promise<LinkOutcome>,
    person: string | undefined,
    how: 'device' | 'qr',
  ): Promise<CommandResult> {
    let outcome: LinkOutcome;
    try {
      outcome = await link();
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
    if (outcome.tokens === undefined) return { lines: [formatTrace(outcome.trace)] };
    return { lines: [deviceLinkLine(this.snapshot(), person, how)], turn: outcome.relaunch };
  }

  async trace(): Promise<CommandResult> {
    return { lines: [this.snapshot().lastTrace ?? 'No linking attempt yet.'] };
  }

  close() {
    return this.onClose();
  }
}
