// C0 controls (but tab), DEL, C1 controls, and the Unicode marks that reorder or hide text on screen
// (bidirectional overrides and isolates, zero-width joiners, the byte-order mark).
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Server text (a greeting, a reply, a certificate name) made safe to print: every control character shown
 * escaped (\x1b, \r, \u202e) instead of acting on the terminal or the page. A hostile server's escape
 * sequences cannot clear a screen, set a window title, hide text or reorder it; a tab stays a tab.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
