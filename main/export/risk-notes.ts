import type { ExportFormat } from '../../shared/model/export-formats';
import { riskMessage, type Risk } from '../../shared/model/risk';
import type { Translator } from '../../shared/messages/translator';
import type { ExportFile } from './export-file';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The printable summary with the risks the person accepted written into it ("Keep in mind: … travels
 * unencrypted"), so a consent given in the wizard is still visible on the sheet that goes next to the computer.
 * Other formats, and a summary without risks, come back as they are.
 */
export function withRiskNotes(file: ExportFile, format: ExportFormat, risks: readonly Risk[], t: Translator): ExportFile {
  if (risks.length === 0 || (format !== 'summary' && format !== 'summary-html') || typeof file.content !== 'string') return file;
  const title = t.t('wizard:result.risks');
  const lines = risks.map((risk) => t.render(riskMessage(risk)));
  if (format === 'summary') {
    const block = [`${title}:`, ...lines.map((line) => `  ! ${line}`), ''].join('\n');
    return { ...file, content: `${file.content.replace(/\n*$/, '\n\n')}${block}` };
  }
  const section = `<section class="risks"><h2>${escapeHtml(title)}</h2><ul>${lines
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul></section>\n`;
  const at = file.content.lastIndexOf('</body>');
  return at < 0 ? file : { ...file, content: `${file.content.slice(0, at)}${section}${file.content.slice(at)}` };
}
