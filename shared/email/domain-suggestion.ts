/**
 * "Did you mean gmail.com?": a domain that is one slip away from a well-known mail domain, or whose ending is a
 * slip of .com/.net/.org. A typo domain is dangerous, not just useless: typo-squatters register names such as
 * gmial.com and run mail servers on them to collect the passwords that land there. So the wizard asks before it
 * sends anything, and the engine refuses to start for such a domain until the person has answered.
 *
 * Pure, so the page and the engine agree; the list of known domains is the caller's (the provider table).
 */

/** Endings that are no top-level domain at all, each a slip of the one it maps to. */
const TLD_SLIPS: Readonly<Record<string, string>> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  cpm: 'com',
  cim: 'com',
  comm: 'com',
  coom: 'com',
  c0m: 'com',
  nte: 'net',
  ner: 'net',
  nett: 'net',
  ogr: 'org',
  orgg: 'org',
};

/** Real endings a slip often lands on (Cameroon, Oman, Colombia, Niger): suggested only towards a known domain. */
const REAL_BUT_LIKELY_SLIPS: Readonly<Record<string, string>> = { cm: 'com', om: 'com', co: 'com', ne: 'net' };

/** How many edits (insert, delete, substitute, swap two neighbours) turn a into b: the optimal string alignment distance. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** The part before the ending: "gmail" of "gmail.com", "mail" of "mail.yahoo.co.uk" is not split further. */
function splitEnding(domain: string): { name: string; ending: string } {
  const dot = domain.lastIndexOf('.');
  return dot < 0 ? { name: domain, ending: '' } : { name: domain.slice(0, dot), ending: domain.slice(dot + 1) };
}

/**
 * How many slips a known domain tolerates: names of four letters or fewer (qq.com, aol.com, 163.com) have too
 * many real neighbours to guess from, so only their ending is corrected.
 */
function tolerance(known: string): number {
  const { name } = splitEnding(known);
  if (name.length <= 4) return 0;
  return name.length >= 9 ? 2 : 1;
}

/**
 * The well-known domain a typed domain (ASCII, lower-case) is most likely a slip of, or undefined when it is
 * known itself or near none. Endings that exist nowhere (.con, .cmo) are corrected for any domain.
 */
export function suggestDomain(domain: string, known: readonly string[]): string | undefined {
  const typed = domain.toLowerCase().replace(/\.$/, '');
  if (known.includes(typed)) return undefined;
  const { name, ending } = splitEnding(typed);
  const fixedEnding = TLD_SLIPS[ending];
  const candidates = fixedEnding ? [`${name}.${fixedEnding}`] : [typed];
  const realSlip = REAL_BUT_LIKELY_SLIPS[ending];
  if (realSlip) candidates.push(`${name}.${realSlip}`);
  let best: { domain: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (known.includes(candidate)) return candidate;
    for (const target of known) {
      const allowed = tolerance(target);
      if (allowed === 0) continue;
      const distance = editDistance(candidate, target, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { domain: target, distance };
    }
  }
  if (best) return best.domain;
  // Nothing known nearby, but the ending exists nowhere: at least that is certainly a slip.
  return fixedEnding ? `${name}.${fixedEnding}` : undefined;
}
