import type Provider from 'oidc-provider';
import type { MobileConfig, ServiceConfig } from '../config';
import type { GrantRevoker } from '../oauth/revocation';
import type { RiderRepository } from '../riders/rider';
import type { AppLinkRepository } from '../store/appLinks';
import type { AlexaCodeDeps } from './alexaCodes';
import type { AmazonClient } from './amazonClient';

/** What the mobile endpoints need; assembled once in app.ts. */
export interface MobileDeps {
  config: ServiceConfig;
  mobile: MobileConfig;
  provider: Provider;
  riders: RiderRepository;
  amazon: AmazonClient;
  codes: AlexaCodeDeps;
  revoker: GrantRevoker;
  links: AppLinkRepository;
  /** Grant ids of a rider, any client (the account index). */
  grantsOfRider(riderId: string): Promise<string[]>;
  now: () => number;
}
