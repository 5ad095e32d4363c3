import type * as FastXmlParser from 'fast-xml-parser';
import { failWith, reason } from '../errors/mail-setup-error';
import { MAX_SETTINGS_BYTES } from '../net/http-fetch';

// Settings files never need a DTD. Refusing DOCTYPE outright rules out entity expansion ("billion
// laughs") and external entities whatever the parser would do with them.
const FORBIDDEN = /<!DOCTYPE|<!ENTITY/i;

export type XmlNode = Record<string, unknown>;

let xml: typeof FastXmlParser | undefined;
/**
 * The XML parser, loaded the first time a settings file arrives (most runs find their servers without one)
 * or while a run waits for its first answers (engine/warm-up.ts), never when the command line starts.
 */
export function xmlParser(): typeof FastXmlParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (xml ??= require('fast-xml-parser') as typeof FastXmlParser);
}

/** Parses an untrusted settings document; namespaces are dropped so Autodiscover prefixes do not matter. */
export function parseUntrustedXml(text: string, arrays: string[]): XmlNode {
  if (Buffer.byteLength(text) > MAX_SETTINGS_BYTES) throw failWith('EXML', reason('xml-too-large'));
  if (FORBIDDEN.test(text)) throw failWith('EXML', reason('xml-dtd'));
  const { XMLParser, XMLValidator } = xmlParser();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw failWith('EXML', reason('xml-malformed', { line: valid.err.line, error: valid.err.msg }));
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text) as XmlNode;
}

/** Reads a child element's text, whatever shape the parser gave it. */
export function text(node: unknown, key: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String((value as XmlNode)['#text']);
  return undefined;
}

export function child(node: unknown, key: string): XmlNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

export function children(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[key];
  return Array.isArray(value) ? value.filter((v): v is XmlNode => Boolean(v) && typeof v === 'object') : [];
}
