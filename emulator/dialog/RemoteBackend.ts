import type { Turn } from '../conversation/types';
import type { Snapshot } from '../http/snapshot';
import type { AppToAppFlow, CommandResult, DialogBackend } from './backend';
import { deviceLinkLine, linkLine, stateLines } from './describe';

/** The dialog backend for the emulator `npm start` runs: the same user and state as its browser page. */
export class RemoteBackend implements DialogBackend {
  readonly description: string;

  constructor(private readonly url: string) {
    this.description = `the \`npm start\` at ${url} (attached: the same user, links and rides as its page)`;
  }

  /** Whether an emulator answers at `url` (a short probe of `/api/health`). */
  static async detect(url: string): Promise<boolean> {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(500) });
      const body = (await response.json()) as { name?: string };
      return body.name === 'ride-hailer-alexa-emulator';
    } catch {
      return false;
    }
  }

  private async post<T>(path: string, body: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as T & { error_description?: string };
    if (!response.ok) throw new Error(answer.error_description ?? `HTTP ${response.status}`);
    return answer;
  }

  private async snapshot(): Promise<Snapshot> {
    const response = await fetch(`${this.url}/api/state`);
    return (await response.json()) as Snapshot;
  }

  async skill() {
    return (await this.snapshot()).skill;
  }

  async locale() {
    return (await this.snapshot()).user.locale;
  }

  async setLocale(locale: string) {
    await this.post('/api/locale', { locale });
  }

  async say(text: string): Promise<Turn> {
    return (await this.post<{ turn: Turn }>('/api/utter', { text })).turn;
  }

  async newSession(): Promise<Turn> {
    return (await this.post<{ turn: Turn }>('/api/session/new')).turn;
  }

  async link(): Promise<CommandResult> {
    const result = await this.post<{ linked: boolean }>('/api/link/headless');
    const state = await this.snapshot();
    if (!result.linked) return { lines: [state.lastTrace ?? 'Linking failed.'] };
    return { lines: [`Linked the demo account through the login and consent pages. ${linkLine(state)}`] };
  }

  async linkAppToApp(flow: AppToAppFlow): Promise<CommandResult> {
    const result = await this.post<{ linked: boolean; line: string }>(`/api/link/${flow}`);
    return { lines: [result.linked ? `${result.line} ${linkLine(await this.snapshot())}` : result.line] };
  }

  async unlinkFromApp(): Promise<CommandResult> {
    return { lines: [(await this.post<{ line: string }>('/api/unlink/from-app')).line] };
  }

  async unlink(): Promise<CommandResult> {
    const { unlinked } = await this.post<{ unlinked: boolean }>('/api/unlink');
    return { lines: [unlinked ? 'Unlinked: the next request carries no access token.' : 'Not linked.'] };
  }

  async expire(): Promise<CommandResult> {
    const { expired } = await this.post<{ expired: boolean }>('/api/expire');
    return { lines: [expired ? 'The access token has expired; the next request refreshes it first.' : 'Not linked.'] };
  }

  async revoke(): Promise<CommandResult> {
    return { lines: [(await this.post<{ message: string }>('/api/revoke')).message] };
  }

  async enable(): Promise<CommandResult> {
    await this.post('/api/enable');
    return { lines: ['Skill enabled (SkillEnabled event sent).'] };
  }

  async disable(): Promise<CommandResult> {
    await this.post('/api/disable');
    return { lines: ['Skill disabled and unlinked (SkillDisabled event sent).'] };
  }

  async state(): Promise<CommandResult> {
    return { lines: stateLines(await this.snapshot()) };
  }

  async speaker(choice: string | undefined): Promise<CommandResult> {
    try {
      return { lines: [(await this.post<{ message: string }>('/api/speaker', { speaker: choice ?? '' })).message] };
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
  }

  async device(choice: string | undefined): Promise<CommandResult> {
    try {
      return { lines: [(await this.post<{ message: string }>('/api/device', { device: choice ?? '' })).message] };
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
  }

  linkOnDevice(person: string | undefined): Promise<CommandResult> {
    return this.screenLink('/api/link/device', person === undefined ? {} : { person }, person, 'device');
  }

  followQr(): Promise<CommandResult> {
    return this.screenLink('/api/link/qr', {}, undefined, 'qr');
  }

  private async screenLink(
    path: string,
    body: Record<string, string>,
    person: string | undefined,
    how: 'device' | 'qr',
  ): Promise<CommandResult> {
    let result: { linked: boolean; turn?: Turn };
    try {
      result = await this.post<{ linked: boolean; turn?: Turn }>(path, body);
    } catch (error) {
      return { lines: [`${(error as Error).message}.`] };
    }
    const state = await this.snapshot();
    if (!result.linked) return { lines: [state.lastTrace ?? 'Linking failed.'] };
    return { lines: [deviceLinkLine(state, person, how)], turn: result.turn };
  }

  async trace(): Promise<CommandResult> {
    return { lines: [(await this.snapshot()).lastTrace ?? 'No linking attempt yet.'] };
  }

  async close() {}
}
