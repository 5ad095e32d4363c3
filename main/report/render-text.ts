import type { CertSummary, ConnectAttempt } from '../../shared/model/probe';
import { createTranslator, type Translator } from '../../shared/messages/translator';
import { printable } from '../../shared/text/printable';
import type { DiagnosticReport, ReportFact, ReportStep, ServerLine, VerdictItem } from './report-types';

/** Every address a connection tried, in one line: "::1 (IPv6) no answer in 250 ms, 192.0.2.1 (IPv4) connected in 3 ms". */
export function attemptsText(attempts: readonly ConnectAttempt[], t: Translator): string {
  const each = attempts.map((a) =>
    t.t('report:attempt', { address: a.address, family: a.family, ms: a.ms, result: { key: `report:attemptResult.${a.result}` } }),
  );
  return t.t('report:attempts', { attempts: each.join(', ') });
}

/** A fact about the mailbox: its headline, what it means (one line each), and the lookups that showed it. */
export function factLines(fact: ReportFact, t: Translator): string[] {
  return [
    fact.headline,
    ...fact.lines.map((line) => `  - ${line}`),
    `  ${t.t('report:facts.foundThrough')}`,
    ...fact.evidence.map((e) => `    ${e.text}${e.url && !e.text.includes(e.url) ? ` (${e.url})` : ''}`),
    ...(fact.helpUrl ? [`  ${t.t('report:help', { url: fact.helpUrl })}`] : []),
  ];
}

/** The findings after the headline, each with its help link. */
function findingLines(report: DiagnosticReport, t: Translator): string[] {
  const items: VerdictItem[] = report.verdict.items ?? report.verdict.findings.map((text) => ({ kind: 'works', text }));
  const lines: string[] = [];
  for (const item of items) {
    const help = item.helpUrl ? `    ${t.t('report:help', { url: item.helpUrl })}` : undefined;
    if (report.verdict.headline.includes(item.text)) {
      if (help) lines.push(help);
      continue;
    }
    lines.push(`  - ${item.text}`, ...(help ? [help] : []));
  }
  return lines;
}

export function serverText(s: ServerLine | null, t: Translator): string {
  if (!s) return t.t('report:noServer');
  return t.t('report:server', {
    protocol: s.protocol.toUpperCase(),
    host: s.host,
    port: s.port,
    security: { key: `report:security.${s.security}` },
    username: s.username,
    state: { key: s.verified ? 'report:verified' : 'report:notVerified' },
  });
}

export function certText(c: CertSummary, t: Translator): string {
  return t.t('report:certificate', {
    subject: c.subject,
    issuer: c.issuer,
    from: c.validFrom.slice(0, 10),
    to: c.validTo.slice(0, 10),
    names: c.subjectAltNames.length > 0 ? c.subjectAltNames.join(', ') : t.t('report:noNames'),
    fingerprint: c.fingerprint256,
  });
}

/** The facts of one connection step, one per line, as the text and HTML forms both list them. */
export function connectionFacts(step: Extract<ReportStep, { kind: 'connection' }>, t: Translator, html = false): string[] {
  const facts: string[] = [];
  const ms = (value: number | undefined) => (value === undefined ? t.t('report:connection.unknownMs') : value);
  if (step.address) {
    facts.push(
      step.addresses.length > 1
        ? t.t('report:connection.addressOf', { address: step.address, addresses: step.addresses.join(', '), ms: ms(step.connectMs) })
        : t.t('report:connection.address', { address: step.address, ms: ms(step.connectMs) }),
    );
  }
  if (step.attempts && step.attempts.length > 1) facts.push(attemptsText(step.attempts, t));
  if (step.tls) {
    const verdict = step.tls.verified
      ? t.t('report:connection.certVerified')
      : t.t('report:connection.certNot', { problems: step.tls.problems.join(', ') });
    const state = step.tls.trustedByUser ? t.t('report:connection.trustedByUser', { state: verdict }) : verdict;
    facts.push(
      html
        ? t.t('report:connection.tlsShort', { protocol: step.tls.protocol, cipher: step.tls.cipher, state })
        : t.t('report:connection.tls', { protocol: step.tls.protocol, cipher: step.tls.cipher, ms: ms(step.tlsMs), state }),
    );
    if (step.tls.certificate) facts.push(t.t('report:connection.certificate', { certificate: certText(step.tls.certificate, t) }));
    for (const issuer of step.tls.chain)
      facts.push(`  ${t.t('report:connection.issuer', { subject: issuer.subject, date: issuer.validTo.slice(0, 10) })}`);
  }
  if (step.greeting) facts.push(t.t('report:connection.greeting', { greeting: step.greeting }));
  if (step.starttls !== 'implicit' && step.starttls !== 'unknown') facts.push(t.t('report:connection.starttls', { state: step.starttls }));
  if (step.capabilities?.length) facts.push(t.t('report:connection.capabilities', { capabilities: step.capabilities.join(' ') }));
  if (step.authMechanisms)
    facts.push(
      t.t('report:connection.mechanisms', {
        mechanisms: step.authMechanisms.length > 0 ? step.authMechanisms.join(' ') : t.t('report:connection.noMechanisms'),
      }),
    );
  for (const login of step.logins) {
    const attempt = login.mechanism
      ? t.t('report:connection.loginWith', { username: login.username, mechanism: login.mechanism, reading: login.reading })
      : t.t('report:connection.login', { username: login.username, reading: login.reading });
    const said = login.serverReply ? ` ${t.t('report:connection.serverSaid', { reply: login.serverReply })}` : '';
    facts.push(`${attempt}${said}${html ? '' : ` ${t.t('report:connection.loginMs', { ms: login.ms })}`}`);
  }
  return facts;
}

function stepLines(step: ReportStep, t: Translator): string[] {
  const at = `[+${String(step.at).padStart(5)} ms]`;
  const indent = (text: string) => `               ${text}`;
  switch (step.kind) {
    case 'dns': {
      const answer = step.error
        ? t.t('report:dns.failed', { error: step.error })
        : step.answers.length > 0
          ? step.answers.join(', ')
          : t.t('report:dns.none');
      return [`${at} ${t.t('report:dns.line', { type: step.type, name: step.name, server: step.server, answer, ms: step.ms })}`];
    }
    case 'http': {
      const tls = { key: step.tlsVerified ? 'report:http.tlsVerified' : 'report:http.tlsNot' } as const;
      const answer = step.status
        ? t.t('report:http.statusTls', { status: step.status, tls })
        : t.t('report:http.failed', { error: step.error ?? '' });
      return [
        `${at} ${t.t('report:http.line', { method: step.method, url: step.url, answer, ms: step.ms })}`,
        ...step.redirects.map((url) => indent(t.t('report:http.redirected', { url }))),
      ];
    }
    case 'connection': {
      const result = step.outcome.detail
        ? t.t('report:connection.resultDetail', { message: step.outcome.message, detail: step.outcome.detail })
        : t.t('report:connection.result', { message: step.outcome.message });
      return [
        `${at} ${t.t('report:connection.line', {
          protocol: step.protocol.toUpperCase(),
          host: step.host,
          port: step.port,
          security: { key: `report:security.${step.security}` },
          source: step.source,
          code: step.outcome.code,
          ms: step.ms,
        })}`,
        ...[...connectionFacts(step, t), result].map(indent),
      ];
    }
  }
}

/** The report as plain text, for pasting into a support ticket or chat, in the report's language. */
export function renderText(report: DiagnosticReport): string {
  const t = createTranslator(report.language);
  const lines = [
    t.t('report:title', { email: report.email }),
    t.t('report:header', {
      time: report.generatedAt.replace('T', ' ').slice(0, 19),
      tool: report.tool.name,
      version: report.tool.version,
      resolver: report.resolver,
      password: { key: report.passwordGiven ? 'report:passwordYes' : 'report:passwordNo' },
    }),
    '',
    t.t('report:verdict', { headline: report.verdict.headline }),
    ...findingLines(report, t),
    ...(report.facts && report.facts.length > 0 ? ['', t.t('report:facts.title'), ...report.facts.flatMap((f) => factLines(f, t))] : []),
    ...(report.proofs
      ? [
          '',
          t.t('report:proofs'),
          ...[report.proofs.signIn?.text, report.proofs.sendTest?.text].filter((x): x is string => Boolean(x)).map((x) => `  ${x}`),
        ]
      : []),
    ...(report.network
      ? [
          '',
          t.t('report:network', {
            ipv6: { key: `report:family.${report.network.ipv6}` },
            ipv4: { key: `report:family.${report.network.ipv4}` },
          }),
        ]
      : []),
    '',
    t.t('report:recommended'),
    `  ${t.t('report:labelled', { label: { key: 'report:incoming' }, value: serverText(report.recommended.incoming, t) })}`,
    `  ${t.t('report:labelled', { label: { key: 'report:outgoing' }, value: serverText(report.recommended.outgoing, t) })}`,
    '',
    t.t('report:steps'),
    ...report.steps.flatMap((step) => stepLines(step, t)),
  ];
  const warnings = report.warnings.filter((w) => w.level === 'warning');
  if (warnings.length)
    lines.push('', t.t('report:warnings'), ...warnings.map((w) => `  ${t.t('report:warning', { source: w.source, message: w.message })}`));
  const totals = { candidates: report.totals.candidates, verified: report.totals.verified, ms: report.totals.elapsedMs };
  lines.push('', report.totals.cancelled ? t.t('report:totalsCancelled', totals) : t.t('report:totals', totals));
  if (report.totals.refusedLogins) lines.push(t.t('report:refusedLogins', { count: report.totals.refusedLogins }));
  // Servers' words (greetings, replies, certificate names) are shown, never acted on by the terminal.
  return `${lines.map(printable).join('\n')}\n`;
}
