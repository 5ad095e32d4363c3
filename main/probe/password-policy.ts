import type { Security } from '../../shared/model/server';
import type { Trust } from '../../shared/model/trust';

/** Hosts the caller allowed something for: a list of names, or every host the run shows. */
export type HostPermission = 'all' | string[];

export interface PasswordPolicy {
  /** Hosts where the password may cross an unencrypted connection. */
  allowPlaintext: HostPermission;
  /** Hosts from untrusted sources that the user agreed to send the password to. */
  consent: HostPermission;
}

export const STRICT_POLICY: PasswordPolicy = { allowPlaintext: [], consent: [] };

function permits(permission: HostPermission, host: string): boolean {
  return permission === 'all' || permission.some((h) => h.toLowerCase() === host.toLowerCase());
}

/** Decides, before any connection, whether a login with the password may be tried at all. */
export function passwordDecision(
  host: string,
  security: Security,
  trust: Trust,
  policy: PasswordPolicy,
): { send: true } | { send: false; code: 'ENOCONSENT' | 'EPLAINTEXT' } {
  if (trust === 'untrusted' && !permits(policy.consent, host)) return { send: false, code: 'ENOCONSENT' };
  if (security === 'plain' && !permits(policy.allowPlaintext, host)) return { send: false, code: 'EPLAINTEXT' };
  return { send: true };
}
