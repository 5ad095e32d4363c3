import type { DiscoveryResult } from '../../shared/model/discovery';
import { outcomeMessage } from '../../shared/model/outcome';
import type { Translator } from '../../shared/messages/translator';
import { MailResolver } from '../dns/mail-resolver';
import type { DiscoverOptions } from '../engine/discovery-types';
import type { SendTestResult } from '../engine/send-test';
import type { ClientIdSources, ClientSettings } from '../oauth/client-config';
import type { VerifyBySignInResult } from '../oauth/verify-by-sign-in';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { cancellableByCtrlC } from './ctrl-c';
import { openInBrowser } from './open-browser';
import { serverLabel } from './server-label';
export { proofLines } from '../report/proof-lines';

/** The options that prove more than a login, as commander hands them over. */
export interface ProofValues {
  sendTest?: boolean;
  oauth?: boolean;
  oauthClientId?: string;
  oauthTenant?: string;
  oauthRedirectHost?: string;
}

/** What the proofs after a discovery showed. */
export interface Proofs {
  sendTest?: SendTestResult;
  signIn?: VerifyBySignInResult;
}

/** Checks the proof options before anything runs (and before the password is read). */
export function checkProofValues(values: ProofValues & { passwordStdin?: boolean }): void {
  if (values.sendTest && !values.passwordStdin) throw new UsageError({ key: 'cli:proof.error.send-test-needs-password' });
  if (values.oauthRedirectHost !== undefined && !['127.0.0.1', 'localhost'].includes(values.oauthRedirectHost))
    throw new UsageError({ key: 'cli:proof.error.bad-redirect-host' });
  if (values.oauthClientId !== undefined && !/^([a-z0-9][a-z0-9.-]*=)?[\x21-\x7e]{1,512}$/i.test(values.oauthClientId))
    throw new UsageError({ key: 'cli:proof.error.bad-client-id' });
}

/**
 * The client ID from the command line as ClientIdSources.flags: "PROVIDER=ID" for one provider (its id in the
 * provider table, or the sign-in service's host), or a bare ID for whichever provider the address signs in with.
 */
export function flagClients(values: ProofValues): ClientIdSources['flags'] {
  if (!values.oauthClientId) return undefined;
  const named = /^([a-z0-9][a-z0-9.-]*)=(.+)$/i.exec(values.oauthClientId);
  const settings: ClientSettings = {
    clientId: named ? named[2] : values.oauthClientId,
    ...(values.oauthTenant ? { tenant: values.oauthTenant } : {}),
    ...(values.oauthRedirectHost ? { redirectHost: values.oauthRedirectHost as ClientSettings['redirectHost'] } : {}),
  };
  if (named) return { [named[1].toLowerCase()]: settings };
  // Any provider the plan asks for gets the one client ID given.
  return new Proxy({} as Record<string, ClientSettings>, {
    get: (_target, key) => (typeof key === 'string' ? settings : undefined),
    has: () => true,
  });
}

/** Sends the test message through the result's verified servers, with progress on standard error. */
async function runSendTest(result: DiscoveryResult, options: DiscoverOptions, io: CliIo, signal: AbortSignal): Promise<SendTestResult> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  // Loaded only when asked for: the mail libraries it uses would cost every discover run ~100 ms of start-up.
  const { sendTestMessage } = await import('../engine/send-test');
  return sendTestMessage(result, {
    password: options.password!,
    trust: { extraCa: options.extraCa ?? [], trustedFingerprints: options.trustedFingerprints ?? [] },
    dnsServers: options.dnsServers,
    allowAddress: options.allowAddress,
    policy: { allowPlaintext: options.allowPlaintext ?? [], consent: options.consent ?? [] },
    signal,
    language: io.t.language,
    log: io.log,
    onProgress: (step) => {
      if (step.stage === 'submitting' && result.outgoing)
        say(io.t.t('cli:proof.sendTest.sending', { server: serverLabel(result.outgoing, io.t) }));
      if (step.stage === 'submitted' && result.incoming)
        say(io.t.t('cli:proof.sendTest.waiting', { server: serverLabel(result.incoming, io.t) }));
    },
  });
}

/** Signs in with the provider in the browser and proves the chosen servers with the token; progress on standard error. */
async function runSignIn(
  result: DiscoveryResult,
  options: DiscoverOptions,
  values: ProofValues,
  io: CliIo,
  signal: AbortSignal,
): Promise<VerifyBySignInResult> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const { verifyBySignIn } = await import('../oauth/verify-by-sign-in');
  const flags = flagClients(values);
  return verifyBySignIn(result, {
    openBrowser: (url) => openInBrowser(url),
    net: {
      resolver: new MailResolver({ servers: options.dnsServers, allowAddress: options.allowAddress }),
      trust: { extraCa: options.extraCa ?? [], trustedFingerprints: options.trustedFingerprints ?? [] },
    },
    signal,
    language: io.t.language,
    ...(flags ? { clients: { flags } } : {}),
    onProgress: (progress) => {
      // The address carries no secret (the state and the PKCE challenge are not): it is the way in when no browser opens.
      if (progress.step === 'browser-opening') say(`${io.t.t('cli:proof.signIn.open')}\n  ${progress.authorizationUrl}`);
      if (progress.step === 'waiting-for-browser') say(io.t.t('cli:proof.signIn.waiting'));
      if (progress.step === 'signed-in') say(io.t.t('cli:proof.signIn.checking'));
    },
  });
}

/** Runs the proofs the command line asked for, after discovery; Ctrl-C cancels them. */
export async function runProofs(result: DiscoveryResult, options: DiscoverOptions, values: ProofValues, io: CliIo): Promise<Proofs> {
  if (!values.sendTest && !values.oauth) return {};
  return cancellableByCtrlC(async (signal) => {
    const proofs: Proofs = {};
    if (values.oauth) proofs.signIn = await runSignIn(result, options, values, io, signal);
    if (values.sendTest && !signal.aborted) proofs.sendTest = await runSendTest(result, options, io, signal);
    return proofs;
  });
}

/** The sign-in's outcome as JSON: the plan in brief, every server's answer (never a token), the words. */
export function signInJson(signIn: VerifyBySignInResult, t: Translator) {
  if (signIn.status === 'no-sign-in') return { status: signIn.status, reason: signIn.noSignIn.reason, message: t.render(signIn.message) };
  const base = {
    status: signIn.status,
    provider: signIn.plan.providerName,
    method: signIn.plan.method,
    clientSource: signIn.plan.clientSource,
    evidence: signIn.plan.evidence.map((e) => ({ ...e, message: t.t(`signin:evidence.${e.step}`, { detail: e.detail }) })),
  };
  if (signIn.status === 'sign-in-failed')
    return {
      ...base,
      reason: signIn.reason,
      message: t.render(signIn.message),
      ...(signIn.providerError ? { providerError: signIn.providerError } : {}),
      ...(signIn.detail ? { detail: t.render(signIn.detail) } : {}),
    };
  return {
    ...base,
    proofs: signIn.proofs.map((p) => ({
      ...p,
      ...(p.error ? { error: { code: p.error.code, message: t.render(outcomeMessage(p.error)), detail: t.render(p.error.reason) } } : {}),
    })),
  };
}
