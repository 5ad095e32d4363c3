import type { DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import { authProblemAdvice, type AuthProblem, type AuthProblemKind } from '../../shared/model/auth-problem';
import { microsoft365Words, MICROSOFT_365_HELP_URL, type Microsoft365Fact } from '../../shared/model/mailbox-facts';
import type { Message } from '../../shared/model/message';
import { outcomeMessage } from '../../shared/model/outcome';
import { displayHost } from '../../shared/email/idn';
import type { Finding, FindingKey, StructuredVerdict } from '../../shared/model/verdict';
import type { Translator } from '../../shared/messages/translator';
import type { SendTestResult } from '../engine/send-test';
import type { VerifyBySignInResult } from '../oauth/verify-by-sign-in';
import type { Verdict } from './report-types';
import { whyNothingFound } from './nothing-found';

/** What was proven beyond the trial logins, when the person asked for it. */
export interface ProofsForVerdict {
  sendTest?: SendTestResult;
  signIn?: VerifyBySignInResult;
}

/** Each kind of provider refusal has its own finding (and so its own action in the wizard); the keys are stable. */
export const AUTH_PROBLEM_FINDINGS: Record<AuthProblemKind, FindingKey> = {
  'app-password-required': 'app-password-needed',
  'oauth-only': 'sign-in-only',
  'protocol-disabled': 'access-turned-off',
  'authorization-code-required': 'authorization-code-needed',
  'unsafe-login': 'unsafe-login',
  'web-login-required': 'web-check-needed',
  'wrong-password': 'password-wrong',
};

/** A classified refusal as a finding: the provider's advice, its https help link, the sign-in to offer, where the switch is. */
function authFinding(c: DoneCandidate, problem: AuthProblem): Finding {
  const advice = authProblemAdvice(problem);
  return {
    kind: AUTH_PROBLEM_FINDINGS[problem.kind],
    message: advice.message,
    facts: {
      host: c.host,
      helpUrl: advice.helpUrl,
      ...(problem.signInWith ? { signInWith: problem.signInWith } : {}),
      ...(problem.where ? { where: problem.where } : {}),
    },
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** What sending a test message to oneself showed, as a finding. */
export function sendTestFinding(sendTest: SendTestResult): Finding | undefined {
  switch (sendTest.status) {
    case 'delivered':
      return sendTest.inJunk
        ? { kind: 'test-message-failed', facts: {}, message: { key: 'finding:test-message-junk', params: { folder: sendTest.inJunk } } }
        : {
            kind: 'test-message-delivered',
            facts: {},
            message: { key: 'finding:test-message-delivered', params: { seconds: seconds(sendTest.deliveryMs) } },
          };
    case 'not-delivered':
      return {
        kind: 'test-message-failed',
        facts: {},
        message: { key: 'finding:test-message-lost', params: { seconds: seconds(sendTest.waitedMs) } },
      };
    case 'failed':
      return {
        kind: 'test-message-failed',
        facts: {},
        message: { key: 'finding:test-message-failed', params: { why: outcomeMessage(sendTest.error) } },
      };
    case 'not-possible':
      return undefined;
  }
}

/** What signing in with the provider showed, as a finding. */
function signInFinding(signIn: VerifyBySignInResult): Finding {
  if (signIn.status === 'no-sign-in') return { kind: 'sign-in-not-offered', facts: {}, message: signIn.message };
  const provider = signIn.plan.providerName;
  if (signIn.status === 'verified')
    return { kind: 'verified-by-sign-in', facts: { provider }, message: { key: 'finding:verified-by-sign-in', params: { provider } } };
  const why: Message =
    signIn.status === 'sign-in-failed' ? signIn.message : outcomeMessage(signIn.proofs.find((p) => !p.ok)?.error ?? { code: 'EAUTH' });
  return { kind: 'sign-in-failed', facts: { provider }, message: { key: 'finding:sign-in-failed', params: { provider, why } } };
}

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
  if (problem === 'wrong-host' && cert && cert.subjectAltNames.length === 0)
    return { kind: 'cert-no-names', facts, message: { key: 'finding:cert-no-names', params: { host, subject: cert.subject } } };
  if (problem === 'wrong-host' && cert) {
    return { kind: 'cert-wrong-host', facts, message: { key: 'finding:cert-wrong-host', params: { host, names: cert.subjectAltNames } } };
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

/**
 * Finds the few facts that explain what happened, in the order a person should act on them. `proofs`: a test
 * message sent to oneself, or a sign-in with the provider, when the person asked for them.
 */
export function structuredVerdict(result: DiscoveryResult, passwordGiven: boolean, proofs: ProofsForVerdict = {}): StructuredVerdict {
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
  // A provider that said why it refused: its own finding, advice and help link for each kind of refusal.
  const rejected = chosen.filter((c) => c.outcome.code === 'EAUTH');
  for (const c of rejected) if (c.outcome.code === 'EAUTH' && c.outcome.authProblem) add(authFinding(c, c.outcome.authProblem));
  // Otherwise one finding for the refusals, naming every server it applies to.
  const plain = rejected.filter((c) => c.outcome.code === 'EAUTH' && !c.outcome.authProblem);
  if (plain.length > 0) {
    const hosts = [...new Set(plain.map((c) => c.host))];
    // A server not tried again (the name was refused elsewhere) names the login name in its reason.
    const notRepeated = (c: DoneCandidate) =>
      'reason' in c.outcome && c.outcome.reason?.key === 'outcome:reason.login-not-repeated'
        ? [String(c.outcome.reason.params?.username)]
        : [];
    // In the order they are tried (each server's first name before the second), whichever server happened to ask first.
    const firstNames = new Set(plain.map((c) => c.username));
    const usernames = [...new Set(plain.flatMap((c) => [...c.logins.map((l) => l.username), ...notRepeated(c)]))].sort(
      (a, b) => Number(firstNames.has(b)) - Number(firstNames.has(a)),
    );
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
  // What the run learned about the network and the mailbox.
  if (result.network?.ipv6 === 'broken' && result.network.ipv4 === 'works')
    add({ kind: 'ipv6-broken', facts: {}, message: { key: 'finding:ipv6-broken' } });
  const microsoft = result.facts?.find((f): f is Microsoft365Fact => f.kind === 'microsoft365');
  if (microsoft) add({ kind: 'microsoft-365', facts: { helpUrl: MICROSOFT_365_HELP_URL }, message: microsoft365Words(microsoft).headline });
  const signIn = proofs.signIn && signInFinding(proofs.signIn);
  const sendTest = proofs.sendTest && sendTestFinding(proofs.sendTest);
  if (signIn?.kind === 'verified-by-sign-in' && !(result.incoming?.verified && result.outgoing?.verified)) {
    // Verified by signing in: the password logins' refusals say only that this provider takes no password.
    return { status: 'ok', findings: [signIn, ...findings.filter((f) => f.kind !== 'password-wrong')] };
  }
  if (result.incoming?.verified && result.outgoing?.verified) {
    const works: Finding = { kind: 'works', facts: {}, message: { key: 'finding:works' } };
    if (sendTest?.kind === 'test-message-failed') return { status: 'problem', findings: [sendTest, works, ...findings] };
    return { status: 'ok', findings: [works, ...(sendTest ? [sendTest] : []), ...(signIn ? [signIn] : []), ...findings] };
  }
  if (signIn) add(signIn);
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

/**
 * The verdict as the report writes it, in the reader's language: a headline and every finding as a sentence, and
 * every finding with its kind and help link (`items`), so a reader finds what to do and where to read more.
 */
export function verdictFor(result: DiscoveryResult, passwordGiven: boolean, t: Translator, proofs: ProofsForVerdict = {}): Verdict {
  const { status, findings } = structuredVerdict(result, passwordGiven, proofs);
  const texts = findings.map((f) => t.render(f.message));
  const items = findings.map((f, i) => ({ kind: f.kind, text: texts[i], ...(f.facts.helpUrl ? { helpUrl: f.facts.helpUrl } : {}) }));
  if (status === 'ok') {
    const rest = texts.slice(1);
    // A blocked port is worth the headline even when the settings work: it explains why 587 and not 465.
    return { status, headline: findings[1]?.kind === 'port-blocked' ? `${texts[0]} ${rest[0]}` : texts[0], findings: rest, items };
  }
  return { status, headline: texts[0] ?? t.t('finding:unproven'), findings: texts, items };
}
