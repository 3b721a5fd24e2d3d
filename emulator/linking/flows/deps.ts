import type { Emulator } from '../../core/Emulator';
import type { RideHailerApps } from '../../rideHailerApp/RideHailerApps';
import type { Credentials } from '../headlessBrowser';

/** What the app-to-app flows drive: Alexa (the emulator), the phones' Ride Hailer app, and the demo logins. */
export interface AppToAppDeps {
  emulator: Emulator;
  apps: RideHailerApps;
  /** The rider who signs in to the Ride Hailer app. */
  rider: Credentials;
  /** The Amazon account LWA signs in when the phone has no Alexa app. */
  amazon: Credentials;
}
