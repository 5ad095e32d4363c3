import type { ChosenServer, DiscoveryResult } from '../engine/discovery-types';
import { describeCertProblem } from '../errors/explain';
import { PROTOCOL_NAMES, SECURITY_NAMES, serverLabel } from './describe-server';

const PASSWORD_NOTES: Record<string, string> = {
  'app-password': 'needs an app password instead of your normal password',
  'authorization-code': 'needs an authorization code (授权码) instead of your normal password',
  'oauth2-only': 'accepts only its own sign-in (OAuth2); a password will not work in this app',
  'bridge-required': 'works only through its bridge app',
  'enable-imap': 'needs IMAP/POP access switched on in its web settings first',
};

function block(title: string, server: ChosenServer | null): string[] {
  if (!server) return [`${title}: none found`];
  return [
    `${title}: ${PROTOCOL_NAMES[server.protocol]}`,
    `  server    ${server.host}`,
    `  port      ${server.port}`,
    `  security  ${SECURITY_NAMES[server.security]}`,
    `  username  ${server.username}`,
    `  status    ${server.verified ? 'verified: your password works' : 'not verified'}`,
    ...server.why.map((w) => `  - ${w}`),
  ];
}

/** The human-readable summary of a discovery run. */
export function formatSummary(result: DiscoveryResult): string {
  const lines = [
    `Mail settings for ${result.email}`,
    '',
    ...block('Incoming', result.incoming),
    '',
    ...block('Outgoing', result.outgoing),
    '',
  ];
  for (const p of result.providers) {
    if (p.passwordNote)
      lines.push(
        `Note: ${p.name} ${PASSWORD_NOTES[p.passwordNote]}.${p.note ? ` ${p.note}` : ''}${p.helpUrl ? ` Help: ${p.helpUrl}` : ''}`,
      );
  }
  const problems = result.candidates.filter((c) => c.outcome.code === 'ETLS' && c.outcome.certProblem && c.probe?.tls?.certificate);
  for (const c of problems) {
    const cert = c.probe!.tls!.certificate!;
    lines.push(
      `Certificate problem on ${c.host}:${c.port}: ${describeCertProblem(c.outcome.certProblem!)} (valid until ${cert.validTo.slice(0, 10)}).`,
      `  SHA-256 fingerprint ${cert.fingerprint256}`,
      "  To trust exactly this certificate, check the fingerprint with the server's administrator and pass --trust-cert <fingerprint>.",
    );
  }
  for (const w of result.warnings.filter((x) => x.level === 'warning')) lines.push(`Warning (${w.source}): ${w.message}`);
  lines.push('', `All servers tried (${result.candidates.length}):`);
  for (const c of result.candidates) {
    lines.push(
      `  ${c.verified ? '✔' : c.outcome.code === 'SKIPPED' ? '–' : '✘'} ${serverLabel(c).padEnd(44)} ${c.outcome.code.padEnd(12)} from ${c.source}`,
    );
  }
  lines.push('', `Finished in ${result.elapsedMs} ms${result.cancelled ? ' (cancelled or out of time)' : ''}.`);
  return lines.join('\n') + '\n';
}
