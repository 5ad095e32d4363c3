import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport } from '../../main/export/export-formats';
import { settingsFromResult, type AccountSettings } from '../../main/export/account-settings';
import { candidate, discoverInWorld } from '../helpers/discover-in-world';
import { tempFile } from '../helpers/real-parsers';
import { world } from '../helpers/world-client';
import { runCommand } from '../world/run-command';
import { ADDR, USERS } from '../world/world-plan';
import { Thunderbird } from './thunderbird-instance';
import {
  ACCOUNTS,
  CERTIFICATE_TRUSTED,
  CONFIG_FROM_ISP_FOLDER,
  CONFIG_FROM_XML,
  IMPORT_PROFILE_ZIP,
  OAUTH2_AUTH_METHOD,
  POLICY_STATUS,
  TRUST_CA,
  VERIFY_SERVER_CERTIFICATE,
  type TbAccounts,
  type TbConfig,
} from './chrome-scripts';
import { TB_AUTH_OAUTH2 } from '../../main/export/thunderbird-account-prefs';
import { rememberCasePassword, verifiedCases, type VerifiedCase } from './verified-cases';

const open = new Set<Thunderbird>();
let sid: AccountSettings;
let alice: VerifiedCase;

after(async () => {
  for (const tb of open) await tb.close();
});

before(async () => {
  // The person was shown the self-signed certificate of mail.selfsigned.test and chose to trust exactly it.
  const first = await discoverInWorld(USERS.sid.login, USERS.sid.password);
  const fingerprint = candidate(first.result, 'mail.selfsigned.test', 993).probe!.tls!.certificate!.fingerprint256;
  const trusted = (await discoverInWorld(USERS.sid.login, USERS.sid.password, { trustedFingerprints: [fingerprint] })).result;
  assert.ok(trusted.incoming?.verified && trusted.outgoing?.verified);
  sid = settingsFromResult(trusted, { displayName: 'Sid' });
  alice = (await verifiedCases())[0];
});

async function launch(): Promise<Thunderbird> {
  const tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
  open.add(tb);
  await tb.run(TRUST_CA, readFileSync(world().caCert, 'utf8'));
  return tb;
}

/** A self-signed server certificate that does not call itself an authority (CA:FALSE), as mail servers' own tools make them. */
async function leafCertificate(host: string): Promise<string> {
  const key = await tempFile('leaf.key', '');
  const cert = `${key}.pem`;
  await runCommand('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '30'],
    ...['-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-addext', 'basicConstraints=critical,CA:FALSE'],
    ...['-addext', 'keyUsage=critical,digitalSignature', '-addext', 'extendedKeyUsage=serverAuth'],
  ]);
  return readFile(cert, 'utf8');
}

test('policies.json installs a self-signed server certificate the person trusted; Thunderbird then accepts that server', async () => {
  const host = 'mail.leaf.test';
  const pem = await leafCertificate(host);
  // Alice's account, proven in the world, with a trusted self-signed certificate on one of its servers' hosts.
  const settings: AccountSettings = {
    ...alice.settings,
    trustedCertificates: [{ host, ports: [993], fingerprint256: 'not read here', selfSigned: true, authority: false, pem }],
  };
  const { file, notes } = await buildExport(settings, 'thunderbird-policies');
  const [certificateFile] = file.companions ?? [];
  assert.ok(certificateFile, 'the certificate travels as a file next to policies.json');
  assert.deepEqual(JSON.parse(String(file.content)).policies.Certificates, { Install: [certificateFile.name] });
  assert.ok(notes.some((n) => n.message.key === 'export:note.policies-certificate'));

  const tb = await launch();
  try {
    assert.notEqual(await tb.run(VERIFY_SERVER_CERTIFICATE, pem, host), 0, 'before the policy, Thunderbird refuses the certificate');
    await rememberCasePassword(tb, alice);
    await tb.quit();
    await tb.setPolicies(String(file.content));
    // As the note says: the file goes into a folder named certificates inside the installation's distribution folder.
    await mkdir(join(tb.install, 'distribution', 'certificates'), { recursive: true });
    await writeFile(join(tb.install, 'distribution', 'certificates', certificateFile.name), certificateFile.content);
    await tb.start();
    assert.deepEqual(await tb.run(POLICY_STATUS), { active: true, status: 1 });
    assert.equal(await tb.run(CERTIFICATE_TRUSTED, pem), true, 'the policy installed it');
    assert.equal(await tb.run(VERIFY_SERVER_CERTIFICATE, pem, host), 0, "Thunderbird's own verification accepts it for its host");
    assert.ok((await tb.run<TbAccounts>(ACCOUNTS)).accounts.some((a) => a.server.hostname === alice.result.incoming!.host));
  } finally {
    open.delete(tb);
    await tb.close();
  }
});

test('a self-signed certificate that calls itself an authority cannot be trusted that way: it is explained in every Thunderbird file instead', async () => {
  const [certificate] = sid.trustedCertificates;
  assert.deepEqual([certificate.selfSigned, certificate.authority], [true, true], 'openssl req -x509 makes CA:TRUE by default');
  const policies = await buildExport(sid, 'thunderbird-policies');
  assert.equal(JSON.parse(String(policies.file.content)).policies.Certificates, undefined);
  assert.equal(policies.file.companions, undefined);
  assert.ok(policies.notes.some((n) => n.message.key === 'export:note.trusted-certificate'));
  const zip = unzipSync(new Uint8Array((await buildExport(sid, 'thunderbird-import')).file.content as Buffer));
  const howTo = strFromU8(zip['HOW-TO-IMPORT.txt']);
  assert.ok(howTo.includes(certificate.fingerprint256), 'the fingerprint to compare');
  assert.match(howTo, /Add Security Exception.*Confirm Security Exception/s);
  for (const format of ['thunderbird', 'thunderbird-isp'] as const)
    assert.ok(
      (await buildExport(sid, format)).notes.some((n) => n.message.key === 'export:note.trusted-certificate'),
      format,
    );

  // Why: installed as an authority, Thunderbird still refuses an authority's certificate on a server.
  const tb = await launch();
  try {
    // The web server's file says it in a comment, which Thunderbird's reader passes over.
    const web = String((await buildExport(sid, 'thunderbird')).file.content);
    assert.ok(web.includes(`<!-- mail.selfsigned.test (ports 993 and 465) uses a certificate you chose to trust`), web);
    const config = await tb.run<TbConfig>(CONFIG_FROM_XML, web, USERS.sid.login, 'Sid');
    assert.deepEqual([config.incoming.hostname, config.incoming.port, config.outgoing.port], ['mail.selfsigned.test', 993, 465]);
    await tb.run(TRUST_CA, certificate.pem);
    assert.equal(await tb.run(CERTIFICATE_TRUSTED, certificate.pem), true);
    assert.notEqual(await tb.run(VERIFY_SERVER_CERTIFICATE, certificate.pem, 'mail.selfsigned.test'), 0);
  } finally {
    open.delete(tb);
    await tb.close();
  }
});

test('Outlook files explain a trusted certificate with the thumbprint Windows shows', async () => {
  const prf = (await buildExport(sid, 'outlook-prf')).file.content as Buffer;
  const comments = prf
    .subarray(2)
    .toString('utf16le')
    .split('\r\n')
    .filter((l) => l.startsWith(';'));
  const sha1 = (
    await runCommand('openssl', ['x509', '-noout', '-fingerprint', '-sha1', '-in', await tempFile('c.pem', sid.trustedCertificates[0].pem)])
  )
    .trim()
    .replace(/^.*=/, '')
    .replace(/:/g, ' ');
  assert.ok(
    comments.some((l) => l.includes(sha1)),
    comments.join('\n'),
  );
  assert.ok(
    comments.some((l) => l.includes('mail.selfsigned.test (ports 993 and 465)')),
    comments.join('\n'),
  );
});

/** A Gmail account verified by signing in with Google: what the wizard's "Sign in with Google" leaves behind. */
function gmailSignIn(): AccountSettings {
  const server = (protocol: 'imap' | 'smtp', host: string) => ({
    protocol,
    host,
    port: 993,
    security: 'tls' as const,
    username: 'zoe.example@gmail.com',
    verified: true,
  });
  return settingsFromResult(
    {
      email: 'zoe.example@gmail.com',
      incoming: server('imap', 'imap.gmail.com'),
      outgoing: { ...server('smtp', 'smtp.gmail.com'), port: 465 },
      providers: [{ id: 'gmail', name: 'Gmail', passwordNote: 'app-password' }],
    },
    { displayName: 'Zoë', signedInWith: 'gmail' },
  );
}

/** The account's servers as Thunderbird holds them: host and how it authenticates. */
function signInOf(account: TbAccounts['accounts'][number] | undefined) {
  assert.ok(account, 'the account is there');
  return {
    host: account.server.hostname,
    auth: account.server.authMethod,
    smtpHost: account.identities[0]?.smtp?.hostname,
    smtpAuth: account.identities[0]?.smtp?.authMethod,
  };
}

const GMAIL_AS_THUNDERBIRD = { host: 'imap.gmail.com', auth: 'OAuth2', smtpHost: 'smtp.gmail.com', smtpAuth: 'OAuth2' };

test("a sign-in account: Thunderbird's own enum, and every Thunderbird file read back by Thunderbird as OAuth2", async () => {
  const settings = gmailSignIn();
  // Every host resolves to an address that drops packets: Thunderbird's start-up login never gets an answer, so no
  // sign-in window or certificate question opens while the test reads the account back.
  const tb = await Thunderbird.launch({ loopbackAddress: ADDR.blackHole });
  open.add(tb);
  try {
    assert.equal(await tb.run(OAUTH2_AUTH_METHOD), TB_AUTH_OAUTH2, "our authMethod number is Thunderbird's nsMsgAuthMethod.OAuth2");

    for (const format of ['thunderbird', 'thunderbird-isp'] as const) {
      const { file } = await buildExport(settings, format);
      const config =
        format === 'thunderbird'
          ? await tb.run<TbConfig>(CONFIG_FROM_XML, String(file.content), 'zoe.example@gmail.com', 'Zoë')
          : (await tb.addIspFile(file.name, String(file.content)),
            (await tb.run<{ filled: TbConfig }>(CONFIG_FROM_ISP_FOLDER, 'gmail.com', 'zoe.example@gmail.com', 'Zoë')).filled);
      assert.deepEqual(
        [config.incoming.hostname, config.incoming.auth, config.outgoing.hostname, config.outgoing.auth],
        ['imap.gmail.com', 'OAuth2', 'smtp.gmail.com', 'OAuth2'],
        format,
      );
    }

    const zip = (await buildExport(settings, 'thunderbird-import')).file;
    const zipPath = join(tb.root, zip.name);
    await writeFile(zipPath, zip.content);
    assert.equal(await tb.run(IMPORT_PROFILE_ZIP, zipPath), true);
    await tb.restart();
    const imported = (await tb.run<TbAccounts>(ACCOUNTS)).accounts.find((a) => a.server.hostname === 'imap.gmail.com');
    assert.deepEqual(signInOf(imported), GMAIL_AS_THUNDERBIRD, 'the import ZIP');
  } finally {
    open.delete(tb);
    await tb.close();
  }

  const policies = await Thunderbird.launch({ loopbackAddress: ADDR.blackHole });
  open.add(policies);
  try {
    await policies.quit();
    await policies.setPolicies(String((await buildExport(settings, 'thunderbird-policies')).file.content));
    await policies.start();
    const account = (await policies.run<TbAccounts>(ACCOUNTS)).accounts.find((a) => a.server.hostname === 'imap.gmail.com');
    assert.deepEqual(signInOf(account), GMAIL_AS_THUNDERBIRD, 'policies.json');
  } finally {
    open.delete(policies);
    await policies.close();
  }
});
