import { toUnicode } from 'punycode/punycode.js';
import type { Message, Param } from '../model/message';

// A host name in ASCII letters, digits, dots and hyphens: the only text this module turns into Unicode.
const ASCII_HOST = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.?$/i;
const ACE_LABEL = /(^|\.)xn--/i;

/**
 * A domain or host name as a person reads it: "bücher.example", never "xn--bcher-kva.example" (IDNA ToUnicode,
 * label by label). Anything that is not an ASCII host name, or a label that does not decode, stays as it is,
 * so this is safe on any text a message parameter holds. punycode.js because neither the page nor Node's URL
 * parser offers ToUnicode in both places.
 */
export function displayHost(name: string): string {
  if (!ACE_LABEL.test(name) || !ASCII_HOST.test(name)) return name;
  return name
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      try {
        const decoded = toUnicode(label.toLowerCase());
        // A label that decodes to plain ASCII (or to nothing) is not a real IDN label: show what was there.
        return decoded && /[^\x00-\x7f]/.test(decoded) ? decoded : label;
      } catch {
        return label;
      }
    })
    .join('.');
}

/** "alice@xn--bcher-kva.example" → "alice@bücher.example"; the local part stays as typed. */
export function displayAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? displayHost(address) : `${address.slice(0, at)}@${displayHost(address.slice(at + 1))}`;
}

/**
 * A message with every host or domain among its parameters (nested ones too) shown in Unicode: the engine's
 * messages name hosts as DNS knows them, a person reads them as they are written.
 */
export function withDisplayHosts(message: Message): Message {
  if (!message.params) return message;
  const text = (value: string) => (value.includes('@') ? displayAddress(value) : displayHost(value));
  const show = (value: Param): Param => {
    if (typeof value === 'string') return text(value);
    if (typeof value === 'number') return value;
    if (Array.isArray(value))
      return (value as readonly (string | Message)[]).map((v) => (typeof v === 'string' ? text(v) : withDisplayHosts(v)));
    return withDisplayHosts(value as Message);
  };
  return { ...message, params: Object.fromEntries(Object.entries(message.params).map(([k, v]) => [k, show(v)])) };
}
