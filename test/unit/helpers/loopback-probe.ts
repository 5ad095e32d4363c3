import type { ProbeContext } from '../../../main/probe/probe-candidate';
import type { CandidateSpec } from '../../../main/discovery/candidate';
import { parseEmail } from '../../../shared/email/parse-email';

/** The address the unit tier's probes log in as. */
export const UNIT_EMAIL = (() => {
  const parsed = parseEmail('alice@example.test');
  if (!parsed.ok) throw new Error('test address');
  return parsed.email;
})();

/** A probe context for a scripted server on 127.0.0.1, without TLS: the test allows the password over it. */
export function loopbackContext(): ProbeContext {
  return {
    email: UNIT_EMAIL,
    resolver: { srv: async () => [], mx: async () => [], addresses: async () => ['127.0.0.1'] },
    trust: { extraCa: [], trustedFingerprints: [] },
    policy: { allowPlaintext: 'all', consent: [] },
    password: 'correct horse',
  };
}

/** A guessed candidate on 127.0.0.1 without TLS, logging in with the whole address first. */
export const loopbackSpec = (protocol: CandidateSpec['protocol'], port: number): CandidateSpec => ({
  protocol,
  host: '127.0.0.1',
  port,
  security: 'plain',
  username: '%EMAILADDRESS%',
  source: 'guess',
  sourceDetail: '127.0.0.1',
  trust: 'trusted',
});
