import type { ChosenServer, DiscoveryResult } from '../../shared/model/discovery';
import type { Translator } from '../../shared/messages/translator';
import { serverLabel } from './server-label';
import { printable } from '../../shared/text/printable';

function block(title: 'cli:summary.incoming' | 'cli:summary.outgoing', server: ChosenServer | null, t: Translator): string[] {
  if (!server) return [t.t('cli:summary.none', { title: { key: title } })];
  const field = (name: 'server' | 'port' | 'security' | 'username' | 'status', value: string) =>
    `  ${t.t(`cli:summary.${name}`).padEnd(9)} ${value}`;
  return [
    t.t('cli:summary.heading', { title: { key: title }, protocol: server.protocol.toUpperCase() }),
    field('server', server.host),
    field('port', String(server.port)),
    field('security', t.t(`cli:securityLong.${server.security}`)),
    field('username', server.username),
    field('status', t.t(server.verified ? 'cli:summary.verified' : 'cli:summary.notVerified')),
    ...server.reasons.map((reason) => `  - ${t.render(reason)}`),
  ];
}

/** The human-readable summary of a discovery run, in the reader's language. */
export function formatSummary(result: DiscoveryResult, t: Translator): string {
  const lines = [
    t.t('cli:summary.title', { email: result.email }),
    '',
    ...block('cli:summary.incoming', result.incoming, t),
    '',
    ...block('cli:summary.outgoing', result.outgoing, t),
    '',
  ];
  for (const p of result.providers) {
    if (!p.passwordNote) continue;
    const advice = t.optional(`source:provider.${p.id}`);
    lines.push(
      [
        t.t('cli:summary.note', { provider: p.name, note: { key: `source:note.${p.passwordNote}` } }),
        ...(advice ? [advice] : []),
        ...(p.helpUrl ? [t.t('cli:summary.help', { url: p.helpUrl })] : []),
      ].join(' '),
    );
  }
  for (const c of result.candidates) {
    const cert = c.probe?.tls?.certificate;
    if (c.outcome.code !== 'ETLS' || !cert) continue;
    lines.push(
      t.t('cli:summary.certificate', {
        host: c.host,
        port: c.port,
        problem: { key: `outcome:certProblem.${c.outcome.certProblem}` },
        date: cert.validTo.slice(0, 10),
      }),
      `  ${t.t('cli:summary.fingerprint', { fingerprint: cert.fingerprint256 })}`,
      `  ${t.t('cli:summary.trustHint')}`,
    );
  }
  for (const w of result.warnings.filter((x) => x.level === 'warning'))
    lines.push(t.t('cli:summary.warning', { source: w.source, message: t.render(w) }));
  if (result.network?.ipv6 === 'broken' && result.network.ipv4 === 'works') lines.push(t.t('cli:proof.ipv6Broken'));
  if (result.refusedLogins) lines.push(t.t('cli:proof.refusedLogins', { count: result.refusedLogins }));
  lines.push('', t.t('cli:summary.tried', { count: result.candidates.length }));
  for (const c of result.candidates) {
    const mark = c.verified ? '✔' : c.outcome.code === 'SKIPPED' ? '–' : '✘';
    lines.push(`  ${mark} ${serverLabel(c, t).padEnd(44)} ${c.outcome.code.padEnd(12)} ${t.t('cli:summary.from', { source: c.source })}`);
  }
  lines.push('', t.t(result.cancelled ? 'cli:summary.finishedCancelled' : 'cli:summary.finished', { ms: result.elapsedMs }));
  // Names and notes can come from servers and settings files: shown, never acted on by the terminal.
  return lines.map(printable).join('\n') + '\n';
}
