import type { DiscoveryResult } from '../../shared/model/discovery';
import { outcomeMessage } from '../../shared/model/outcome';
import type { Language } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';
import { redactDeep } from '../privacy/secret-forms';
import { REPORT_SCHEMA, type DiagnosticReport, type ReportFact, type ReportProofs, type ReportStep } from './report-types';
import { verdictFor, type ProofsForVerdict } from './verdict';
import type { Translator } from '../../shared/messages/translator';
import { microsoft365Words, MICROSOFT_365_HELP_URL, type MailboxFact } from '../../shared/model/mailbox-facts';
import { proofLines } from './proof-lines';
import { version } from '../../package.json';

/**
 * Every string in a value with the secrets (in every form they travel in) replaced: defence in depth. The report
 * is what people share, so all of it is walked, even at the cost of hiding a host name that happens to contain
 * the password.
 */
export function redact<T>(value: T, secrets: string[]): T {
  return redactDeep(value, secrets);
}

/**
 * Turns a discovery run into the step-by-step report IT support reads, every text in one language; the
 * password is never in it.
 */
export function buildReport(
  result: DiscoveryResult,
  options: { passwordGiven: boolean; secrets?: string[]; now?: Date; language?: Language; proofs?: ProofsForVerdict },
): DiagnosticReport {
  const t = createTranslator(options.language);
  const proofs = options.proofs ?? {};
  const steps: ReportStep[] = [
    ...result.dns.map((q): ReportStep => ({
      kind: 'dns',
      at: q.at ?? 0,
      ms: q.ms,
      type: q.type,
      name: q.name,
      server: q.server,
      answers: q.answers,
      ...(q.error ? { error: q.error } : {}),
    })),
    ...result.http.map((h): ReportStep => ({
      kind: 'http',
      at: h.at ?? 0,
      ms: h.ms,
      method: h.method,
      url: h.url,
      status: h.status,
      redirects: h.redirects,
      tlsVerified: h.tlsVerified,
      bytes: h.bytes,
      ...(h.error ? { error: h.error } : {}),
    })),
    ...result.candidates
      .filter((c) => c.startedAt !== undefined)
      .map((c): ReportStep => ({
        kind: 'connection',
        at: c.startedAt!,
        ms: c.ms ?? 0,
        protocol: c.protocol,
        host: c.host,
        port: c.port,
        security: c.security,
        source: c.source,
        addresses: c.addresses,
        address: c.probe?.address,
        ...(c.probe?.attempts ? { attempts: c.probe.attempts } : {}),
        connectMs: c.probe?.connectMs,
        tlsMs: c.probe?.tlsMs,
        tls: c.probe?.tls && {
          protocol: c.probe.tls.protocol,
          cipher: c.probe.tls.cipher,
          verified: c.probe.tls.verified,
          problems: c.probe.tls.problems,
          trustedByUser: c.probe.tls.trustedByUser,
          certificate: c.probe.tls.certificate,
          chain: c.probe.tls.chain,
        },
        greeting: c.probe?.greeting,
        capabilities: c.probe?.info?.capabilities,
        authMechanisms: c.probe?.info?.authMechanisms,
        starttls: c.probe?.starttls ?? 'unknown',
        logins: c.logins.map((l) => ({
          username: l.username,
          mechanism: l.mechanism,
          ok: l.ok,
          serverReply: l.serverReply,
          reading: l.ok ? t.t('report:accepted') : t.render(l.error ? outcomeMessage(l.error) : { key: 'outcome:code.EPROTOCOL' }),
          ms: l.ms,
        })),
        outcome: {
          code: c.outcome.code,
          message: t.render(outcomeMessage(c.outcome)),
          ...(c.outcome.code === 'ETLS' ? { certProblem: c.outcome.certProblem } : {}),
          ...('reason' in c.outcome && c.outcome.reason ? { detail: t.render(c.outcome.reason) } : {}),
          ...('serverReply' in c.outcome && c.outcome.serverReply ? { serverReply: c.outcome.serverReply } : {}),
        },
      })),
  ].sort((a, b) => a.at - b.at);
  const line = (s: DiscoveryResult['incoming']) =>
    s && { protocol: s.protocol, host: s.host, port: s.port, security: s.security, username: s.username, verified: s.verified };
  const report: DiagnosticReport = {
    schema: REPORT_SCHEMA,
    generatedAt: (options.now ?? new Date()).toISOString(),
    language: t.language,
    tool: { name: 'Mail Setup', version },
    email: result.email,
    passwordGiven: options.passwordGiven,
    resolver: result.resolver,
    verdict: verdictFor(result, options.passwordGiven, t, proofs),
    recommended: { incoming: line(result.incoming), outgoing: line(result.outgoing) },
    steps,
    warnings: result.warnings.map((w) => ({ source: w.source, level: w.level, ...(w.code ? { code: w.code } : {}), message: t.render(w) })),
    ...(result.facts && result.facts.length > 0 ? { facts: result.facts.map((fact) => reportFact(fact, t)) } : {}),
    ...(result.network
      ? {
          network: {
            ...result.network,
            ...(result.network.ipv6 === 'broken' && result.network.ipv4 === 'works' ? { text: t.t('finding:ipv6-broken') } : {}),
          },
        }
      : {}),
    ...(proofs.sendTest || proofs.signIn ? { proofs: reportProofs(result, proofs, t) } : {}),
    totals: {
      candidates: result.candidates.length,
      verified: result.candidates.filter((c) => c.verified).length,
      elapsedMs: result.elapsedMs,
      cancelled: result.cancelled,
      refusedLogins: result.refusedLogins ?? 0,
    },
  };
  return redact(report, options.secrets ?? []);
}

/** A fact about the mailbox in the report's words: what it is, what it means in each app, and the lookups behind it. */
function reportFact(fact: MailboxFact, t: Translator): ReportFact {
  if (fact.kind === 'microsoft365') {
    const words = microsoft365Words(fact);
    return {
      kind: 'microsoft365',
      headline: t.render(words.headline),
      lines: words.apps.map((a) => t.render(a.message)),
      evidence: fact.evidence.map((e, i) => ({ text: t.render(words.evidence[i]), ...(e.url ? { url: e.url } : {}) })),
      helpUrl: MICROSOFT_365_HELP_URL,
    };
  }
  return {
    kind: 'oauth-sign-in',
    headline: t.t('report:facts.signInConfig', {
      servers: fact.oauth.servers.map((s) => `${s.protocol.toUpperCase()} ${s.host}:${s.port}`),
    }),
    lines: [
      ...(fact.oauth.issuer ? [t.t('report:facts.issuer', { issuer: fact.oauth.issuer })] : []),
      ...(fact.oauth.oauthOnly ? [t.t('report:facts.oauthOnly')] : []),
    ],
    evidence: [{ text: t.t('signin:evidence.autoconfig', { detail: fact.url }), url: fact.url }],
  };
}

/** The proofs beyond the trial logins, in the report's words (the same lines the command line prints). */
function reportProofs(result: DiscoveryResult, proofs: ProofsForVerdict, t: Translator): ReportProofs {
  const out: ReportProofs = {};
  const lines = proofLines(result, proofs, t);
  let index = 0;
  if (proofs.signIn) {
    const signIn = proofs.signIn;
    out.signIn = {
      status: signIn.status,
      text: lines[index++],
      ...(signIn.status !== 'no-sign-in' ? { provider: signIn.plan.providerName } : {}),
      ...(signIn.status === 'verified' || signIn.status === 'not-verified'
        ? {
            servers: signIn.proofs.map((p) => ({
              server: `${p.protocol.toUpperCase()} ${p.host}:${p.port}`,
              ok: p.ok,
              ...(p.mechanism ? { mechanism: p.mechanism } : {}),
              ...(p.error ? { code: p.error.code } : {}),
            })),
          }
        : {}),
    };
  }
  if (proofs.sendTest) {
    const sendTest = proofs.sendTest;
    out.sendTest = {
      status: sendTest.status,
      text: lines[index],
      ...('messageId' in sendTest && sendTest.messageId ? { messageId: sendTest.messageId } : {}),
      ...(sendTest.status === 'delivered' ? { deliveryMs: sendTest.deliveryMs } : {}),
    };
  }
  return out;
}
