import type { CandidateResult } from './discovery-types';
import { explain } from '../errors/explain';

const SOURCE_WORDS: Record<CandidateResult['source'], (detail: string) => string> = {
  user: () => 'You entered these settings.',
  provider: (d) => `Your provider is in our list of known providers (${d.replace(/^built-in provider table: /, '')}).`,
  srv: () => 'Your domain publishes this server in its DNS (an SRV record), the standard way to announce mail servers.',
  autoconfig: (d) => `Your domain publishes these settings in a configuration file (${d}).`,
  ispdb: () => 'These settings come from the Thunderbird provider database (ISPDB).',
  autodiscover: () => 'Your domain announces these settings through Autodiscover, as Outlook uses.',
  mx: (d) => `Found from the server that receives your domain's mail (${d}).`,
  guess: (d) => `Found by trying common server names (${d.replace(/^guessed /, '')}).`,
  'autoconfig-http': (d) => `From a configuration file fetched without encryption (${d}); check it before relying on it.`,
};

/** Why this server was recommended, in sentences a novice understands. */
export function explainChoice(chosen: CandidateResult, others: CandidateResult[]): string[] {
  const why: string[] = [];
  why.push(chosen.verified ? `${explain('OK')}` : chosen.outcome.message);
  if (chosen.security === 'tls') why.push('The connection is encrypted from the first byte (TLS), the safest option.');
  else if (chosen.security === 'starttls') why.push('The connection is encrypted with STARTTLS before your password is sent.');
  else why.push('Warning: this connection is not encrypted. Your password and mail can be read on the network.');
  if (chosen.protocol === 'imap') why.push('IMAP keeps your mail on the server, so it stays the same on all your devices.');
  if (chosen.protocol === 'pop3') why.push('POP3 downloads your mail to this device; other devices will not see what you read or file.');
  why.push(SOURCE_WORDS[chosen.source](chosen.sourceDetail));
  const alternatives = others.filter((o) => o.id !== chosen.id && o.verified);
  if (alternatives.length > 0) {
    const list = alternatives
      .slice(0, 3)
      .map((o) => `${o.host} port ${o.port} (${o.security.toUpperCase()})`)
      .join(', ');
    why.push(`Other settings that also work: ${list}.`);
  }
  return why;
}
