import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseIni } from 'ini';
import Ajv2020 from 'ajv/dist/2020';
import { buildExport, EXPORT_FORMATS, FORMAT_INFO } from '../../../main/export/export-formats';
import { NASTY_NAME, sampleSettings } from '../../helpers/sample-settings';
import { readPlist, xpath } from '../../helpers/real-parsers';
import { assertNoPassword } from '../../helpers/discover-in-world';
import { say } from '../../helpers/english';

const SECRET = 'pa$$ "w0rd" & <x> \\ 密码';

test('Thunderbird config-v1.1.xml: well-formed, every server, placeholders kept, special characters round-trip', async () => {
  const { file } = await buildExport(sampleSettings(), 'thunderbird');
  const xml = String(file.content);
  assert.equal(await xpath(xml, 'string(/clientConfig/@version)'), '1.1');
  assert.equal(await xpath(xml, 'string(/clientConfig/emailProvider/@id)'), 'xn--bcher-kva.example');
  assert.equal(await xpath(xml, 'count(//incomingServer)'), '2');
  assert.equal(await xpath(xml, 'string(//incomingServer[1]/@type)'), 'imap');
  assert.equal(await xpath(xml, 'string(//incomingServer[1]/socketType)'), 'SSL');
  assert.equal(await xpath(xml, 'string(//incomingServer[1]/username)'), '%EMAILADDRESS%');
  assert.equal(await xpath(xml, 'string(//outgoingServer/socketType)'), 'STARTTLS');
  assert.equal(await xpath(xml, 'string(//outgoingServer/username)'), 'login "x" & <y>');
  assert.equal(await xpath(xml, 'string(//displayName)'), 'Bücher & Co <Mail>');
  assert.equal(await xpath(xml, 'count(//password)'), '0');
  assert.equal(file.secret, false);
});

test('Thunderbird policies.json: every account pref on the default branch, under keys Thunderbird never generates', async () => {
  const { file, notes } = await buildExport(sampleSettings({ password: SECRET }), 'thunderbird-policies');
  assert.equal(file.name, 'policies.json');
  const prefs = JSON.parse(String(file.content)).policies.Preferences as Record<string, { Value: unknown; Status: string }>;
  assert.ok(
    Object.values(prefs).every((p) => p.Status === 'default'),
    'never "user": that would be the user.js defect again',
  );
  const accountKey = prefs['mail.accountmanager.accounts'].Value as string;
  assert.match(accountKey, /^account_ms_[0-9a-f]{10}$/);
  const serverKey = prefs[`mail.account.${accountKey}.server`].Value as string;
  assert.equal(prefs[`mail.server.${serverKey}.socketType`].Value, 3);
  assert.equal(prefs[`mail.server.${serverKey}.hostname`].Value, 'imap.xn--bcher-kva.example');
  const identityKey = prefs[`mail.account.${accountKey}.identities`].Value as string;
  assert.equal(prefs[`mail.identity.${identityKey}.fullName`].Value, NASTY_NAME);
  const smtpKey = prefs[`mail.identity.${identityKey}.smtpServer`].Value as string;
  assert.equal(prefs[`mail.smtpserver.${smtpKey}.try_ssl`].Value, 2);
  assert.equal(prefs[`mail.smtpserver.${smtpKey}.username`].Value, 'login "x" & <y>');
  // The Preferences policy turns 0 and 1 into booleans; none may be written.
  assert.ok(Object.values(prefs).every((p) => p.Value !== 0 && p.Value !== 1));
  assertNoPassword(file.content.toString(), SECRET);
  assert.ok(notes.some((n) => /no place for a password/.test(say(n.message))));

  const plain = sampleSettings();
  plain.incoming = [{ ...plain.incoming[0], security: 'plain', port: 143 }];
  const plainPrefs = JSON.parse(String((await buildExport(plain, 'thunderbird-policies')).file.content)).policies.Preferences;
  assert.ok(!Object.keys(plainPrefs).some((k) => k.endsWith('.socketType')), "no encryption is Thunderbird's default, 0, left out");

  const again = await buildExport(sampleSettings({ displayName: 'Other' }), 'thunderbird-prefs');
  assert.equal(again.file.name, 'policies.json', 'the old name writes the policy');
  assert.ok(again.notes.some((n) => /now writes/.test(say(n.message))));
});

test('Thunderbird import ZIP and isp file: names that need no renaming, no password', async () => {
  const zip = await buildExport(sampleSettings({ password: SECRET }), 'thunderbird-import');
  assert.equal(zip.file.name, 'zoë@xn--bcher-kva.example-thunderbird.zip');
  const entries = unzipSync(new Uint8Array(zip.file.content as Buffer));
  assert.deepEqual(Object.keys(entries).sort(), ['HOW-TO-IMPORT.txt', 'prefs.js']);
  assertNoPassword(strFromU8(entries['prefs.js']), SECRET);
  // The steps inside are in the language of the export.
  assert.match(strFromU8(entries['HOW-TO-IMPORT.txt']), /^This file adds the mail account zoë@xn--bcher-kva\.example to Thunderbird\./);
  const chinese = unzipSync(
    new Uint8Array((await buildExport(sampleSettings(), 'thunderbird-import', { language: 'zh-CN' })).file.content as Buffer),
  );
  assert.match(strFromU8(chinese['HOW-TO-IMPORT.txt']), /^此文件会把邮件账户 zoë@xn--bcher-kva\.example 添加到 Thunderbird。/);
  assert.match(strFromU8(chinese['HOW-TO-IMPORT.txt']), /导入备份的配置文件/);
  const isp = await buildExport(sampleSettings({ password: SECRET }), 'thunderbird-isp');
  assert.equal(isp.file.name, 'xn--bcher-kva.example.xml');
  assert.equal(await xpath(String(isp.file.content), 'count(//password)'), '0');
  assert.equal(await xpath(String(isp.file.content), 'string(//incomingServer[1]/socketType)'), 'SSL');
});

test('Apple .mobileconfig: plistlib reads it; stable identifiers; SSL on for both TLS modes; password only on request', async () => {
  const first = await buildExport(sampleSettings(), 'apple');
  const again = await buildExport(sampleSettings({ displayName: 'Another Name' }), 'apple');
  const profile = await readPlist(first.file.content);
  const second = await readPlist(again.file.content);
  assert.equal(profile.PayloadType, 'Configuration');
  assert.equal(profile.PayloadVersion, 1);
  assert.equal(profile.PayloadIdentifier, second.PayloadIdentifier, 'same account, same identifier: re-installing replaces');
  assert.equal(profile.PayloadUUID, second.PayloadUUID);
  assert.match(String(profile.PayloadUUID), /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  const [mail] = profile.PayloadContent as Record<string, unknown>[];
  assert.equal(mail.PayloadType, 'com.apple.mail.managed');
  assert.equal(mail.EmailAccountType, 'EmailTypeIMAP');
  assert.equal(mail.EmailAccountName, NASTY_NAME);
  assert.equal(mail.EmailAddress, 'zoë@xn--bcher-kva.example');
  assert.equal(mail.IncomingMailServerPortNumber, 993);
  assert.equal(mail.IncomingMailServerUseSSL, true);
  assert.equal(mail.OutgoingMailServerUseSSL, true, 'STARTTLS on 587 is still "SSL" to Apple');
  assert.equal(mail.OutgoingMailServerUsername, 'login "x" & <y>');
  assert.equal(mail.IncomingMailServerAuthentication, 'EmailAuthPassword');
  assert.equal(mail.IncomingPassword, undefined);
  assert.equal(first.file.secret, false);

  const withPassword = await buildExport(sampleSettings({ password: SECRET }), 'apple');
  const [secretMail] = (await readPlist(withPassword.file.content)).PayloadContent as Record<string, unknown>[];
  assert.equal(secretMail.IncomingPassword, SECRET);
  assert.equal(secretMail.OutgoingPassword, SECRET);
  assert.equal(withPassword.file.secret, true);
  assert.ok(withPassword.notes.some((n) => n.warning && /contains the password/.test(say(n.message))));
});

test('a domain-wide Apple profile has no personal data: the device asks for address and username', async () => {
  const domainWide = sampleSettings({ email: undefined, displayName: undefined });
  const profile = await readPlist((await buildExport(domainWide, 'apple')).file.content);
  const [mail] = profile.PayloadContent as Record<string, unknown>[];
  assert.equal(mail.EmailAddress, undefined);
  assert.equal(mail.IncomingMailServerUsername, undefined);
  assert.equal(mail.IncomingMailServerHostName, 'imap.xn--bcher-kva.example');
});

test('Outlook autodiscover.xml: SPA off, explicit SSL and Encryption for each server, and nothing personal', async () => {
  const xml = String((await buildExport(sampleSettings(), 'outlook')).file.content);
  const ns = "*[local-name()='Autodiscover']/*[local-name()='Response']/*[local-name()='Account']";
  assert.equal(await xpath(xml, `string(/${ns}/*[local-name()='Action'])`), 'settings');
  assert.equal(await xpath(xml, `count(/${ns}/*[local-name()='Protocol'])`), '3');
  const proto = (n: number, field: string) => xpath(xml, `string(/${ns}/*[local-name()='Protocol'][${n}]/*[local-name()='${field}'])`);
  assert.deepEqual(await Promise.all(['Type', 'Server', 'Port', 'SSL', 'Encryption', 'SPA'].map((f) => proto(1, f))), [
    'IMAP',
    'imap.xn--bcher-kva.example',
    '993',
    'on',
    'SSL',
    'off',
  ]);
  assert.deepEqual(await Promise.all(['Type', 'Port', 'SSL', 'Encryption', 'SPA'].map((f) => proto(3, f))), [
    'SMTP',
    '587',
    'on',
    'TLS',
    'off',
  ]);
  // The file is for a web server that answers everyone: one person's login name or name would go to all of them.
  assert.equal(await xpath(xml, "count(//*[local-name()='LoginName'] | //*[local-name()='DisplayName'])"), '0');
});

test('Outlook PRF: UTF-16 INI that an INI parser reads back, with the account and the MAPI mappings', async () => {
  const { file } = await buildExport(sampleSettings(), 'outlook-prf');
  const bytes = file.content as Buffer;
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'UTF-16LE byte order mark');
  const text = bytes.subarray(2).toString('utf16le');
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
  const prf = parseIni(text);
  assert.equal(prf['Internet Account List'].Account1, 'IMAP_I_Mail');
  assert.equal(prf.Account1.IMAPServer, 'imap.xn--bcher-kva.example');
  assert.equal(prf.Account1.IMAPPort, '993');
  assert.equal(prf.Account1.IMAPUseSSL, '1');
  assert.equal(prf.Account1.SMTPSecureConnection, '2', 'STARTTLS');
  assert.equal(prf.Account1.DisplayName, NASTY_NAME);
  assert.equal(prf.IMAP_I_Mail.IMAPServer, 'PT_UNICODE,0x0100');
  assert.equal(prf['Microsoft Outlook Client'].SectionGUID, '0a0d020000000000c000000000000046');
});

test('JSON description validates against the documented schema', async () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'account-v1.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: true }).compile(schema);
  for (const settings of [
    sampleSettings(),
    sampleSettings({ email: undefined, displayName: undefined }),
    sampleSettings({ password: SECRET }),
  ]) {
    const body = JSON.parse(String((await buildExport(settings, 'json')).file.content));
    assert.ok(validate(body), JSON.stringify(validate.errors));
  }
  const personal = JSON.parse(String((await buildExport(sampleSettings(), 'json')).file.content));
  assert.equal(personal.displayName, NASTY_NAME);
  assert.equal(personal.outgoing[0].username, 'login "x" & <y>');
  assert.equal(personal.incoming[0].username, 'zoë@xn--bcher-kva.example');
});

test('printable summaries and DNS records', async () => {
  const text = String((await buildExport(sampleSettings(), 'summary')).file.content);
  assert.match(text, /Incoming mail \(IMAP\)\n {2}Server +imap\.xn--bcher-kva\.example\n {2}Port +993/);
  assert.match(text, /^ {2}Name +Zoë "Z" O'Brien & <Co> 张伟 \\ back$/m, "the person's name is on it");
  assert.match(text, /SMTP submission {2}465 {6}587/);
  const html = String((await buildExport(sampleSettings(), 'summary-html')).file.content);
  assert.ok(!/<(script|link|img)\b|https?:\/\//i.test(html), 'self-contained');
  assert.match(html, /login &quot;x&quot; &amp; &lt;y&gt;/);
  const zone = String((await buildExport(sampleSettings(), 'dns')).file.content);
  assert.match(zone, /^_imaps\._tcp\.xn--bcher-kva\.example\. 3600 IN SRV 0 1 993 imap\.xn--bcher-kva\.example\.$/m);
  assert.match(zone, /^; _imap\._tcp\.xn--bcher-kva\.example\.: not checked/m, 'settings that say nothing about it: never "not offered"');
  assert.doesNotMatch(zone, /IN SRV 0 0 0 \./);
  assert.match(zone, /^_submission\._tcp\.xn--bcher-kva\.example\. 3600 IN SRV 10 1 587 smtp\.xn--bcher-kva\.example\.$/m);
  assert.match(zone, /^autoconfig\.xn--bcher-kva\.example\. 3600 IN CNAME /m);
});

/** The password as each format's own reader sees it, or undefined. */
async function passwordIn(format: string, content: string | Buffer): Promise<string | undefined> {
  const text = Buffer.isBuffer(content) && format === 'outlook-prf' ? content.subarray(2).toString('utf16le') : content.toString();
  switch (format) {
    case 'thunderbird':
      return (await xpath(text, 'string(//incomingServer[1]/password)')) || undefined;
    case 'apple':
      return ((await readPlist(content)).PayloadContent as Record<string, string>[])[0].IncomingPassword;
    case 'json':
      return JSON.parse(text).password;
    case 'summary-html':
      return text.includes(
        SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
      )
        ? SECRET
        : undefined;
    default:
      return text.includes(SECRET) ? SECRET : undefined;
  }
}

test('every format: no password unless asked, and then only in formats that carry one', async () => {
  for (const format of EXPORT_FORMATS) {
    const plain = await buildExport(sampleSettings(), format);
    assertNoPassword(plain.file.content.toString(), SECRET);
    assert.equal(await passwordIn(format, plain.file.content), undefined, format);
    const asked = await buildExport(sampleSettings({ password: SECRET }), format);
    assert.equal(await passwordIn(format, asked.file.content), FORMAT_INFO[format].carriesPassword ? SECRET : undefined, format);
    assert.equal(asked.file.secret, FORMAT_INFO[format].carriesPassword, format);
    if (!FORMAT_INFO[format].carriesPassword)
      assertNoPassword(asked.file.content.toString('utf16le' as BufferEncoding) + asked.file.content.toString(), SECRET);
  }
});
