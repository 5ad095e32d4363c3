import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafe } from './clean-text';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  commentPropName: '#comment',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** Every string in the tree, made holdable by XML 1.0 (the builder escapes markup, but not characters XML forbids). */
function safeTree(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(safeTree);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeTree(v)]));
  return value;
}

/** A comment's text as XML allows it: no "--" inside and no "-" at its end. */
export function xmlComment(text: string): string {
  return ` ${text.replace(/-{2,}/g, (dashes) => dashes.split('').join(' ')).replace(/-$/, '- ')} `;
}

/**
 * Writes an XML document from a plain object with fast-xml-parser's builder, which escapes every value; characters
 * XML cannot hold at all are replaced first, so the document is well-formed whatever the values are.
 */
export function xmlDocument(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(safeTree(root))}`;
}
