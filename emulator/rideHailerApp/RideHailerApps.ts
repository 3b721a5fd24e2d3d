import type { EmulatedUser } from '../core/EmulatedUser';
import type { AppBackend } from './backend';
import { RideHailerApp } from './RideHailerApp';

/** The Ride Hailer app on each emulated user's phone (installed or not), speaking the user's language. */
export class RideHailerApps {
  private readonly apps = new Map<string, RideHailerApp>();

  constructor(private readonly backend: AppBackend) {}

  /** The app on this user's phone, created on first use (not installed). */
  of(user: EmulatedUser): RideHailerApp {
    let app = this.apps.get(user.userId);
    if (app === undefined) {
      app = new RideHailerApp(this.backend, () => user.locale);
      this.apps.set(user.userId, app);
    }
    return app;
  }
}
