import { dirname } from 'node:path';
import { issue, type CertFiles, type TestCa } from './test-ca';
import { scriptedHosts } from './provider-replies';

/**
 * A certificate from the test CA (trusted only by the tests) for the big providers' host names, so the real
 * login code can name imap.gmail.com or outlook.office365.com, verify TLS as always, and reach the scripted
 * server on loopback instead.
 */
export function providerCertificate(ca: TestCa): Promise<CertFiles> {
  const now = Date.now();
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  const hosts = scriptedHosts();
  return issue(dirname(ca.caCert), 'providers', hosts[0], hosts, { start: stamp(now - 86_400_000), end: stamp(now + 20 * 86_400_000) });
}
