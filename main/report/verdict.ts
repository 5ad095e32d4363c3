import type { DiscoveryResult, CandidateResult } from '../engine/discovery-types';
import { describeCertProblem } from '../errors/explain';
import type { Verdict, VerdictStatus } from './report-types';

export type FindingKey =
  | 'port-blocked'
  | 'password-wrong'
  | 'provider-password'
  | 'cert-expired'
  | 'cert-not-yet-valid'
  | 'cert-self-signed'
  | 'cert-wrong-host'
  | 'cert-other'
  | 'plaintext-only'
  | 'untrusted-source'
  | 'no-auth-method'
  | 'not-found'
  | 'unreachable'
  | 'no-working-server'
  | 'give-password'
  | 'server-problem'
  | 'no-incoming'
  | 'no-outgoing'
  | 'works';

/** One fact with what to do about it: a key and values for translations, and the English sentence. */
export interface Finding {
  key: FindingKey;
  params: Record<string, string | number>;
  text: string;
}

export interface StructuredVerdict {
  status: VerdictStatus;
  findings: Finding[];
}

const PASSWORD_HELP: Record<string, string> = {
  'app-password': "needs an app password: create one in your account's security settings and use it here instead of your normal password",
  'authorization-code': 'needs an authorization code (授权码): turn on IMAP/SMTP in the web mail settings and generate one',
  'oauth2-only': 'does not accept passwords from mail apps at all; use an app that signs in with your provider (OAuth2)',
  'enable-imap': 'needs IMAP/POP access switched on in the web mail settings',
  'bridge-required': 'works in mail apps only through its bridge app',
};

const IMPLICIT_TO_STARTTLS: Record<number, number> = { 465: 587, 993: 143, 995: 110 };

const date = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function certFinding(c: CandidateResult): Finding | undefined {
  const problem = c.outcome.certProblem;
  const cert = c.probe?.tls?.certificate;
  if (c.outcome.code !== 'ETLS' || !problem) return undefined;
  const host = c.host;
  if (problem === 'expired' && cert) {
    return {
      key: 'cert-expired',
      params: { host, date: date(cert.validTo) },
      text: `The certificate of ${host} expired on ${date(cert.validTo)}. The mail provider must renew it; until then the connection is not safe.`,
    };
  }
  if (problem === 'not-yet-valid' && cert) {
    return {
      key: 'cert-not-yet-valid',
      params: { host, date: date(cert.validFrom) },
      text: `The certificate of ${host} is valid only from ${date(cert.validFrom)}: check this computer's date and time.`,
    };
  }
  if (problem === 'self-signed' && cert) {
    return {
      key: 'cert-self-signed',
      params: { host, fingerprint: cert.fingerprint256 },
      text: `${host} uses a self-signed certificate (SHA-256 ${cert.fingerprint256}). Trust it only if the server's administrator confirms this fingerprint.`,
    };
  }
  if (problem === 'wrong-host' && cert) {
    const names = cert.subjectAltNames.join(', ') || cert.subject;
    return {
      key: 'cert-wrong-host',
      params: { host, names },
      text: `The certificate of ${host} was issued for ${names}, not for ${host}: the server name may be wrong, or someone is in between.`,
    };
  }
  return {
    key: 'cert-other',
    params: { host, port: c.port, problem },
    text: `The secure connection to ${host}:${c.port} failed: ${describeCertProblem(problem)}.`,
  };
}

/** Finds the few facts that explain what happened, in the order a person should act on them. */
export function structuredVerdict(result: DiscoveryResult, passwordGiven: boolean): StructuredVerdict {
  const findings: Finding[] = [];
  const add = (finding: Finding | undefined) => {
    if (finding && !findings.some((f) => f.text === finding.text)) findings.push(finding);
  };
  const domain = result.email.split('@')[1];
  const chosen = [result.incoming, result.outgoing].filter(Boolean).map((s) => result.candidates.find((c) => c.id === s!.candidateId)!);
  const provider = result.providers.find((p) => p.passwordNote);

  // Implicit-TLS ports that time out while the STARTTLS port of the same host answers: a network filter.
  for (const c of result.candidates) {
    const alternative = IMPLICIT_TO_STARTTLS[c.port];
    if (c.outcome.code !== 'ETIMEDOUT' || !alternative || c.security !== 'tls') continue;
    const works = result.candidates.find(
      (o) => o.host === c.host && o.port === alternative && ['OK', 'REACHABLE', 'EAUTH'].includes(o.outcome.code),
    );
    if (works)
      add({
        key: 'port-blocked',
        params: { port: c.port, alternative, host: c.host },
        text: `Port ${c.port} is blocked on this network; use ${alternative} with STARTTLS (${c.host}).`,
      });
  }
  // One finding per kind of problem, naming every server it applies to.
  const rejected = chosen.filter((c) => c.outcome.code === 'EAUTH');
  if (rejected.length > 0) {
    const hosts = [...new Set(rejected.map((c) => c.host))];
    const tried = [...new Set(rejected.flatMap((c) => c.logins.map((l) => l.username)))];
    if (provider?.passwordNote && provider.passwordNote !== 'enable-imap') {
      add({
        key: 'provider-password',
        params: { provider: provider.name, note: provider.passwordNote, helpUrl: provider.helpUrl ?? '' },
        text: `The server rejected the login. ${provider.name} ${PASSWORD_HELP[provider.passwordNote]}.`,
      });
    } else {
      add({
        key: 'password-wrong',
        params: { hosts: hosts.join(', '), usernames: tried.join(', ') },
        text: `Your password is wrong (or the username): ${hosts.join(' and ')} ${hosts.length > 1 ? 'are' : 'is'} reachable but rejected the login${tried.length ? ` as ${tried.join(' and as ')}` : ''}.`,
      });
    }
  }
  const explained = new Set(rejected);
  for (const c of chosen) {
    const finding =
      certFinding(c) ??
      (c.outcome.code === 'EPLAINTEXT'
        ? {
            key: 'plaintext-only' as const,
            params: { host: c.host },
            text: `${c.host} offers only unencrypted connections, so your password would be readable on the network. Ask the provider for encryption, or allow it only on a network you trust.`,
          }
        : undefined) ??
      (c.outcome.code === 'ENOCONSENT'
        ? {
            key: 'untrusted-source' as const,
            params: { host: c.host, source: c.sourceDetail },
            text: `${c.host} was found through a lookup that cannot be trusted (${c.sourceDetail}); confirm this server before sending your password to it.`,
          }
        : undefined) ??
      (c.outcome.code === 'ENOAUTHMECH'
        ? {
            key: 'no-auth-method' as const,
            params: { host: c.host, port: c.port },
            text: `${c.host}:${c.port} offers no login method this app can use safely.`,
          }
        : undefined);
    if (finding) {
      add(finding);
      explained.add(c);
    }
  }
  if (result.incoming?.verified && result.outgoing?.verified) {
    return { status: 'ok', findings: [{ key: 'works', params: {}, text: 'Your mail settings work.' }, ...findings] };
  }
  if (!result.incoming && !result.outgoing) {
    const codes = new Set(result.candidates.map((c) => c.outcome.code));
    if (result.candidates.length === 0 || [...codes].every((c) => c === 'EDNS')) {
      add({
        key: 'not-found',
        params: { domain },
        text: `No mail server was found for ${domain}. Check the spelling of the part after the @.`,
      });
    } else if ([...codes].every((c) => ['ETIMEDOUT', 'EDNS', 'ECANCELLED', 'SKIPPED'].includes(c))) {
      add({
        key: 'unreachable',
        params: { domain },
        text: `Every mail server of ${domain} is unreachable from here: a firewall may block mail ports, or the servers are down.`,
      });
    } else {
      add({ key: 'no-working-server', params: { domain }, text: `No working mail server was found for ${domain}.` });
    }
    return { status: 'not-found', findings };
  }
  if (!passwordGiven) add({ key: 'give-password', params: {}, text: 'The servers were found; give your password to test the login.' });
  for (const c of chosen) {
    if (!c.verified && !explained.has(c) && c.outcome.code !== 'REACHABLE') {
      add({
        key: 'server-problem',
        params: { host: c.host, port: c.port, code: c.outcome.code },
        text: `${c.host}:${c.port}: ${c.outcome.message}`,
      });
    }
  }
  if (!result.incoming) add({ key: 'no-incoming', params: {}, text: 'No incoming mail server (IMAP or POP3) was found.' });
  if (!result.outgoing) add({ key: 'no-outgoing', params: {}, text: 'No outgoing mail server (SMTP) was found.' });
  if (provider?.passwordNote && !findings.some((f) => f.key === 'provider-password')) {
    add({
      key: 'provider-password',
      params: { provider: provider.name, note: provider.passwordNote, helpUrl: provider.helpUrl ?? '' },
      text: `Note: ${provider.name} ${PASSWORD_HELP[provider.passwordNote]}.`,
    });
  }
  return { status: passwordGiven ? 'problem' : 'unverified', findings };
}

/** The verdict as the report writes it: a headline and every finding as a sentence. */
export function verdictFor(result: DiscoveryResult, passwordGiven: boolean): Verdict {
  const { status, findings } = structuredVerdict(result, passwordGiven);
  const texts = findings.map((f) => f.text);
  if (status === 'ok') {
    const rest = texts.slice(1);
    return { status, headline: rest[0] && /blocked/.test(rest[0]) ? `${texts[0]} ${rest[0]}` : texts[0], findings: rest };
  }
  return { status, headline: texts[0] ?? 'The settings could not be proven.', findings: texts };
}
