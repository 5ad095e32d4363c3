/**
 * Every form a secret can take in text we keep or log: as typed, JSON-escaped, base64, and the part of a SASL
 * PLAIN token (base64 of "\0user\0password") that depends on the password alone, at each of the three byte
 * alignments a user name of any length can leave it in.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')]);
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.from(`${'\0'.repeat(offset)}${secret}`).toString('base64');
    // The characters whose bits come only from the secret (one more dropped each side, to be safe).
    const start = Math.ceil((offset * 4) / 3) + 1;
    const stable = encoded.slice(start, Math.floor(((offset + Buffer.byteLength(secret)) * 4) / 3) - 1);
    if (stable.length >= 8) forms.add(stable);
  }
  return [...forms].filter((f) => f.length > 0);
}

/** The text with every given form replaced by a mark ("[hidden]" unless told). */
export function scrubSecrets(text: string, forms: Iterable<string>, mark = '[hidden]'): string {
  let clean = text;
  for (const form of forms) clean = clean.split(form).join(mark);
  return clean;
}

/** Every string in a value (objects and arrays walked, a copy returned) with the given forms replaced. */
export function scrubEverywhere<T>(value: T, forms: readonly string[], limit?: number): T {
  if (forms.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return limit === undefined ? scrubSecrets(v, forms) : scrubSecrets(v, forms).slice(0, limit);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
