import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import plist from 'plist';
import { parse as parseIni } from 'ini';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../../../../main/export/export-formats';
import { settingsFromResult, type AccountSettings } from '../../../../main/export/account-settings';
import { signInAccount } from '../../../../main/export/sign-in-account';
import { manualSettings } from '../../../../main/export/manual-settings';
import { MailSetupError } from '../../../../main/errors/mail-setup-error';
import { english, say } from '../../../helpers/english';
import { candidate, CONTROL_NAME, savedResult } from '../../helpers/export-fixtures';

const text = (content: string | Buffer) => (Buffer.isBuffer(content) ? content.toString('utf8') : content);
const prfText = (content: string | Buffer) => (content as Buffer).subarray(2).toString('utf16le');
// XML 1.0's Char production: a document holding anything else is not XML, whatever a lenient parser says.
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

async function refusal(settings: AccountSettings, format: ExportFormat): Promise<string> {
  const error = await buildExport(settings, format).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof MailSetupError, `${format} should be refused`);
  assert.equal(error.code, 'EINPUT');
  return say(error.failure.reason);
}

test('DNS records: a run that stopped early marks nothing "not offered" it never looked at (guess.test)', async () => {
  // The engine proved IMAP and submission with implicit TLS and stopped; POP3 and the STARTTLS ports were skipped.
  const result = savedResult({
    candidates: [
      candidate('imap', 'imap.example.test', 993, 'tls', 'OK'),
      candidate('smtp', 'smtp.example.test', 465, 'tls', 'OK'),
      candidate('imap', 'imap.example.test', 143, 'starttls', 'SKIPPED'),
      candidate('pop3', 'pop.example.test', 995, 'tls', 'SKIPPED'),
      candidate('smtp', 'smtp.example.test', 587, 'starttls', 'REACHABLE'),
      // A guessed host that does not exist says nothing about POP3 with STARTTLS.
      candidate('pop3', 'pop3.example.test', 110, 'starttls', 'EDNS'),
    ],
  });
  const zone = text((await buildExport(settingsFromResult(result), 'dns')).file.content);
  assert.match(zone, /^_imaps\._tcp\.example\.test\. 3600 IN SRV 0 1 993 imap\.example\.test\.$/m);
  assert.match(zone, /^_submissions\._tcp\.example\.test\. 3600 IN SRV 0 1 465 smtp\.example\.test\.$/m);
  assert.match(zone, /^_submission\._tcp\.example\.test\. 3600 IN SRV 10 1 587 smtp\.example\.test\.$/m, 'answered, so offered');
  assert.doesNotMatch(zone, /IN SRV 0 0 0 \./, 'nothing is "not offered"');
  for (const label of ['_imap', '_pop3s', '_pop3'])
    assert.match(zone, new RegExp(`^; ${label}\\._tcp\\.example\\.test\\.: not checked`, 'm'));
});

test('DNS records: "not offered" where the domain says so (srv.test) or where existing servers had nothing there', async () => {
  const result = savedResult({
    incoming: { protocol: 'imap', host: 'mx.example.test', port: 10993, security: 'tls', username: 'alice@example.test', verified: true },
    candidates: [
      candidate('imap', 'mx.example.test', 10993, 'tls', 'OK'),
      candidate('smtp', 'smtp.example.test', 465, 'tls', 'OK'),
      candidate('smtp', 'smtp.example.test', 587, 'starttls', 'ECONNREFUSED'),
      candidate('smtp', 'mail.example.test', 587, 'starttls', 'EDNS'),
    ],
    warnings: ['_imap', '_pop3s', '_pop3'].map((label) => ({
      key: 'source:warning.not-offered',
      params: { name: `${label}._tcp.example.test` },
    })),
  });
  const zone = text((await buildExport(settingsFromResult(result), 'dns')).file.content);
  assert.match(zone, /^_imaps\._tcp\.example\.test\. 3600 IN SRV 0 1 10993 mx\.example\.test\.$/m);
  for (const label of ['_imap', '_pop3s', '_pop3', '_submission'])
    assert.match(zone, new RegExp(`^${label}\\._tcp\\.example\\.test\\. 3600 IN SRV 0 0 0 \\.$`, 'm'), label);
  assert.match(zone, /; Not offered: the domain’s own DNS says so today\.\n_pop3s\./);
  assert.match(zone, /; Not offered: the mail servers were asked and have nothing there\.\n_submission\./);
});

test('DNS records: a web host or server name that would start another record is refused, never written', async () => {
  const settings = settingsFromResult(savedResult());
  await assert.rejects(buildExport(settings, 'dns', { webHost: 'www.example.test.\n@ IN A 192.0.2.1' }), MailSetupError);
  const hostile = {
    ...settings,
    services: undefined,
    incoming: [{ ...settings.incoming[0], host: 'imap.example.test. 0 IN A 192.0.2.1\n' }],
  };
  assert.match(await refusal(hostile, 'dns'), /is not a host name/);
});

test('PRF: the local network (ConnectionType 0), and STARTTLS never written as "no encryption"', async () => {
  const verified = savedResult();
  const prf = parseIni(prfText((await buildExport(settingsFromResult(verified), 'outlook-prf')).file.content));
  assert.equal(prf.Account1.ConnectionType, '0', '1 is the dial-up constant');
  assert.equal(prf.Account1.IMAPUseSSL, '1');

  // STARTTLS chosen, implicit TLS also verified: the PRF uses the one it can say, and says so.
  const startTls = savedResult({
    incoming: { ...verified.incoming!, port: 143, security: 'starttls' },
    candidates: [...verified.candidates!, candidate('imap', 'imap.example.test', 143, 'starttls', 'OK')],
  });
  const withAlternative = await buildExport(settingsFromResult(startTls), 'outlook-prf');
  const chosen = parseIni(prfText(withAlternative.file.content));
  assert.deepEqual([chosen.Account1.IMAPPort, chosen.Account1.IMAPUseSSL], ['993', '1']);
  assert.ok(withAlternative.notes.some((n) => /cannot say STARTTLS.*IMAP imap\.example\.test:993/.test(say(n.message))));

  // STARTTLS only: refused with the reason and what to do instead.
  const only = savedResult({ incoming: startTls.incoming, candidates: [candidate('imap', 'imap.example.test', 143, 'starttls', 'OK')] });
  assert.match(await refusal(settingsFromResult(only), 'outlook-prf'), /offers STARTTLS: the file would send your password unprotected/);
  // SMTP has its own STARTTLS constant (2), which the PRF keeps.
  const smtp = savedResult({ outgoing: { ...verified.outgoing!, port: 587, security: 'starttls' } });
  assert.equal(
    parseIni(prfText((await buildExport(settingsFromResult(smtp), 'outlook-prf')).file.content)).Account1.SMTPSecureConnection,
    '2',
  );
});

test('PRF: no value can start a new line, a key or a section', async () => {
  const settings = settingsFromResult(savedResult(), { displayName: 'Eve\r\n[Account1]\r\nIMAPServer=evil.example' });
  const raw = prfText((await buildExport(settings, 'outlook-prf')).file.content);
  const prf = parseIni(raw);
  assert.equal(prf.Account1.IMAPServer, 'imap.example.test');
  assert.equal(prf.Account1.DisplayName, 'Eve [Account1] IMAPServer=evil.example');
  assert.equal(raw.match(/^\[Account1\]/gm)?.length, 1);
  const hostile = { ...settings, incoming: [{ ...settings.incoming[0], host: 'imap.example.test\r\nIMAPServer=evil.example' }] };
  assert.match(await refusal(hostile, 'outlook-prf'), /is not a host name/);
});

test("autodiscover.xml: nothing personal in a file for the web server, even from one person's settings", async () => {
  const result = savedResult({
    incoming: { ...savedResult().incoming!, username: 'a.smith' },
    outgoing: { ...savedResult().outgoing!, username: 'a.smith' },
  });
  const built = await buildExport(settingsFromResult(result, { displayName: 'Alice Smith' }), 'outlook');
  const xml = text(built.file.content);
  assert.ok(XMLValidator.validate(xml) === true);
  assert.doesNotMatch(xml, /LoginName|DisplayName|a\.smith|Alice/);
  assert.ok(built.notes.some((n) => n.message.key === 'export:note.autodiscover-personal'));
  assert.ok(
    built.notes.some((n) => n.message.key === 'export:note.autodiscover-login'),
    'the login name is not the address: said so',
  );
  assert.doesNotMatch(english.t('export:guide.outlook'), /LoginName/);
});

test('control characters in a name: every format is written whole, every XML file stays XML, the person is told', async () => {
  const settings = settingsFromResult(savedResult(), { displayName: CONTROL_NAME });
  assert.equal(settings.displayName, 'Zoë "Z" O\'Brien & <Co> 张伟\ttab');
  assert.equal(settings.nameCleaned, true);
  for (const format of EXPORT_FORMATS) {
    const { file, notes } = await buildExport(settings, format);
    assert.ok(
      notes.some((n) => n.message.key === 'export:note.name-cleaned'),
      format,
    );
    if (!['thunderbird', 'thunderbird-isp', 'outlook', 'apple'].includes(format)) continue;
    const xml = text(file.content);
    assert.doesNotMatch(xml, NOT_XML_CHAR, format);
    assert.equal(XMLValidator.validate(xml), true, format);
  }
  const profile = plist.parse(text((await buildExport(settings, 'apple')).file.content)) as {
    PayloadContent: { EmailAccountName: string }[];
  };
  assert.equal(profile.PayloadContent[0].EmailAccountName, settings.displayName);
});

test('sign-in accounts are decided in one place, from what the result knows', () => {
  const unverified = {
    incoming: { ...savedResult().incoming!, verified: false },
    outgoing: { ...savedResult().outgoing!, verified: false },
  };
  assert.equal(signInAccount(savedResult()), undefined, 'a verified password login is a password account');
  assert.equal(signInAccount(savedResult(unverified)), undefined);
  assert.deepEqual(
    signInAccount(savedResult({ ...unverified, providers: [{ id: 'outlook', name: 'Outlook.com', passwordNote: 'oauth2-only' }] })),
    {
      provider: 'microsoft',
      providerName: 'Microsoft',
      why: 'provider-oauth-only',
      activeSyncHost: 'outlook.office365.com',
    },
  );
  assert.equal(signInAccount(savedResult({ providers: [{ id: 'gmail', name: 'Gmail' }] }), { signedInWith: 'gmail' })?.provider, 'google');
  const m365 = signInAccount(
    savedResult({
      ...unverified,
      facts: [
        {
          kind: 'microsoft365',
          audience: 'work',
          mailbox: 'exchange-online',
          endpoints: { activeSync: 'https://eas.example.test/Microsoft-Server-ActiveSync' },
        },
      ],
    }),
  );
  assert.deepEqual([m365?.why, m365?.activeSyncHost], ['microsoft365', 'eas.example.test']);
  assert.equal(
    signInAccount(savedResult({ ...unverified, facts: [{ kind: 'microsoft365', audience: 'work', mailbox: 'exchange-on-premises' }] })),
    undefined,
    "an organisation's own Exchange may take passwords",
  );
  assert.equal(
    signInAccount(savedResult({ ...unverified, facts: [{ kind: 'oauth-sign-in', trust: 'trusted', oauth: { oauthOnly: true } }] }))?.why,
    'autoconfig-oauth-only',
  );
  assert.equal(
    signInAccount(savedResult({ ...unverified, facts: [{ kind: 'oauth-sign-in', trust: 'untrusted', oauth: { oauthOnly: true } }] })),
    undefined,
    'a plain-HTTP file decides nothing',
  );
  const refused = savedResult({
    ...unverified,
    candidates: [
      candidate('imap', 'imap.example.test', 993, 'tls', 'EAUTH', {
        outcome: { code: 'EAUTH', authProblem: { kind: 'oauth-only', signInWith: 'gmail' } },
      }),
    ],
  });
  assert.deepEqual([signInAccount(refused)?.why, signInAccount(refused)?.provider], ['password-refused', 'google']);
});

test('a Gmail sign-in account: Google account payload for iPhone/iPad, OAuth2 for Thunderbird, no PRF, the summary says how to sign in', async () => {
  const gmail = savedResult({
    email: 'alice@gmail.com',
    incoming: { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'alice@gmail.com', verified: false },
    outgoing: { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'tls', username: 'alice@gmail.com', verified: false },
    providers: [{ id: 'gmail', name: 'Gmail', passwordNote: 'app-password' }],
  });
  const settings = settingsFromResult(gmail, { displayName: 'Alice', signedInWith: 'gmail', password: 'never' });
  assert.equal(settings.password, undefined, 'a sign-in account has no password to carry');
  const apple = await buildExport(settings, 'apple');
  const profile = plist.parse(text(apple.file.content)) as Record<string, unknown> & { PayloadContent: Record<string, unknown>[] };
  assert.equal(profile.TargetDeviceType, 1);
  assert.deepEqual(profile.PayloadContent[0].PayloadType, 'com.apple.google-oauth');
  assert.deepEqual([profile.PayloadContent[0].EmailAddress, profile.PayloadContent[0].AccountName], ['alice@gmail.com', 'Alice']);
  assert.ok(apple.notes.some((n) => n.message.key === 'export:note.apple-ios-only-google'));
  assert.match(text((await buildExport(settings, 'thunderbird')).file.content), /<authentication>OAuth2<\/authentication>/);
  assert.match(await refusal(settings, 'outlook-prf'), /signs in with Google: in Outlook, add it by its address/);
  assert.match(await refusal(settings, 'outlook'), /signs in with Google/);
  const summary = text((await buildExport(settings, 'summary')).file.content);
  assert.match(summary, /Password +sign in with Google in your mail app/);
  assert.doesNotMatch(summary, /your email password/);
  const zip = unzipSync(new Uint8Array((await buildExport(settings, 'thunderbird-import')).file.content as Buffer));
  assert.match(strFromU8(zip['HOW-TO-IMPORT.txt']), /opens the sign-in page of Google/);
  assert.match(strFromU8(zip['prefs.js']), /authMethod", 10\)/);
});

test('a Microsoft 365 sign-in account: an Exchange account with OAuth, no password in it', async () => {
  const settings = settingsFromResult(
    savedResult({
      email: 'bob@contoso.example',
      incoming: {
        protocol: 'imap',
        host: 'outlook.office365.com',
        port: 993,
        security: 'tls',
        username: 'bob@contoso.example',
        verified: false,
      },
      outgoing: {
        protocol: 'smtp',
        host: 'smtp.office365.com',
        port: 587,
        security: 'starttls',
        username: 'bob@contoso.example',
        verified: false,
      },
      facts: [{ kind: 'microsoft365', audience: 'work', mailbox: 'exchange-online' }],
    }),
  );
  const profile = plist.parse(text((await buildExport(settings, 'apple')).file.content)) as { PayloadContent: Record<string, unknown>[] };
  const eas = profile.PayloadContent[0];
  assert.deepEqual(
    [eas.PayloadType, eas.Host, eas.OAuth, eas.SSL, eas.EmailAddress, eas.UserName, eas.Password],
    ['com.apple.eas.account', 'outlook.office365.com', true, true, 'bob@contoso.example', 'bob@contoso.example', undefined],
  );
  // Another provider's sign-in has no Apple payload: refused with where to add it instead.
  const other = { ...settings, signIn: { provider: 'other' as const, providerName: 'Fastmail', why: 'signed-in' as const } };
  assert.match(await refusal(other, 'apple'), /signs in with Fastmail: add it on the device under Add Account/);
});

test('the printable summary shows the name, and is the same values as the card the wizard shows', async () => {
  const settings = settingsFromResult(savedResult(), { displayName: 'Alice Example' });
  const summary = text((await buildExport(settings, 'summary')).file.content);
  assert.match(summary, /^ {2}Name +Alice Example$/m);
  assert.match(summary, /^ {2}Email address +alice@example\.test$/m);
  const card = manualSettings(settings);
  for (const value of [...card.person, ...card.incoming.values, ...card.outgoing.values]) {
    const shown = typeof value.value === 'string' ? value.value : english.render(value.value);
    assert.ok(summary.includes(shown), `${english.render(value.label)}: ${shown}`);
    if (typeof value.value === 'string') assert.equal(value.copy, value.value, 'a literal can be copied exactly');
    else assert.equal(value.copy, undefined, 'words are not something to paste');
  }
  assert.ok(card.steps['new-outlook'].length > 0 && card.steps['outlook-mac'].length > 0);
  assert.match(english.render(card.steps['new-outlook'][0]), /Settings \(the gear at the top right\)/);
  const zh = text((await buildExport(settings, 'summary', { language: 'zh-CN' })).file.content);
  assert.match(zh, /姓名 +Alice Example/);
});

test('Apple: the texts a person reads while installing are in their language; unsigned and certificate notes', async () => {
  const settings = settingsFromResult(savedResult());
  const zh = plist.parse(text((await buildExport(settings, 'apple', { language: 'zh-CN' })).file.content)) as Record<string, string>;
  assert.equal(zh.PayloadDisplayName, '邮件：alice@example.test');
  assert.match(zh.PayloadDescription, /设置邮件账户 alice@example\.test/);
  const built = await buildExport(settings, 'apple');
  assert.ok(
    built.notes.some((n) => /Not Verified.*--sign-cert/.test(say(n.message))),
    'unsigned explained, signing offered',
  );
  assert.match(english.t('export:guide.apple'), /General → Device Management.*Certificate Trust Settings/);
});

// Apple's documented keys (apple/device-management, mdm/profiles: TopLevel, CommonPayloadKeys and each payload's YAML).
const COMMON = [
  'PayloadType',
  'PayloadVersion',
  'PayloadIdentifier',
  'PayloadUUID',
  'PayloadDisplayName',
  'PayloadDescription',
  'PayloadOrganization',
];
const APPLE_KEYS: Record<string, string[]> = {
  Configuration: [...COMMON, 'PayloadContent', 'PayloadRemovalDisallowed', 'PayloadScope', 'TargetDeviceType'],
  'com.apple.mail.managed': [
    ...COMMON,
    ...['EmailAccountType', 'EmailAccountDescription', 'EmailAccountName', 'EmailAddress'],
    ...['IncomingMailServerHostName', 'IncomingMailServerPortNumber', 'IncomingMailServerUseSSL', 'IncomingMailServerAuthentication'],
    ...['IncomingMailServerUsername', 'IncomingPassword', 'OutgoingMailServerHostName', 'OutgoingMailServerPortNumber'],
    ...['OutgoingMailServerUseSSL', 'OutgoingMailServerAuthentication', 'OutgoingMailServerUsername', 'OutgoingPassword'],
    'OutgoingPasswordSameAsIncomingPassword',
  ],
  'com.apple.google-oauth': [...COMMON, 'AccountDescription', 'AccountName', 'EmailAddress'],
  'com.apple.eas.account': [...COMMON, 'EmailAddress', 'Host', 'SSL', 'OAuth', 'UserName'],
  'com.apple.security.root': [...COMMON, 'PayloadCertificateFileName', 'PayloadContent'],
};

test('every key of every profile is one Apple documents for its payload type, with the type Apple gives it', async () => {
  const withCertificate = (s: AccountSettings): AccountSettings => ({
    ...s,
    trustedCertificates: [
      {
        host: 'imap.example.test',
        ports: [993],
        fingerprint256: 'BC:9C:65:EF:B1:20:01:60:5D:04:93:61:60:DA:68:48:BF:C7:06:AF:D4:66:64:3A:CD:A5:4C:B5:07:86:14:E0',
        selfSigned: true,
        authority: true,
        pem: TEST_CERTIFICATE,
      },
    ],
  });
  const password = settingsFromResult(savedResult(), { displayName: 'Alice', password: 'secret' });
  const google = {
    ...password,
    password: undefined,
    signIn: { provider: 'google' as const, providerName: 'Google', why: 'signed-in' as const },
  };
  const microsoft = {
    ...google,
    signIn: {
      provider: 'microsoft' as const,
      providerName: 'Microsoft',
      why: 'microsoft365' as const,
      activeSyncHost: 'outlook.office365.com',
    },
  };
  for (const settings of [password, google, microsoft, settingsFromResult(savedResult(), { domainWide: true })].map(withCertificate)) {
    const profile = plist.parse(text((await buildExport(settings, 'apple')).file.content)) as Record<string, unknown>;
    for (const payload of [profile, ...(profile.PayloadContent as Record<string, unknown>[])]) {
      const allowed = APPLE_KEYS[payload.PayloadType as string];
      assert.ok(allowed, `an undocumented payload type ${String(payload.PayloadType)}`);
      for (const key of Object.keys(payload)) assert.ok(allowed.includes(key), `${String(payload.PayloadType)}: ${key}`);
      assert.equal(payload.PayloadVersion, 1);
      assert.match(String(payload.PayloadUUID), /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
      for (const key of ['IncomingMailServerPortNumber', 'OutgoingMailServerPortNumber', 'TargetDeviceType'])
        if (key in payload) assert.equal(typeof payload[key], 'number', key);
      for (const key of ['IncomingMailServerUseSSL', 'OutgoingMailServerUseSSL', 'SSL', 'OAuth', 'PayloadRemovalDisallowed'])
        if (key in payload) assert.equal(typeof payload[key], 'boolean', key);
    }
  }
});

// A self-signed certificate for imap.example.test (openssl req -x509, P-256, valid until 2036), used only as data.
const TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBqjCCAVGgAwIBAgIUWejxdk/tvlPGO5wDU7bTDfbn8n8wCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRaW1hcC5leGFtcGxlLnRlc3QwHhcNMjYxMTI2MTE0MDEzWhcN
MzYxMTIzMTE0MDEzWjAcMRowGAYDVQQDDBFpbWFwLmV4YW1wbGUudGVzdDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABEzyRJfjykz2+XoDfbBSJGZsGqPPUTIup64Q
oUfDww0n5rWNg79l2bOBITcfcU57RDVP0oTrJe2PQcVlb+JbXpKjcTBvMB0GA1Ud
DgQWBBRao2KI2slWHml/N0PnUC6gb9NCCDAfBgNVHSMEGDAWgBRao2KI2slWHml/
N0PnUC6gb9NCCDAPBgNVHRMBAf8EBTADAQH/MBwGA1UdEQQVMBOCEWltYXAuZXhh
bXBsZS50ZXN0MAoGCCqGSM49BAMCA0cAMEQCIDCUsgrx9f5PqIOqBGZyz6OG+8RN
HedLbdEM80qzF87FAiAO25ErlY5ckNXOu8tiTE1GYXEVMr0PfibGnxGuLj0yJA==
-----END CERTIFICATE-----`;
