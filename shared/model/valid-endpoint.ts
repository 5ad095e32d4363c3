const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A host name we are willing to connect to: letters, digits, hyphens, dots; no IP literals from files. */
export function isValidHostName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.replace(/\.$/, '').split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]);
}

export function isValidPort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port < 65536;
}
