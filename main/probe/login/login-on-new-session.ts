import type { Protocol } from '../../../shared/model/server';
import type { Log } from '../../log/logger';
import { Connector } from '../../net/connector';
import { passwordSafeOver } from '../../net/tls-details';
import { failWith, reason } from '../../errors/mail-setup-error';
import { closeSession, openSession, type Session } from '../mail-session';
import { credentialProblem, scrubStep, type Credentials, type LoginAttempt, type LoginRequest } from './login-request';

export type SessionLogin = (session: Session, credentials: Credentials, log?: Log) => Promise<LoginAttempt>;

/**
 * A trial login on a connection of its own, to one address: the same session as a probe's (TLS verified, or the
 * pinned certificate), then the protocol's login on it. For logins outside a discovery run, such as replaying a
 * provider's refusal. Never throws; nothing of the password in what it returns.
 */
export async function loginOnNewSession(protocol: Protocol, request: LoginRequest, login: SessionLogin): Promise<LoginAttempt> {
  const started = performance.now();
  const failed = (error: LoginAttempt['error']): LoginAttempt => ({
    username: request.username,
    ok: false,
    error,
    ms: Math.round(performance.now() - started),
  });
  const problem = credentialProblem(request);
  if (problem) return failed(problem);
  const trust = request.pinned ? { ...request.trust, trustedFingerprints: [request.pinned.fingerprint256] } : request.trust;
  const { probe, session } = await openSession({
    endpoint: { protocol, host: request.host, port: request.port, security: request.security },
    addresses: [request.address],
    trust,
    connector: new Connector(),
    signal: request.signal,
    log: request.log,
  });
  if (!session) return scrubStep(failed(probe.error), request.password);
  try {
    if (request.security === 'starttls' && session.security !== 'starttls')
      return failed(failWith('ENOSTARTTLS', reason('no-starttls', { command: 'STARTTLS' })).failure);
    if (session.security !== 'plain' && !passwordSafeOver(probe.tls)) {
      const problems = probe.tls?.problems ?? [];
      return failed({ code: 'ETLS', certProblem: problems[0] ?? 'handshake', reason: reason('cert-not-trusted') });
    }
    return scrubStep(await login(session, { username: request.username, password: request.password }, request.log), request.password);
  } finally {
    closeSession(session);
  }
}
