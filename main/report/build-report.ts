import type { DiscoveryResult } from '../../shared/model/discovery';
import { outcomeMessage } from '../../shared/model/outcome';
import type { Language } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';
import { redactDeep } from '../privacy/secret-forms';
import { REPORT_SCHEMA, type DiagnosticReport, type ReportStep } from './report-types';
import { verdictFor } from './verdict';
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
  options: { passwordGiven: boolean; secrets?: string[]; now?: Date; language?: Language },
): DiagnosticReport {
  const t = createTranslator(options.language);
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
    verdict: verdictFor(result, options.passwordGiven, t),
    recommended: { incoming: line(result.incoming), outgoing: line(result.outgoing) },
    steps,
    warnings: result.warnings.map((w) => ({ source: w.source, level: w.level, ...(w.code ? { code: w.code } : {}), message: t.render(w) })),
    totals: {
      candidates: result.candidates.length,
      verified: result.candidates.filter((c) => c.verified).length,
      elapsedMs: result.elapsedMs,
      cancelled: result.cancelled,
    },
  };
  return redact(report, options.secrets ?? []);
}
