import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { buildExport } from '../../../main/export/export-formats';
import { settingsFromResult } from '../../../main/export/account-settings';
import { createSigningIdentity, read } from '../../helpers/signing-identity';
import { readPlist, tempFile } from '../../helpers/real-parsers';
import { sampleSettings } from '../../helpers/sample-settings';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { runCommand } from '../../world/run-command';
import { USERS } from '../../world/world-plan';

test('signed Apple profiles verify with openssl cms against the root CA, chain included, for RSA and ECDSA signers', async () => {
  const ids = await createSigningIdentity();
  for (const [cert, key] of [
    [ids.signerCert, ids.signerKey],
    [ids.ecSignerCert, ids.ecSignerKey],
  ]) {
    const unsigned = (await buildExport(sampleSettings(), 'apple')).file.content as string;
    const { file, notes } = await buildExport(sampleSettings(), 'apple', {
      signing: { certPem: await read(cert), keyPem: await read(key), chainPem: await read(ids.intermediate) },
    });
    assert.ok(notes.some((n) => n.message.key === 'export:note.signed'));
    const signed = await tempFile('signed.mobileconfig', file.content);
    const out = `${signed}.out`;
    // Only the root is given: verification succeeds only if the profile carries the intermediate itself.
    await runCommand('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      signed,
      '-CAfile',
      ids.rootCa,
      '-purpose',
      'any',
      '-out',
      out,
    ]);
    assert.equal(await readFile(out, 'utf8'), unsigned, 'the signed content is the profile, byte for byte');
    const printed = await runCommand('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', signed]);
    assert.match(printed, /contentType: pkcs7-signedData/);
    assert.match(printed, /eContentType: pkcs7-data/);
    assert.match(printed, /sha256/);
    assert.ok((await readPlist(await readFile(out))).PayloadUUID);
  }
});

test('signing refuses a key that does not match the certificate, with a clear message', async () => {
  const ids = await createSigningIdentity();
  await assert.rejects(
    buildExport(sampleSettings(), 'apple', { signing: { certPem: await read(ids.signerCert), keyPem: await read(ids.ecSignerKey) } }),
    /does not belong/,
  );
  await assert.rejects(
    buildExport(sampleSettings(), 'apple', { signing: { certPem: 'not a cert', keyPem: await read(ids.signerKey) } }),
    /no PEM certificate/,
  );
  await assert.rejects(
    buildExport(sampleSettings(), 'thunderbird', { signing: { certPem: await read(ids.signerCert), keyPem: await read(ids.signerKey) } }),
    /only Apple profiles/,
  );
});

test('from a real discovery: a certificate the user trusted travels in the Apple profile', async () => {
  const first = await discoverInWorld(USERS.sid.login, USERS.sid.password);
  const fingerprint = candidate(first.result, 'mail.selfsigned.test', 993).probe!.tls!.certificate!.fingerprint256;
  const { result } = await discoverInWorld(USERS.sid.login, USERS.sid.password, { trustedFingerprints: [fingerprint] });
  const settings = settingsFromResult(result, { displayName: 'Sid' });
  assert.equal(settings.trustedCertificates.length, 1);
  const profile = await readPlist((await buildExport(settings, 'apple')).file.content);
  const payloads = profile.PayloadContent as Record<string, unknown>[];
  const cert = payloads.find((p) => p.PayloadType === 'com.apple.security.root');
  assert.ok(cert, 'certificate payload present');
  const der = Buffer.from((cert.PayloadContent as { $data: string }).$data, 'base64');
  const digest = createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
  assert.equal(digest, fingerprint);
  const mail = payloads.find((p) => p.PayloadType === 'com.apple.mail.managed')!;
  assert.equal(mail.IncomingMailServerHostName, 'mail.selfsigned.test');
});

test('from a real discovery: domain-wide files hold placeholders and no personal data', async () => {
  const { result } = await discoverInWorld('dave@guess.test', USERS.dave.password);
  const personal = settingsFromResult(result);
  assert.equal(personal.incoming[0].username, '%EMAILLOCALPART%');
  const domainWide = settingsFromResult(result, { domainWide: true, displayName: 'Dave', password: 'x' });
  assert.equal(domainWide.email, undefined);
  assert.equal(domainWide.displayName, undefined);
  assert.equal(domainWide.password, undefined);
  const xml = String((await buildExport(domainWide, 'thunderbird')).file.content);
  assert.ok(!xml.includes('dave'), 'no personal data');
  assert.match(xml, /%EMAILLOCALPART%/);
  await assert.rejects(buildExport(domainWide, 'outlook-prf'), /one person/);
});
