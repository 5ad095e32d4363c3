import type { DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import { outcomeMessage } from '../../shared/model/outcome';
import { displayHost } from '../../shared/email/idn';
import type { Finding, StructuredVerdict } from '../../shared/model/verdict';
import type { Translator } from '../../shared/messages/translator';
import type { Verdict } from './report-types';
import { whyNothingFound } from './nothing-found';

const IMPLICIT_TO_STARTTLS: Record<number, number> = { 465: 587, 993: 143, 995: 110 };

const date = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function certFinding(c: DoneCandidate): Finding | undefined {
  if (c.outcome.code !== 'ETLS') return undefined;
  const problem = c.outcome.certProblem;
  const cert = c.probe?.tls?.certificate;
  const host = c.host;
  const facts = { host };
  if (problem === 'expired' && cert)
    return { kind: 'cert-expired', facts, message: { key: 'finding:cert-expired', params: { host, date: date(cert.validTo) } } };
  if (problem === 'not-yet-valid' && cert)
    return {
      kind: 'cert-not-yet-valid',
      facts,
      message: { key: 'finding:cert-not-yet-valid', params: { host, date: date(cert.validFrom) } },
    };
  if (problem === 'self-signed' && cert)
    return {
      kind: 'cert-self-signed',
      facts,
      message: { key: 'finding:cert-self-signed', params: { host, fingerprint: cert.fingerprint256 } },
    };
  if (problem === 'wrong-host' && cert) {
    const names = cert.subjectAltNames.length > 0 ? cert.subjectAltNames : [cert.subject];
    return { kind: 'cert-wrong-host', facts, message: { key: 'finding:cert-wrong-host', params: { host, names } } };
  }
  return {
    kind: 'cert-other',
    facts,
    message: { key: 'finding:cert-other', params: { host, port: c.port, problem: { key: `outcome:certProblem.${problem}` } } },
  };
}

/** What a chosen server's outcome means for the person, when it is one of the problems they can act on. */
function serverFinding(c: DoneCandidate): Finding | undefined {
  const host = c.host;
  switch (c.outcome.code) {
    case 'ETLS':
      return certFinding(c);
    case 'EPLAINTEXT':
      return { kind: 'plaintext-only', facts: { host }, message: { key: 'finding:plaintext-only', params: { host } } };
    case 'ENOCONSENT':
      return {
        kind: 'untrusted-source',
        facts: { host },
        message: { key: 'finding:untrusted-source', params: { host, source: c.sourceDetail } },
      };
    case 'ENOAUTHMECH':
      return { kind: 'no-auth-method', facts: { host }, message: { key: 'finding:no-auth-method', params: { host, port: c.port } } };
    default:
      return undefined;
  }
}

/** Finds the few facts that explain what happened, in the order a person should act on them. */
export function structuredVerdict(result: DiscoveryResult, passwordGiven: boolean): StructuredVerdict {
  const findings: Finding[] = [];
  const add = (finding: Finding | undefined) => {
    if (finding && !findings.some((f) => JSON.stringify(f.message) === JSON.stringify(finding.message))) findings.push(finding);
  };
  const domain = displayHost(result.email.split('@')[1]);
  const chosen = [result.incoming, result.outgoing].filter(Boolean).map((s) => result.candidates.find((c) => c.id === s!.candidateId)!);
  const provider = result.providers.find((p) => p.passwordNote);
  const providerFinding = (key: 'finding:provider-password' | 'finding:provider-note'): Finding => ({
    kind: 'provider-password',
    facts: { provider: provider!.name, helpUrl: provider!.helpUrl },
    message: { key, params: { provider: provider!.name, note: { key: `source:note.${provider!.passwordNote!}` } } },
  });

  // Implicit-TLS ports that time out while the STARTTLS port of the same host answers: a network filter.
  for (const c of result.candidates) {
    const alternative = IMPLICIT_TO_STARTTLS[c.port];
    if (c.outcome.code !== 'ETIMEDOUT' || !alternative || c.security !== 'tls') continue;
    const works = result.candidates.find(
      (o) => o.host === c.host && o.port === alternative && ['OK', 'REACHABLE', 'EAUTH'].includes(o.outcome.code),
    );
    if (works)
      add({
        kind: 'port-blocked',
        facts: { host: c.host },
        message: { key: 'finding:port-blocked', params: { port: c.port, alternative, host: c.host } },
      });
  }
  // One finding per kind of problem, naming every server it applies to.
  const rejected = chosen.filter((c) => c.outcome.code === 'EAUTH');
  if (rejected.length > 0) {
    const hosts = [...new Set(rejected.map((c) => c.host))];
    const usernames = [...new Set(rejected.flatMap((c) => c.logins.map((l) => l.username)))];
    if (provider?.passwordNote && provider.passwordNote !== 'enable-imap') add(providerFinding('finding:provider-password'));
    else add({ kind: 'password-wrong', facts: {}, message: { key: 'finding:password-wrong', params: { hosts, usernames } } });
  }
  const explained = new Set(rejected);
  for (const c of chosen) {
    const finding = serverFinding(c);
    if (finding) {
      add(finding);
      explained.add(c);
    }
  }
  if (result.incoming?.verified && result.outgoing?.verified) {
    return { status: 'ok', findings: [{ kind: 'works', facts: {}, message: { key: 'finding:works' } }, ...findings] };
  }
  if (!result.incoming && !result.outgoing) {
    const codes = new Set(result.candidates.map((c) => c.outcome.code));
    const why = whyNothingFound(result);
    if (why) {
      add({ kind: why, facts: {}, message: { key: `finding:${why}`, params: { domain } } });
    } else if (result.candidates.length === 0 || [...codes].every((c) => c === 'EDNS')) {
      add({ kind: 'not-found', facts: {}, message: { key: 'finding:not-found', params: { domain } } });
    } else if ([...codes].every((c) => ['ETIMEDOUT', 'EDNS', 'ECANCELLED', 'SKIPPED'].includes(c))) {
      add({ kind: 'unreachable', facts: {}, message: { key: 'finding:unreachable', params: { domain } } });
    } else {
      add({ kind: 'no-working-server', facts: {}, message: { key: 'finding:no-working-server', params: { domain } } });
    }
    // What the app knows about the provider holds even when nothing could be reached (offline).
    if (provider?.passwordNote) add(providerFinding('finding:provider-note'));
    return { status: 'not-found', findings };
  }
  if (!passwordGiven) add({ kind: 'give-password', facts: {}, message: { key: 'finding:give-password' } });
  for (const c of chosen) {
    if (!c.verified && !explained.has(c) && c.outcome.code !== 'REACHABLE') {
      add({
        kind: 'server-problem',
        facts: { host: c.host },
        message: { key: 'finding:server-problem', params: { host: c.host, port: c.port, outcome: outcomeMessage(c.outcome) } },
      });
    }
  }
  if (!result.incoming) add({ kind: 'no-incoming', facts: {}, message: { key: 'finding:no-incoming' } });
  if (!result.outgoing) add({ kind: 'no-outgoing', facts: {}, message: { key: 'finding:no-outgoing' } });
  if (provider?.passwordNote && !findings.some((f) => f.kind === 'provider-password')) add(providerFinding('finding:provider-note'));
  return { status: passwordGiven ? 'problem' : 'unverified', findings };
}

/** The verdict as the report writes it, in the reader's language: a headline and every finding as a sentence. */
export function verdictFor(result: DiscoveryResult, passwordGiven: boolean, t: Translator): Verdict {
  const { status, findings } = structuredVerdict(result, passwordGiven);
  const texts = findings.map((f) => t.render(f.message));
  if (status === 'ok') {
    const rest = texts.slice(1);
    // A blocked port is worth the headline even when the settings work: it explains why 587 and not 465.
    return { status, headline: findings[1]?.kind === 'port-blocked' ? `${texts[0]} ${rest[0]}` : texts[0], findings: rest };
  }
  return { status, headline: texts[0] ?? t.t('finding:unproven'), findings: texts };
}
