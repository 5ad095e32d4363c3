import type { DiscoveryResult, CandidateResult } from '../engine/discovery-types';
import { describeCertProblem } from '../errors/explain';
import type { Verdict } from './report-types';

const PASSWORD_HELP: Record<string, string> = {
  'app-password': 'needs an app password: create one in your account\'s security settings and use it here instead of your normal password',
  'authorization-code': 'needs an authorization code (授权码): turn on IMAP/SMTP in the web mail settings and generate one',
  'oauth2-only': 'does not accept passwords from mail apps at all; use an app that signs in with your provider (OAuth2)',
  'enable-imap': 'needs IMAP/POP access switched on in the web mail settings',
  'bridge-required': 'works in mail apps only through its bridge app',
};

const IMPLICIT_TO_STARTTLS: Record<number, number> = { 465: 587, 993: 143, 995: 110 };

function date(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

function certFinding(c: CandidateResult): string | undefined {
  const problem = c.outcome.certProblem;
  const cert = c.probe?.tls?.certificate;
  if (c.outcome.code !== 'ETLS' || !problem) return undefined;
  if (problem === 'expired' && cert) return `The certificate of ${c.host} expired on ${date(cert.validTo)}. The mail provider must renew it; until then the connection is not safe.`;
  if (problem === 'not-yet-valid' && cert) return `The certificate of ${c.host} is valid only from ${date(cert.validFrom)}: check this computer's date and time.`;
  if (problem === 'self-signed' && cert) return `${c.host} uses a self-signed certificate (SHA-256 ${cert.fingerprint256}). Trust it only if the server's administrator confirms this fingerprint.`;
  if (problem === 'wrong-host' && cert) return `The certificate of ${c.host} was issued for ${cert.subjectAltNames.join(', ') || cert.subject}, not for ${c.host}: the server name may be wrong, or someone is in between.`;
  return `The secure connection to ${c.host}:${c.port} failed: ${describeCertProblem(problem)}.`;
}

/** Finds the few facts that explain what happened, in the order a person should act on them. */
export function verdictFor(result: DiscoveryResult, passwordGiven: boolean): Verdict {
  const findings: string[] = [];
  const add = (text: string | undefined) => {
    if (text && !findings.includes(text)) findings.push(text);
  };
  const domain = result.email.split('@')[1];
  const chosen = [result.incoming, result.outgoing].filter(Boolean).map((s) => result.candidates.find((c) => c.id === s!.candidateId)!);
  const provider = result.providers.find((p) => p.passwordNote);

  // Implicit-TLS ports that time out while the STARTTLS port of the same host answers: a network filter.
  for (const c of result.candidates) {
    const alternative = IMPLICIT_TO_STARTTLS[c.port];
    if (c.outcome.code !== 'ETIMEDOUT' || !alternative || c.security !== 'tls') continue;
    const works = result.candidates.find((o) => o.host === c.host && o.port === alternative && ['OK', 'REACHABLE', 'EAUTH'].includes(o.outcome.code));
    if (works) add(`Port ${c.port} is blocked on this network; use ${alternative} with STARTTLS (${c.host}).`);
  }
  // One finding per kind of problem, naming every server it applies to.
  const rejected = chosen.filter((c) => c.outcome.code === 'EAUTH');
  if (rejected.length > 0) {
    const hosts = [...new Set(rejected.map((c) => c.host))].join(' and ');
    const tried = [...new Set(rejected.flatMap((c) => c.logins.map((l) => l.username)))];
    add(provider?.passwordNote && provider.passwordNote !== 'enable-imap'
      ? `The server rejected the login. ${provider.name} ${PASSWORD_HELP[provider.passwordNote]}.`
      : `Your password is wrong (or the username): ${hosts} ${rejected.length > 1 && hosts.includes(' and ') ? 'are' : 'is'} reachable but rejected the login${tried.length ? ` as ${tried.join(' and as ')}` : ''}.`);
    if (provider?.passwordNote === 'enable-imap') add(`${provider.name} ${PASSWORD_HELP['enable-imap']}.`);
  }
  const explained = new Set(rejected);
  for (const c of chosen) {
    const finding = certFinding(c)
      ?? (c.outcome.code === 'EPLAINTEXT' ? `${c.host} offers only unencrypted connections, so your password would be readable on the network. Ask the provider for encryption, or allow it only on a network you trust.` : undefined)
      ?? (c.outcome.code === 'ENOCONSENT' ? `${c.host} was found through a lookup that cannot be trusted (${c.sourceDetail}); confirm this server before sending your password to it.` : undefined)
      ?? (c.outcome.code === 'ENOAUTHMECH' ? `${c.host}:${c.port} offers no login method this app can use safely.` : undefined);
    if (finding) {
      add(finding);
      explained.add(c);
    }
  }
  if (result.incoming?.verified && result.outgoing?.verified) {
    return { status: 'ok', headline: findings[0] && /blocked/.test(findings[0]) ? `Your mail settings work. ${findings[0]}` : 'Your mail settings work.', findings };
  }
  if (!result.incoming && !result.outgoing) {
    const codes = new Set(result.candidates.map((c) => c.outcome.code));
    if (result.candidates.length === 0 || [...codes].every((c) => c === 'EDNS')) {
      add(`No mail server was found for ${domain}. Check the spelling of the part after the @.`);
      return { status: 'not-found', headline: findings[0], findings };
    }
    if ([...codes].every((c) => ['ETIMEDOUT', 'EDNS', 'ECANCELLED', 'SKIPPED'].includes(c))) {
      add(`Every mail server of ${domain} is unreachable from here: a firewall may block mail ports, or the servers are down.`);
      return { status: 'not-found', headline: findings[0], findings };
    }
    add(`No working mail server was found for ${domain}.`);
    return { status: 'not-found', headline: findings[0], findings };
  }
  if (!passwordGiven) add('The servers were found; give your password to test the login.');
  for (const c of chosen) if (!c.verified && !explained.has(c) && c.outcome.code !== 'REACHABLE') add(`${c.host}:${c.port}: ${c.outcome.message}`);
  if (!result.incoming) add('No incoming mail server (IMAP or POP3) was found.');
  if (!result.outgoing) add('No outgoing mail server (SMTP) was found.');
  if (provider?.passwordNote && !findings.some((f) => f.includes(provider.name))) add(`Note: ${provider.name} ${PASSWORD_HELP[provider.passwordNote]}.`);
  return { status: passwordGiven ? 'problem' : 'unverified', headline: findings[0] ?? 'The settings could not be proven.', findings };
}

