import type { Translator } from '../../shared/messages/translator';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';
import type { FormatContext } from './format-context';

const PROTOCOL_NAMES = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' } as const;

interface Row {
  title: string;
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

function rows(settings: AccountSettings, t: Translator): Row[] {
  const username = (s: ServerSettings) =>
    usernameFor(settings, s) ??
    s.username
      .replace('%EMAILADDRESS%', t.t('export:summary.yourAddress'))
      .replace('%EMAILLOCALPART%', t.t('export:summary.yourLocalPart'));
  const password = (s: ServerSettings) =>
    settings.password !== undefined
      ? settings.password
      : s.authentication === 'oauth2'
        ? t.t('export:summary.oauth2')
        : t.t('export:summary.yourPassword');
  const describe = (title: 'export:summary.incoming' | 'export:summary.outgoing', s: ServerSettings): Row => ({
    title: t.t(title, { protocol: PROTOCOL_NAMES[s.protocol] }),
    fields: [
      [t.t('export:summary.server'), s.host],
      [t.t('export:summary.port'), String(s.port)],
      [t.t('export:summary.security'), t.t(`export:summary.securityMode.${s.security}`)],
      [t.t('export:summary.username'), username(s)],
      [t.t('export:summary.password'), password(s)],
    ],
  });
  return [describe('export:summary.incoming', settings.incoming[0]), describe('export:summary.outgoing', settings.outgoing[0])];
}

function heading(settings: AccountSettings, t: Translator): string {
  return t.t('export:summary.heading', { who: settings.email ? settings.email.address : settings.label });
}

/** The settings a person types by hand into any other mail client, as plain text. */
export function printableText(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const lines = [heading(settings, t), ''];
  const table = rows(settings, t);
  const width = Math.max(...table.flatMap((row) => row.fields.map(([k]) => k.length))) + 1;
  for (const row of table) {
    lines.push(row.title);
    for (const [k, v] of row.fields) lines.push(`  ${k.padEnd(width)} ${v}`);
    lines.push('');
  }
  const ports = portTable(t);
  const first = Math.max(t.t('export:summary.protocol').length, ...ports.map(([p]) => p.length)) + 2;
  const second = t.t('export:summary.implicitTls').length + 2;
  lines.push(
    t.t('export:summary.ports'),
    `  ${t.t('export:summary.protocol').padEnd(first)}${t.t('export:summary.implicitTls').padEnd(second)}${t.t('export:summary.starttlsOrNone')}`,
  );
  for (const [p, tls, other] of ports) lines.push(`  ${p.padEnd(first)}${tls.padEnd(second)}${other}`);
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
  const sections = rows(settings, t)
    .map(
      (row) =>
        `<section><h2>${escapeHtml(row.title)}</h2><table>${row.fields
          .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
          .join('')}</table></section>`,
    )
    .join('\n');
  const ports = portTable(t)
    .map(([p, tls, o]) => `<tr><th scope="row">${escapeHtml(p)}</th><td>${tls}</td><td>${o}</td></tr>`)
    .join('');
  const title = escapeHtml(heading(settings, t));
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
<section><h2>${escapeHtml(t.t('export:summary.ports'))}</h2><table><tr><th scope="col">${escapeHtml(t.t('export:summary.protocol'))}</th><th scope="col">${escapeHtml(t.t('export:summary.implicitTls'))}</th><th scope="col">${escapeHtml(t.t('export:summary.starttlsOrNone'))}</th></tr>${ports}</table></section>
</body></html>
`;
  const base = settings.email ? settings.email.address : settings.domain;
  return { name: `${safeFileName(base)}-settings.html`, content: html, mime: 'text/html', secret: settings.password !== undefined };
}
