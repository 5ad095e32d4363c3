import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rootCertificates } from 'node:tls';
import { parsePemCertificates, PemError } from '../../../../main/net/pem';
import { secureContextFor, systemAuthorities } from '../../../../main/net/tls-trust';
import { summarizeCert } from '../../../../main/net/tls-details';

test("PEM files are read with Node's X.509 parser: every block must be a certificate", () => {
  const two = `${rootCertificates[0]}\n${rootCertificates[1]}`;
  assert.equal(parsePemCertificates(two).length, 2);
  assert.deepEqual(parsePemCertificates('no PEM here'), []);
  assert.throws(
    () => parsePemCertificates(`${rootCertificates[0]}\n-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n`),
    (error: unknown) => error instanceof PemError && error.block === 2,
  );
  assert.throws(
    () => parsePemCertificates('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'),
    /a PRIVATE KEY block, not a CERTIFICATE/,
  );
});

test('a root certificate reads as self-signed, with its names and dates', () => {
  const [root] = parsePemCertificates(rootCertificates[0]);
  const summary = summarizeCert(root);
  assert.equal(summary.selfSigned, true);
  assert.match(summary.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.ok(summary.subject.length > 0 && !summary.subject.includes('\n'));
  assert.ok(new Date(summary.validFrom) < new Date(summary.validTo));
});

test("the operating system's authorities are read once, and a context is built once per set of extra authorities", () => {
  const store = systemAuthorities();
  assert.equal(systemAuthorities(), store, 'read once');
  const trust = { extraCa: [], trustedFingerprints: [] };
  assert.equal(
    secureContextFor(trust),
    secureContextFor({ extraCa: [], trustedFingerprints: ['AA'] }),
    'fingerprints do not change the authorities',
  );
  assert.notEqual(secureContextFor(trust), secureContextFor({ extraCa: [rootCertificates[0]], trustedFingerprints: [] }));
});
