import { readFileSync } from 'node:fs';
import { WORLD_ENV, type WorldInfo } from '../world/world';
import { MailResolver } from '../../main/dns/mail-resolver';
import type { TlsTrust } from '../../main/net/tls-trust';
import { parseEmail, type EmailAddress } from '../../shared/email/parse-email';

/** The running test world, as the test runner described it. */
export function world(): WorldInfo {
  const path = process.env[WORLD_ENV];
  if (!path) throw new Error(`run the tests with "npm test": ${WORLD_ENV} is not set, so the test servers are not running`);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldInfo;
}

/** Only loopback: whatever a test discovers, the engine may not contact anything else. */
export const loopbackOnly = (address: string): boolean => /^127\./.test(address) || address === '::1';

export function worldResolver(): MailResolver {
  return new MailResolver({ servers: [world().dns], allowAddress: loopbackOnly });
}

export function worldTrust(trustedFingerprints: string[] = []): TlsTrust {
  return { extraCa: [readFileSync(world().caCert, 'utf8')], trustedFingerprints };
}

export function email(address: string): EmailAddress {
  const parsed = parseEmail(address);
  if (!parsed.ok) throw new Error(`not an address (${parsed.problem}): ${address}`);
  return parsed.email;
}
