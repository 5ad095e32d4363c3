import type { SavedResult } from '../../../shared/model/saved-result';
import type { OutcomeCode } from '../../../shared/model/outcome';
import type { Protocol, Security } from '../../../shared/model/server';

type Candidate = NonNullable<SavedResult['candidates']>[number];

/** One candidate of a saved result: a server, where it came from and what probing it showed. */
export function candidate(
  protocol: Protocol,
  host: string,
  port: number,
  security: Security,
  code: OutcomeCode,
  extra: Partial<Candidate> = {},
): Candidate {
  return { protocol, host, port, security, username: 'alice@example.test', verified: code === 'OK', outcome: { code }, ...extra };
}

/**
 * A result as `discover --json` saves it, for alice@example.test: IMAP on 993 and submission on 465, both verified,
 * unless the test says otherwise.
 */
export function savedResult(over: Partial<SavedResult> = {}): SavedResult {
  const incoming = {
    protocol: 'imap' as const,
    host: 'imap.example.test',
    port: 993,
    security: 'tls' as const,
    username: 'alice@example.test',
    verified: true,
  };
  const outgoing = {
    protocol: 'smtp' as const,
    host: 'smtp.example.test',
    port: 465,
    security: 'tls' as const,
    username: 'alice@example.test',
    verified: true,
  };
  return {
    email: 'alice@example.test',
    incoming,
    outgoing,
    candidates: [candidate('imap', incoming.host, 993, 'tls', 'OK'), candidate('smtp', outgoing.host, 465, 'tls', 'OK')],
    providers: [],
    warnings: [],
    ...over,
  };
}

/** Every ASCII control character but the tab, DEL, C1 controls and the Unicode line separators. */
export const CONTROL_NAME = `Zoë\u0001 "Z"\r\nO'Brien\u2028& <Co>\u0085\u007f 张伟\ttab`;
