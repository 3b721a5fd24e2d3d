import { clientAddress } from '../../http/clientAddress';
import { normalizeEmail, type Rider } from '../../riders/rider';
import { authenticateRider } from '../../riders/riderService';
import { loginPage } from '../pages/loginPage';
import { LOGIN_RULES } from '../throttle';
import { finishInteraction, type InteractionDeps, type InteractionRequest, renderPage } from './context';
import { csrfToken } from './csrf';

/** Where the login form posts. */
export function loginAction(uid: string): string {
  return `/interaction/${encodeURIComponent(uid)}/login`;
}

/** GET: the sign-in form. */
export function showLogin(deps: InteractionDeps, request: InteractionRequest): void {
  const { uid, catalog, res } = request;
  renderPage(
    deps,
    res,
    200,
    loginPage(catalog, { action: loginAction(uid), csrf: csrfToken(deps.config.cookieKeys, uid, 'login') }),
  );
}

/**
 * POST: checks the password (Argon2id), with per-account and per-address throttling whose lock applies even to the
 * right password and looks the same for unknown emails (RFC 6819 §5.1.4.2). The attempt is reserved before the
 * password is checked, so parallel posts get no more checks than the limit, and a right password gives it back.
 * A post without an email or password counts against the address. Failures re-render the form with an inline
 * error; success finishes the login prompt with a 303 (RFC 9700 §4.12).
 */
export async function submitLogin(deps: InteractionDeps, request: InteractionRequest, form: URLSearchParams) {
  const { uid, catalog, req, res } = request;
  const email = (form.get('email') ?? '').trim();
  const password = form.get('password') ?? '';
  const view = { action: loginAction(uid), csrf: csrfToken(deps.config.cookieKeys, uid, 'login'), email };
  const address = { rule: LOGIN_RULES.address, value: clientAddress(req) };
  const throttled = (wait: number) =>
    renderPage(deps, res, 429, loginPage(catalog, { ...view, error: catalog.throttled }), {
      'Retry-After': String(wait),
    });
  if (email === '' || password === '') {
    const wait = await deps.throttle.recordFailure([address]);
    if (wait > 0) return throttled(wait);
    renderPage(deps, res, 400, loginPage(catalog, { ...view, error: catalog.missingFields }));
    return;
  }
  const attempt = await deps.throttle.reserve([{ rule: LOGIN_RULES.account, value: normalizeEmail(email) }, address]);
  if (attempt.locked) return throttled(attempt.retryAfterSeconds);
  let rider: Rider | undefined;
  try {
    rider = await authenticateRider(deps.riders, email, password);
  } catch (error) {
    // The check never finished, so nothing was learned: the attempt is not a failure. The original error wins.
    await attempt.release().catch(() => undefined);
    throw error;
  }
  if (!rider) {
    renderPage(deps, res, 400, loginPage(catalog, { ...view, error: catalog.invalidCredentials }));
    return;
  }
  await attempt.release();
  await finishInteraction(deps, request, { login: { accountId: rider.id } }, { mergeWithLastSubmission: false });
}
