const HIDDEN = '[hidden]';

// A base64 (or base64url) run long enough to carry anything worth hiding; the "=" padding belongs to it.
const BASE64_RUN = /[A-Za-z0-9+/_-]{4,}={0,2}/g;

/** The shapes of one secret: the forms it travels in as text, and its bytes as latin1 (what base64 decodes to). */
interface Shape {
  raw: string;
  /** Exact forms, longest first: as typed, JSON- and IMAP-escaped, URL-encoded, UTF-8 bytes read as latin1. */
  exact: string[];
  /** Case-insensitive match of the typed form (a server that upper-cases what it echoes). */
  anyCase?: RegExp;
  /** The UTF-8 bytes of the secret as a latin1 string. */
  bytes: string;
  /** How many characters of the secret at the end or start of a text count as a cut-off copy of it. */
  partial: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function shapeOf(secret: string): Shape {
  const bytes = Buffer.from(secret, 'utf8').toString('latin1');
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    // IMAP quoted strings escape backslash and double quote (RFC 3501), as JSON does for ASCII.
    secret.replace(/[\\"]/g, (c) => `\\${c}`),
    encodeURIComponent(secret),
    // A line protocol read byte by byte (latin1) shows a UTF-8 secret this way.
    bytes,
  ]);
  const exact = [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
  return {
    raw: secret,
    exact,
    anyCase: /[a-z]/i.test(secret) ? new RegExp(escapeRegExp(secret), 'gi') : undefined,
    bytes,
    partial: Math.min(4, bytes.length),
  };
}

/** Whether decoded bytes hold the secret, or a piece of it cut off at either end (a truncated token). */
function holds(decoded: string, shape: Shape): boolean {
  if (decoded.includes(shape.bytes)) return true;
  for (let n = shape.bytes.length - 1; n >= shape.partial; n--) {
    if (decoded.endsWith(shape.bytes.slice(0, n)) || decoded.startsWith(shape.bytes.slice(-n))) return true;
  }
  return false;
}

/**
 * Whether a base64 run decodes to something holding the secret, in any alignment: the run may start at any of
 * the four positions within a base64 quantum (a SASL PLAIN token "\0user\0password" puts the password at any
 * byte offset; a server may glue characters to it), and may be standard base64 or base64url.
 */
function base64Holds(run: string, shape: Shape): boolean {
  const body = run.replace(/=+$/, '');
  for (let offset = 0; offset < 4 && body.length - offset >= 2; offset++) {
    // Node's base64 decoder takes both alphabets and ignores a trailing partial quantum.
    if (holds(Buffer.from(body.slice(offset), 'base64').toString('latin1'), shape)) return true;
  }
  return false;
}

/**
 * The one redaction for secrets (a password, an access token) in every text we keep, show, log or write: every form
 * a mail protocol can carry a secret in — as typed (in any letter case), JSON- or IMAP-escaped, URL-encoded, its
 * UTF-8 bytes read as latin1, base64 of any token that contains it (SASL PLAIN, LOGIN, XOAUTH2, at any byte
 * alignment, standard or URL alphabet) — and a copy cut off at the start or end of a text. Server replies,
 * errors, results, reports, JSON and log lines all go through it.
 */
export class Redactor {
  private readonly shapes: Shape[] = [];

  constructor(
    secrets: Iterable<string | undefined> = [],
    private readonly mark = HIDDEN,
  ) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret from now on (an empty or absent one is ignored). */
  add(secret: string | undefined): void {
    if (!secret || this.shapes.some((s) => s.raw === secret)) return;
    this.shapes.push(shapeOf(secret));
  }

  get empty(): boolean {
    return this.shapes.length === 0;
  }

  /** The text with every form of every secret replaced by the mark. */
  text(text: string): string {
    let clean = text;
    for (const shape of this.shapes) {
      for (const form of shape.exact) clean = clean.split(form).join(this.mark);
      if (shape.anyCase) clean = clean.replace(shape.anyCase, this.mark);
      clean = clean.replace(BASE64_RUN, (run) => (base64Holds(run, shape) ? this.mark : run));
      clean = this.cutOffCopies(clean, shape);
    }
    return clean;
  }

  /** A copy of the value with every string in it redacted (objects and arrays walked), each cut to `limit` after. */
  deep<T>(value: T, limit?: number): T {
    if (this.empty) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return limit === undefined ? this.text(v) : this.text(v).slice(0, limit);
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object' && !(v instanceof Date)) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      }
      return v;
    };
    return walk(value) as T;
  }

  /** A text that ends with the start of the secret, or starts with its end: what a cut-off line leaves. */
  private cutOffCopies(text: string, shape: Shape): string {
    const raw = shape.raw;
    const partial = Math.min(4, raw.length);
    for (let n = raw.length - 1; n >= partial; n--) {
      if (text.endsWith(raw.slice(0, n))) return `${text.slice(0, -n)}${this.mark}`;
    }
    for (let n = raw.length - 1; n >= partial; n--) {
      if (text.startsWith(raw.slice(-n))) return `${this.mark}${text.slice(n)}`;
    }
    return text;
  }
}

/** The text with every form of the given secrets replaced ("[hidden]" unless told). */
export function redactText(text: string, secrets: Iterable<string | undefined>, mark = HIDDEN): string {
  return new Redactor(secrets, mark).text(text);
}

/** Every string in a value (a copy) with every form of the given secrets replaced, each cut to `limit` after. */
export function redactDeep<T>(value: T, secrets: Iterable<string | undefined>, limit?: number): T {
  return new Redactor(secrets).deep(value, limit);
}
