/** The Alexa API hosts Amazon names per region (Skill Enablement API reference, "API endpoint"). */
export const ALEXA_API_HOSTS = {
  NA: 'api.amazonalexa.com',
  EU: 'api.eu.amazonalexa.com',
  FE: 'api.fe.amazonalexa.com',
} as const;

/** An answer a region gives instead of doing its work, for trying the service's error paths. */
export interface InjectedFailure {
  status: number;
  message: string;
}

/**
 * What the Alexa API stand-in remembers besides Alexa's own users: each Amazon account's regions (what
 * `alexaApiEndpoint` returns; NA unless set) and failures injected per region host.
 */
export class AlexaApiState {
  private readonly regions = new Map<string, string[]>();
  private readonly failures = new Map<string, InjectedFailure>();
  private readonly stages = new Map<string, string>();

  /** The stage the skill was last enabled at for an account (`development` until then). */
  stageOf(email: string): string {
    return this.stages.get(email.toLowerCase()) ?? 'development';
  }

  /** Records the stage of a successful enablement. */
  enabledAt(email: string, stage: string): void {
    this.stages.set(email.toLowerCase(), stage);
  }

  /** The region hosts of an Amazon account. */
  regionsOf(email: string): string[] {
    return this.regions.get(email.toLowerCase()) ?? [ALEXA_API_HOSTS.NA];
  }

  /** Sets an account's regions; an empty list is an account without Alexa. */
  setRegions(email: string, hosts: string[]): void {
    this.regions.set(email.toLowerCase(), hosts);
  }

  /** Makes every enablement call at `host` answer with `failure`; `undefined` heals the region. */
  failEnablement(host: string, failure: InjectedFailure | undefined): void {
    if (failure === undefined) this.failures.delete(host);
    else this.failures.set(host, failure);
  }

  /** The failure injected at a host, if any. */
  failureAt(host: string): InjectedFailure | undefined {
    return this.failures.get(host);
  }
}
