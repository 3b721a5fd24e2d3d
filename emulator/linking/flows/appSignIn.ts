import type { RideHailerApp } from '../../rideHailerApp/RideHailerApp';
import { authorizeHeadless, type Credentials, HeadlessLoginError } from '../headlessBrowser';
import type { FlowRecorder } from './report';

/**
 * Signs the phone's Ride Hailer app in once, as a rider would in its sign-in tab (the service's real login page,
 * PKCE, no secret). Already signed in: nothing to do. Records the step; false when it failed.
 */
export async function ensureAppSignedIn(app: RideHailerApp, rider: Credentials, flow: FlowRecorder): Promise<boolean> {
  const signedIn = app.rider;
  if (signedIn !== undefined) {
    flow.ok(`the Ride Hailer app is signed in as ${signedIn.email}`);
    return true;
  }
  try {
    const callback = await authorizeHeadless(app.startSignIn(), app.settings.signInRedirectUri, rider);
    const result = await app.completeSignIn(callback);
    if (!result.ok) {
      flow.fail(`the Ride Hailer app's sign-in failed: ${result.message}`);
      return false;
    }
  } catch (error) {
    flow.fail(
      `the Ride Hailer app's sign-in failed: ${error instanceof HeadlessLoginError ? error.message : (error as Error).message}`,
    );
    return false;
  }
  flow.ok(`signed in to the Ride Hailer app as ${app.rider?.email ?? rider.username} (login page, PKCE)`);
  return true;
}
