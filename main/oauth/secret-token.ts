import { inspect } from 'node:util';
import { redactText } from '../privacy/secret-forms';

const HIDDEN = '[token hidden]';

/**
 * An access token that cannot leak by accident: JSON, string conversion and console output show a placeholder,
 * and only the login code asks for the value. It lives in memory for the few seconds the proof takes and is
 * then discarded; nothing stores, logs, exports or shows it.
 */
export class SecretToken {
  #value: string | undefined;

  constructor(value: string) {
    this.#value = value;
  }

  /** The token itself, for the SASL exchange only. Throws once discarded. */
  reveal(): string {
    if (this.#value === undefined) throw new Error('the access token was already discarded');
    return this.#value;
  }

  get discarded(): boolean {
    return this.#value === undefined;
  }

  discard(): void {
    this.#value = undefined;
  }

  /** Removes the token (in every form a secret travels in, base64 inside a SASL payload too) from text before anyone keeps it. */
  scrub(text: string | undefined): string | undefined {
    if (text === undefined || this.#value === undefined) return text;
    return redactText(text, [this.#value], HIDDEN);
  }

  toJSON(): string {
    return HIDDEN;
  }

  toString(): string {
    return HIDDEN;
  }

  [inspect.custom](): string {
    return HIDDEN;
  }
}
