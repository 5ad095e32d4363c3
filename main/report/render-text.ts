import type { CertSummary } from '../net/tls-details';
import type { DiagnosticReport, ReportStep, ServerLine } from './report-types';

const SECURITY = { tls: 'TLS', starttls: 'STARTTLS', plain: 'no encryption' } as const;

export function serverText(s: ServerLine | null): string {
  if (!s) return 'none found';
  return `${s.protocol.toUpperCase()} ${s.host}:${s.port} (${SECURITY[s.security]}), username ${s.username}, ${s.verified ? 'verified' : 'not verified'}`;
}

export function certText(c: CertSummary): string {
  return `${c.subject} issued by ${c.issuer}; valid ${c.validFrom.slice(0, 10)} to ${c.validTo.slice(0, 10)}; names ${c.subjectAltNames.join(', ') || '(none)'}; SHA-256 ${c.fingerprint256}`;
}

function stepLines(step: ReportStep): string[] {
  const at = `[+${String(step.at).padStart(5)} ms]`;
  switch (step.kind) {
    case 'dns':
      return [
        `${at} DNS ${step.type} ${step.name} (asked ${step.server}): ${step.error ? `failed (${step.error})` : step.answers.length ? step.answers.join(', ') : 'no records'} in ${step.ms} ms`,
      ];
    case 'http':
      return [
        `${at} ${step.method} ${step.url}: ${step.status ? `HTTP ${step.status}` : `failed (${step.error})`}${step.status ? `, ${step.tlsVerified ? 'TLS verified' : 'not encrypted or not verified'}` : ''} in ${step.ms} ms`,
        ...step.redirects.map((r) => `               redirected to ${r}`),
      ];
    case 'connection': {
      const lines = [
        `${at} ${step.protocol.toUpperCase()} ${step.host}:${step.port} (${SECURITY[step.security]}, from ${step.source}): ${step.outcome.code} in ${step.ms} ms`,
      ];
      const detail = (text: string) => lines.push(`               ${text}`);
      if (step.address)
        detail(
          `address ${step.address}${step.addresses.length > 1 ? ` (of ${step.addresses.join(', ')})` : ''}, connected in ${step.connectMs ?? '?'} ms`,
        );
      if (step.tls) {
        detail(
          `${step.tls.protocol} ${step.tls.cipher}, handshake ${step.tlsMs ?? '?'} ms, certificate ${step.tls.verified ? 'verified' : `NOT verified: ${step.tls.problems.join(', ')}`}${step.tls.trustedByUser ? ' (trusted by the user)' : ''}`,
        );
        if (step.tls.certificate) detail(`certificate: ${certText(step.tls.certificate)}`);
        for (const issuer of step.tls.chain) detail(`  issuer: ${issuer.subject} (valid to ${issuer.validTo.slice(0, 10)})`);
      }
      if (step.greeting) detail(`greeting: ${step.greeting}`);
      if (step.starttls !== 'implicit' && step.starttls !== 'unknown') detail(`STARTTLS: ${step.starttls}`);
      if (step.capabilities?.length) detail(`capabilities: ${step.capabilities.join(' ')}`);
      if (step.authMechanisms) detail(`login methods offered: ${step.authMechanisms.join(' ') || 'none'}`);
      for (const login of step.logins) {
        detail(
          `login as ${login.username}${login.mechanism ? ` with ${login.mechanism}` : ''}: ${login.reading}${login.serverReply ? ` Server said: "${login.serverReply}"` : ''} (${login.ms} ms)`,
        );
      }
      detail(`result: ${step.outcome.message}${step.outcome.detail ? ` [${step.outcome.detail}]` : ''}`);
      return lines;
    }
  }
}

/** The report as plain text, for pasting into a support ticket or chat. */
export function renderText(report: DiagnosticReport): string {
  const lines = [
    `Mail Setup diagnostic report for ${report.email}`,
    `${report.generatedAt.replace('T', ' ').slice(0, 19)} UTC, ${report.tool.name} ${report.tool.version}, DNS: ${report.resolver}, password given: ${report.passwordGiven ? 'yes (never included)' : 'no'}`,
    '',
    `VERDICT: ${report.verdict.headline}`,
    ...report.verdict.findings.filter((f) => f !== report.verdict.headline).map((f) => `  - ${f}`),
    '',
    'Recommended settings',
    `  Incoming: ${serverText(report.recommended.incoming)}`,
    `  Outgoing: ${serverText(report.recommended.outgoing)}`,
    '',
    'Steps, in the order they started',
    ...report.steps.flatMap(stepLines),
  ];
  const warnings = report.warnings.filter((w) => w.level === 'warning');
  if (warnings.length) lines.push('', 'Warnings', ...warnings.map((w) => `  ${w.source}: ${w.message}`));
  lines.push(
    '',
    `${report.totals.candidates} servers tried, ${report.totals.verified} verified, ${report.totals.elapsedMs} ms in all${report.totals.cancelled ? ' (stopped before the end)' : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
