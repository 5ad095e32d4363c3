import { createTranslator, type Translator } from '../../shared/messages/translator';
import type { DiagnosticReport, ReportStep } from './report-types';
import { connectionFacts, factLines, serverText } from './render-text';
import { printable } from '../../shared/text/printable';

/** Text for the page: control characters shown escaped (a server's words must not hide or reorder text), then HTML-escaped. */
function esc(text: string | number | undefined): string {
  return printable(String(text ?? '')).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** An https help link (only https: the report is shared, and opened by people who trust it). */
function helpLink(url: string | undefined, t: Translator): string {
  if (!url || !/^https:\/\//.test(url)) return '';
  return ` <a href="${esc(url)}">${esc(t.t('report:help', { url }))}</a>`;
}

const STATUS_CLASS = { ok: 'ok', problem: 'bad', unverified: 'warn', 'not-found': 'bad' } as const;

function stepRow(step: ReportStep, t: Translator): string {
  const at = `<td class="at">+${step.at}&nbsp;ms</td>`;
  const time = `<td>${step.ms}&nbsp;ms</td>`;
  if (step.kind === 'dns') {
    const answer = step.error
      ? `<span class="bad">${esc(t.t('report:dns.failed', { error: step.error }))}</span>`
      : esc(step.answers.length > 0 ? step.answers.join(', ') : t.t('report:dns.none'));
    return `<tr>${at}<td>DNS</td><td><b>${esc(step.type)}</b> ${esc(step.name)}<br><small>${esc(t.t('report:dns.asked', { server: step.server }))}</small></td><td>${answer}</td>${time}</tr>`;
  }
  if (step.kind === 'http') {
    const redirects = step.redirects.map((r) => `<br><small>→ ${esc(r)}</small>`).join('');
    const answer = !step.status
      ? `<span class="bad">${esc(t.t('report:http.failed', { error: step.error ?? '' }))}</span>`
      : `${esc(t.t('report:http.status', { status: step.status }))}, ${step.tlsVerified ? esc(t.t('report:http.tlsVerified')) : `<span class="warn">${esc(t.t('report:http.tlsNot'))}</span>`}`;
    return `<tr>${at}<td>HTTP</td><td>${esc(step.method)} ${esc(step.url)}${redirects}</td><td>${answer}</td>${time}</tr>`;
  }
  const facts = connectionFacts(step, t, true);
  const cls = step.outcome.code === 'OK' ? 'ok' : ['REACHABLE', 'SKIPPED'].includes(step.outcome.code) ? '' : 'bad';
  const heading = t.t('report:connection.heading', {
    host: step.host,
    port: step.port,
    security: { key: `report:security.${step.security}` },
    source: step.source,
  });
  return `<tr>${at}<td>${esc(step.protocol.toUpperCase())}</td><td><b>${esc(heading)}</b><ul>${facts.map((f) => `<li>${esc(f.trim())}</li>`).join('')}</ul></td><td class="${cls}">${esc(step.outcome.code)}<br><small>${esc(step.outcome.message)}</small></td>${time}</tr>`;
}

/** The report as one self-contained HTML page (no external assets), readable on screen and on paper. */
export function renderHtml(report: DiagnosticReport): string {
  const t = createTranslator(report.language);
  const warnings = report.warnings.filter((w) => w.level === 'warning');
  const columns = (['when', 'what', 'details', 'result', 'time'] as const)
    .map((c) => `<th>${esc(t.t(`report:columns.${c}`))}</th>`)
    .join('');
  const totals = { candidates: report.totals.candidates, verified: report.totals.verified, ms: report.totals.elapsedMs };
  const header = t.t('report:header', {
    time: report.generatedAt.replace('T', ' ').slice(0, 19),
    tool: report.tool.name,
    version: report.tool.version,
    resolver: report.resolver,
    password: { key: report.passwordGiven ? 'report:passwordYes' : 'report:passwordNo' },
  });
  return `<!DOCTYPE html>
<html lang="${esc(report.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(t.t('report:htmlTitle', { email: report.email }))}</title>
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
<h1>${esc(t.t('report:htmlTitle', { email: report.email }))}</h1>
<p>${esc(header)}</p>
<section class="verdict ${STATUS_CLASS[report.verdict.status]}"><p>${esc(report.verdict.headline)}${helpLink(
    (report.verdict.items ?? []).find((i) => report.verdict.headline.includes(i.text))?.helpUrl,
    t,
  )}</p>
${(report.verdict.items ?? report.verdict.findings.map((text) => ({ text, helpUrl: undefined })))
  .filter((f) => !report.verdict.headline.includes(f.text))
  .map((f) => `<div>${esc(f.text)}${helpLink(f.helpUrl, t)}</div>`)
  .join('\n')}</section>
${
  report.facts && report.facts.length > 0
    ? `<h2>${esc(t.t('report:facts.title'))}</h2>${report.facts
        .map((fact) => {
          const [headline, ...rest] = factLines({ ...fact, helpUrl: undefined }, t);
          return `<p><b>${esc(headline)}</b>${helpLink(fact.helpUrl, t)}</p><ul>${rest.map((l) => `<li>${esc(l.trim())}</li>`).join('')}</ul>`;
        })
        .join('\n')}`
    : ''
}
${
  report.proofs
    ? `<h2>${esc(t.t('report:proofs'))}</h2><ul>${[report.proofs.signIn?.text, report.proofs.sendTest?.text]
        .filter((x): x is string => Boolean(x))
        .map((x) => `<li>${esc(x)}</li>`)
        .join('')}</ul>`
    : ''
}
${
  report.network
    ? `<p>${esc(
        t.t('report:network', {
          ipv6: { key: `report:family.${report.network.ipv6}` },
          ipv4: { key: `report:family.${report.network.ipv4}` },
        }),
      )}</p>`
    : ''
}
<h2>${esc(t.t('report:recommended'))}</h2>
<table><tr><th scope="row">${esc(t.t('report:incoming'))}</th><td>${esc(serverText(report.recommended.incoming, t))}</td></tr><tr><th scope="row">${esc(t.t('report:outgoing'))}</th><td>${esc(serverText(report.recommended.outgoing, t))}</td></tr></table>
<h2>${esc(t.t('report:steps'))}</h2>
<table><thead><tr>${columns}</tr></thead><tbody>
${report.steps.map((step) => stepRow(step, t)).join('\n')}
</tbody></table>
${
  warnings.length > 0
    ? `<h2>${esc(t.t('report:warnings'))}</h2><ul>${warnings.map((w) => `<li>${esc(t.t('report:warning', { source: w.source, message: w.message }))}</li>`).join('')}</ul>`
    : ''
}
<p>${esc(report.totals.cancelled ? t.t('report:totalsCancelled', totals) : t.t('report:totals', totals))}${
    report.totals.refusedLogins ? `<br>${esc(t.t('report:refusedLogins', { count: report.totals.refusedLogins }))}` : ''
  }</p>
</body></html>
`;
}
