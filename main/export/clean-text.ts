/**
 * Characters no export format can carry in a name: C0 controls other than the tab, DEL, C1 controls, lone
 * surrogates (with the u flag a character class matches a surrogate only when it is not half of a pair) and the
 * non-characters U+FFFE and U+FFFF. XML 1.0 forbids them even as character references (a plist or autodiscover.xml
 * holding one is not XML), Thunderbird's pref parser refuses most of them, and INI files end a value at a line
 * break. Line breaks of every kind are in the list too: a name is one line.
 */
const UNCARRIABLE = '[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ud800-\\udfff\\ufffe\\uffff]';
// What XML 1.0 itself cannot hold: its Char production without tab, line feed and carriage return.
const NOT_XML = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ud800-\\udfff\\ufffe\\uffff]';

/**
 * A name (a person's, or a provider's) as every format can hold it: each character above becomes a space, runs of
 * spaces collapse, and the ends are trimmed. A tab stays: Thunderbird, plists and XML keep it (it is what the old
 * user.js lost). `changed` says whether the person should be told.
 */
export function cleanName(text: string): { text: string; changed: boolean } {
  if (!hasUncarriable(text)) return { text, changed: false };
  const cleaned = text.replace(new RegExp(UNCARRIABLE, 'gu'), ' ').replace(/ {2,}/g, ' ').trim();
  return { text: cleaned, changed: true };
}

/** Whether a value holds anything cleanName would change: login names must not, they are not ours to alter. */
export function hasUncarriable(text: string): boolean {
  return new RegExp(UNCARRIABLE, 'u').test(text);
}

/**
 * The last line of defence in every XML writer: a character XML 1.0 cannot hold becomes U+FFFD, as in any decoder.
 * Names were cleaned already; this keeps a file well-formed whatever reaches it.
 */
export function xmlSafe(text: string): string {
  return text.replace(new RegExp(NOT_XML, 'gu'), '\ufffd');
}
