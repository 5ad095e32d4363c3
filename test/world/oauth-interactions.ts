import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { OAUTH_USERS } from './world-plan';

/**
 * The sign-in and consent pages of the test authorization server. oidc-provider leaves these to the
 * application (its own development pages load web fonts from the internet, which the test world must not).
 * A browser, or a test acting as one, sees: a login form that checks the password, then a consent page with
 * "Allow" and "Deny". Form field names are part of the test contract (test/helpers/oauth-browser.ts).
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, title: string, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`,
  );
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function loginForm(res: ServerResponse, uid: string, loginHint: string | undefined, error?: string): void {
  page(
    res,
    'Sign in to the test provider',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <label>Email <input name="login" value="${escape(loginHint ?? '')}"></label>
  <label>Password <input name="password" type="password"></label>
  <button type="submit">Sign in</button>
</form>
<p><a href="/interaction/${escape(uid)}/abort">Cancel</a></p>`,
  );
}

function consentForm(res: ServerResponse, uid: string, clientName: string, scopes: string[]): void {
  page(
    res,
    'Allow access to your mail?',
    `<p>${escape(clientName)} asks for: ${scopes.map((s) => `<code>${escape(s)}</code>`).join(', ')}</p>
<form method="post" action="/interaction/${escape(uid)}/consent"><button type="submit" name="decision" value="allow">Allow</button></form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit" name="decision" value="deny">Deny</button></form>`,
  );
}

/** Handles /interaction/... requests; returns false for any other path. */
export async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const match = /^\/interaction\/([^/?]+)(?:\/(login|consent|abort))?(?:\?.*)?$/.exec(req.url ?? '');
  if (!match) return false;
  const [, uid, action] = match;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    page(res, 'This sign-in has expired', '<p>Start again from your mail app.</p>', 400);
    return true;
  }
  const prompt = details.prompt;
  if (!action) {
    if (prompt.name === 'login') loginForm(res, uid, details.params.login_hint as string | undefined);
    else {
      const client = await provider.Client.find(String(details.params.client_id));
      const scopes = String(details.params.scope ?? '')
        .split(' ')
        .filter(Boolean);
      consentForm(res, uid, client?.clientName ?? String(details.params.client_id), scopes);
    }
    return true;
  }
  if (action === 'abort') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user did not allow access' });
    return true;
  }
  const form = await readForm(req);
  if (action === 'login') {
    const login = form.get('login') ?? '';
    const user = Object.values(OAUTH_USERS).find((u) => u.login === login && u.password === form.get('password'));
    if (!user) {
      loginForm(res, uid, login, 'Wrong email or password.');
      return true;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.login } }, { mergeWithLastSubmission: false });
    return true;
  }
  // Consent: grant exactly what was asked for, the way a user pressing "Allow" would.
  const missing = prompt.details as {
    missingOIDCScope?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
  if (!grant) throw new Error('grant vanished');
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  return true;
}
