import type { ManualSettings, ManualValue } from '../../shared/model/manual-settings';
import type { Translator } from '../../shared/messages/translator';
import type { AccountSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { manualSettings } from './manual-settings';

interface Row {
  title?: string;
  fields: [string, string][];
}

// The familiar port table, for typing settings into any client.
function portTable(t: Translator): [string, string, string][] {
  return [
    ['IMAP', '993', '143'],
    ['POP3', '995', '110'],
    [t.t('export:summary.submission'), '465', '587'],
  ];
}

const field = (v: ManualValue, t: Translator): [string, string] => [
  t.render(v.label),
  typeof v.value === 'string' ? v.value : t.render(v.value),
];

/** The card's values as rows: the person, then incoming and outgoing; the same values the wizard's card shows. */
function rows(card: ManualSettings, t: Translator): Row[] {
  return [
    ...(card.person.length > 0 ? [{ fields: card.person.map((v) => field(v, t)) }] : []),
    ...[card.incoming, card.outgoing].map((s) => ({ title: t.render(s.title), fields: s.values.map((v) => field(v, t)) })),
  ];
}

/** Sentences below the table: how the account signs in, and any certificate to accept. */
function remarks(card: ManualSettings, t: Translator): string[] {
  return [...(card.signIn ? [t.render(card.signIn)] : []), ...card.certificates.map((m) => t.render(m))];
}

/** Pads to a width in terminal columns, where a CJK character takes two. */
function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

function columns(text: string): number {
  let n = 0;
  for (const char of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return n;
}

/** The settings a person types by hand into any other mail client, as plain text. */
export function printableText(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const card = manualSettings(settings);
  const lines = [t.render(card.heading), ''];
  const table = rows(card, t);
  const width = Math.max(...table.flatMap((row) => row.fields.map(([k]) => columns(k)))) + 1;
  for (const row of table) {
    if (row.title) lines.push(row.title);
    for (const [k, v] of row.fields) lines.push(`  ${padEnd(k, width)} ${v}`);
    lines.push('');
  }
  for (const remark of remarks(card, t)) lines.push(remark, '');
  const ports = portTable(t);
  const first = Math.max(columns(t.t('export:summary.protocol')), ...ports.map(([p]) => columns(p))) + 2;
  const second = columns(t.t('export:summary.implicitTls')) + 2;
  lines.push(
    t.t('export:summary.ports'),
    `  ${padEnd(t.t('export:summary.protocol'), first)}${padEnd(t.t('export:summary.implicitTls'), second)}${t.t('export:summary.starttlsOrNone')}`,
  );
  for (const [p, tls, other] of ports) lines.push(`  ${padEnd(p, first)}${padEnd(tls, second)}${other}`);
  const base = settings.email ? settings.email.address : settings.domain;
  return {
    name: `${safeFileName(base)}-settings.txt`,
    content: `${lines.join('\n')}\n`,
    mime: 'text/plain',
    secret: settings.password !== undefined,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The same as one self-contained HTML page that prints cleanly on one sheet. */
export function printableHtml(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const card = manualSettings(settings);
  const sections = rows(card, t)
    .map(
      (row) =>
        `<section>${row.title ? `<h2>${escapeHtml(row.title)}</h2>` : ''}<table>${row.fields
          .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
          .join('')}</table></section>`,
    )
    .join('\n');
  const notes = remarks(card, t)
    .map((r) => `<p>${escapeHtml(r)}</p>`)
    .join('\n');
  const ports = portTable(t)
    .map(([p, tls, o]) => `<tr><th scope="row">${escapeHtml(p)}</th><td>${tls}</td><td>${o}</td></tr>`)
    .join('');
  const title = escapeHtml(t.render(card.heading));
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(t.language)}"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;color:#111;max-width:42rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:1.5rem 0 .3rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
th{width:9rem;font-weight:600}td{font-family:ui-monospace,monospace;word-break:break-all}
@media print{body{margin:0}section{break-inside:avoid}}
</style></head>
<body><h1>${title}</h1>
${sections}
${notes}
<section><h2>${escapeHtml(t.t('export:summary.ports'))}</h2><table><tr><th scope="col">${escapeHtml(t.t('export:summary.protocol'))}</th><th scope="col">${escapeHtml(t.t('export:summary.implicitTls'))}</th><th scope="col">${escapeHtml(t.t('export:summary.starttlsOrNone'))}</th></tr>${ports}</table></section>
</body></html>
`;
  const base = settings.email ? settings.email.address : settings.domain;
  return { name: `${safeFileName(base)}-settings.html`, content: html, mime: 'text/html', secret: settings.password !== undefined };
}
