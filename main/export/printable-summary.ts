import type { Security } from '../discovery/candidate';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';

const SECURITY_WORDS: Record<Security, string> = {
  tls: 'SSL/TLS (encrypted from the start)',
  starttls: 'STARTTLS',
  plain: 'None (not encrypted)',
};
const PROTOCOL_WORDS = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' } as const;

// The familiar port table, for typing settings into any client.
const PORT_TABLE: [string, string, string][] = [
  ['IMAP', '993', '143'],
  ['POP3', '995', '110'],
  ['SMTP submission', '465', '587'],
];

interface Row {
  title: string;
  fields: [string, string][];
}

function rows(settings: AccountSettings): Row[] {
  const describe = (title: string, s: ServerSettings): Row => ({
    title: `${title} (${PROTOCOL_WORDS[s.protocol]})`,
    fields: [
      ['Server', s.host],
      ['Port', String(s.port)],
      ['Security', SECURITY_WORDS[s.security]],
      [
        'Username',
        usernameFor(settings, s) ??
          s.username.replace('%EMAILADDRESS%', 'your email address').replace('%EMAILLOCALPART%', 'the part of your address before the @'),
      ],
      [
        'Password',
        settings.password !== undefined
          ? settings.password
          : s.authentication === 'oauth2'
            ? 'sign in with your provider (OAuth2)'
            : 'your email password',
      ],
    ],
  });
  return [describe('Incoming mail', settings.incoming[0]), describe('Outgoing mail', settings.outgoing[0])];
}

function heading(settings: AccountSettings): string {
  return settings.email ? `Email settings for ${settings.email.address}` : `Email settings for ${settings.label}`;
}

/** The settings a person types by hand into any other mail client, as plain text. */
export function printableText(settings: AccountSettings): ExportFile {
  const lines = [heading(settings), ''];
  for (const row of rows(settings)) {
    lines.push(row.title);
    for (const [k, v] of row.fields) lines.push(`  ${k.padEnd(9)} ${v}`);
    lines.push('');
  }
  lines.push('Common ports', `  ${'Protocol'.padEnd(17)}${'SSL/TLS'.padEnd(9)}STARTTLS or none`);
  for (const [p, tls, other] of PORT_TABLE) lines.push(`  ${p.padEnd(17)}${tls.padEnd(9)}${other}`);
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
export function printableHtml(settings: AccountSettings): ExportFile {
  const sections = rows(settings)
    .map(
      (row) =>
        `<section><h2>${escapeHtml(row.title)}</h2><table>${row.fields
          .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
          .join('')}</table></section>`,
    )
    .join('\n');
  const ports = PORT_TABLE.map(([p, t, o]) => `<tr><th scope="row">${p}</th><td>${t}</td><td>${o}</td></tr>`).join('');
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading(settings))}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;color:#111;max-width:42rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:1.5rem 0 .3rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
th{width:9rem;font-weight:600}td{font-family:ui-monospace,monospace;word-break:break-all}
@media print{body{margin:0}section{break-inside:avoid}}
</style></head>
<body><h1>${escapeHtml(heading(settings))}</h1>
${sections}
<section><h2>Common ports</h2><table><tr><th scope="col">Protocol</th><th scope="col">SSL/TLS</th><th scope="col">STARTTLS or none</th></tr>${ports}</table></section>
</body></html>
`;
  const base = settings.email ? settings.email.address : settings.domain;
  return { name: `${safeFileName(base)}-settings.html`, content: html, mime: 'text/html', secret: settings.password !== undefined };
}
