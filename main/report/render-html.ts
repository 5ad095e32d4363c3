import type { DiagnosticReport, ReportStep } from './report-types';
import { certText, serverText } from './render-text';

function esc(text: string | number | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS_CLASS = { ok: 'ok', problem: 'bad', unverified: 'warn', 'not-found': 'bad' } as const;

function stepRow(step: ReportStep): string {
  const at = `<td class="at">+${step.at}&nbsp;ms</td>`;
  if (step.kind === 'dns') {
    return `<tr>${at}<td>DNS</td><td><b>${esc(step.type)}</b> ${esc(step.name)}<br><small>asked ${esc(step.server)}</small></td><td>${step.error ? `<span class="bad">failed (${esc(step.error)})</span>` : esc(step.answers.join(', ') || 'no records')}</td><td>${step.ms}&nbsp;ms</td></tr>`;
  }
  if (step.kind === 'http') {
    return `<tr>${at}<td>HTTP</td><td>${esc(step.method)} ${esc(step.url)}${step.redirects.map((r) => `<br><small>→ ${esc(r)}</small>`).join('')}</td><td>${!step.status ? `<span class="bad">failed (${esc(step.error)})</span>` : `HTTP ${esc(step.status)}, ${step.tlsVerified ? 'TLS verified' : '<span class="warn">not encrypted or not verified</span>'}`}</td><td>${step.ms}&nbsp;ms</td></tr>`;
  }
  const facts: string[] = [];
  if (step.address) facts.push(`address ${esc(step.address)}, connected in ${esc(step.connectMs ?? '?')} ms`);
  if (step.tls) {
    facts.push(
      `${esc(step.tls.protocol)} ${esc(step.tls.cipher)}, certificate ${step.tls.verified ? 'verified' : `<span class="bad">not verified: ${esc(step.tls.problems.join(', '))}</span>`}${step.tls.trustedByUser ? ' (trusted by the user)' : ''}`,
    );
    if (step.tls.certificate) facts.push(`certificate: ${esc(certText(step.tls.certificate))}`);
    for (const issuer of step.tls.chain) facts.push(`issuer: ${esc(issuer.subject)}`);
  }
  if (step.greeting) facts.push(`greeting: <code>${esc(step.greeting)}</code>`);
  if (step.starttls !== 'implicit' && step.starttls !== 'unknown') facts.push(`STARTTLS: ${esc(step.starttls)}`);
  if (step.capabilities?.length) facts.push(`capabilities: <code>${esc(step.capabilities.join(' '))}</code>`);
  if (step.authMechanisms) facts.push(`login methods offered: ${esc(step.authMechanisms.join(' ') || 'none')}`);
  for (const l of step.logins)
    facts.push(
      `login as ${esc(l.username)}${l.mechanism ? ` with ${esc(l.mechanism)}` : ''}: ${esc(l.reading)}${l.serverReply ? ` Server said: <code>${esc(l.serverReply)}</code>` : ''}`,
    );
  const cls = step.outcome.code === 'OK' ? 'ok' : ['REACHABLE', 'SKIPPED'].includes(step.outcome.code) ? '' : 'bad';
  return `<tr>${at}<td>${esc(step.protocol.toUpperCase())}</td><td><b>${esc(step.host)}:${step.port}</b> (${esc(step.security)}, from ${esc(step.source)})<ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul></td><td class="${cls}">${esc(step.outcome.code)}<br><small>${esc(step.outcome.message)}</small></td><td>${step.ms}&nbsp;ms</td></tr>`;
}

/** The report as one self-contained HTML page (no external assets), readable on screen and on paper. */
export function renderHtml(report: DiagnosticReport): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Mail Setup diagnostic report: ${esc(report.email)}</title>
<style>
:root{color-scheme:light dark}
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
.verdict{border:2px solid;border-radius:6px;padding:.8rem 1rem}.verdict p{margin:.2rem 0;font-size:1.1rem;font-weight:600}
.ok{color:#0a7a2f}.bad{color:#b3261e}.warn{color:#8a5a00}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #8884;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.at{white-space:nowrap;color:#666}ul{margin:.2rem 0;padding-left:1.1rem}code{font-size:.9em;word-break:break-all}
@media print{body{margin:0;max-width:none;font-size:11px}tr{break-inside:avoid}.verdict{border-color:#000}}
</style></head><body>
<h1>Mail Setup diagnostic report: ${esc(report.email)}</h1>
<p>${esc(report.generatedAt.replace('T', ' ').slice(0, 19))} UTC · ${esc(report.tool.name)} ${esc(report.tool.version)} · DNS: ${esc(report.resolver)} · password given: ${report.passwordGiven ? 'yes (never included)' : 'no'}</p>
<section class="verdict ${STATUS_CLASS[report.verdict.status]}"><p>${esc(report.verdict.headline)}</p>
${report.verdict.findings
  .filter((f) => f !== report.verdict.headline)
  .map((f) => `<div>${esc(f)}</div>`)
  .join('\n')}</section>
<h2>Recommended settings</h2>
<table><tr><th scope="row">Incoming</th><td>${esc(serverText(report.recommended.incoming))}</td></tr><tr><th scope="row">Outgoing</th><td>${esc(serverText(report.recommended.outgoing))}</td></tr></table>
<h2>Steps, in the order they started</h2>
<table><thead><tr><th>When</th><th>What</th><th>Details</th><th>Result</th><th>Time</th></tr></thead><tbody>
${report.steps.map(stepRow).join('\n')}
</tbody></table>
${
  report.warnings.some((w) => w.level === 'warning')
    ? `<h2>Warnings</h2><ul>${report.warnings
        .filter((w) => w.level === 'warning')
        .map((w) => `<li>${esc(w.source)}: ${esc(w.message)}</li>`)
        .join('')}</ul>`
    : ''
}
<p>${report.totals.candidates} servers tried, ${report.totals.verified} verified, ${report.totals.elapsedMs} ms in all${report.totals.cancelled ? ' (stopped before the end)' : ''}.</p>
</body></html>
`;
}
