import { failWith, reason } from '../errors/mail-setup-error';

export type PrefValue = string | number | boolean;

/** One Thunderbird preference: a name such as mail.server.server1.hostname and its typed value. */
export interface Pref {
  name: string;
  value: PrefValue;
}

// Thunderbird keeps integer prefs in 32 bits; its parser refuses larger literals.
const INT_MAX = 2 ** 31 - 1;

/**
 * A string literal that Thunderbird's own pref parser (libpref, which reads prefs.js and user.js) reads back
 * unchanged. That parser is stricter than JavaScript: it rejects \t, \b, \f, \v and \0, takes \xHH as one raw
 * byte (so only ASCII may use it), and turns \uXXXX (surrogate pairs included) into UTF-8. Everything that is
 * not printable ASCII is therefore escaped, which also keeps the file pure ASCII whatever editor opens it.
 * JSON.stringify is not an option: its \t is a parse error there, and the name it was in is dropped.
 */
export function prefString(value: string): string {
  if (value.includes('\u0000')) throw failWith('EINPUT', reason('thunderbird-pref-nul'));
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
    // A lone surrogate cannot be UTF-8 and the parser refuses it: it becomes U+FFFD, as in any decoder.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else out += utf16Escapes(char);
  }
  return `${out}"`;
}

function utf16Escapes(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** A value as the pref parser writes it: a string literal, a 32-bit integer, or true/false. */
export function prefLiteral(value: PrefValue): string {
  if (typeof value === 'string') return prefString(value);
  if (typeof value === 'boolean') return String(value);
  if (!Number.isInteger(value) || Math.abs(value) > INT_MAX)
    throw failWith('EINPUT', reason('thunderbird-pref-integer', { value: String(value) }));
  return String(value);
}

/** One line of prefs.js: user_pref("name", value); */
export function userPrefLine(pref: Pref): string {
  return `user_pref(${prefString(pref.name)}, ${prefLiteral(pref.value)});`;
}
