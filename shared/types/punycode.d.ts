// punycode.js (RFC 3492) through its file path: a bare "punycode" names Node's deprecated built-in module.
declare module 'punycode/punycode.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
