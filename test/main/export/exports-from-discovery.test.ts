import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExport } from '../../../main/export/export-formats';
import { settingsFromResult } from '../../../main/export/account-settings';
import { toJson } from '../../../main/cli/discover-json';
import { discoverInWorld } from '../../helpers/discover-in-world';
import { english } from '../../helpers/english';
import { readPlist, xpath } from '../../helpers/real-parsers';
import { runCli, worldArgs } from '../../helpers/run-cli';
import { createSigningIdentity } from '../../helpers/signing-identity';
import { SRV_PORTS, USERS } from '../../world/world-plan';

const NOT_OFFERED = / 3600 IN SRV 0 0 0 \.$/;
const srvLines = (zone: string) => zone.split('\n').filter((l) => / IN SRV /.test(l));

test('DNS records from a real run that stopped early (guess.test): nothing the run skipped is "not offered"', async () => {
  const { result } = await discoverInWorld(USERS.alice.login, USERS.alice.password);
  assert.equal(result.exhaustive, false, 'the run stopped once the best settings were proven');
  const zone = String((await buildExport(settingsFromResult(result), 'dns')).file.content);
  assert.deepEqual(
    srvLines(zone).filter((l) => NOT_OFFERED.test(l)),
    [],
    zone,
  );
  assert.match(zone, /^_imaps\._tcp\.guess\.test\. 3600 IN SRV 0 1 993 imap\.guess\.test\.$/m);
  // The saved form of the same result (discover --json, then export --from) gives the same records.
  const saved = String((await buildExport(settingsFromResult(toJson(result, english)), 'dns')).file.content);
  assert.equal(saved, zone);

  // Asked about everything, the run sees POP3 and the STARTTLS ports too, and the records say so.
  const all = (await discoverInWorld(USERS.alice.login, USERS.alice.password, { exhaustive: true })).result;
  const full = String((await buildExport(settingsFromResult(all), 'dns')).file.content);
  for (const [label, port] of [
    ['_imap', 143],
    ['_pop3s', 995],
    ['_pop3', 110],
    ['_submission', 587],
  ] as const)
    assert.match(
      full,
      new RegExp(`^${label}\\._tcp\\.guess\\.test\\. 3600 IN SRV \\d+ 1 ${port} (imap|pop|smtp)\\.guess\\.test\\.$`, 'm'),
      label,
    );
});

test('DNS records from a real run of srv.test: the domain\'s own "not offered" kept, its own records too', async () => {
  const { result } = await discoverInWorld(USERS.sam.login, USERS.sam.password);
  const zone = String((await buildExport(settingsFromResult(toJson(result, english)), 'dns')).file.content);
  assert.match(zone, new RegExp(`^_imaps\\._tcp\\.srv\\.test\\. 3600 IN SRV 0 1 ${SRV_PORTS.imaps} mx\\.srv\\.test\\.$`, 'm'));
  assert.match(zone, new RegExp(`^_submissions\\._tcp\\.srv\\.test\\. 3600 IN SRV 0 1 ${SRV_PORTS.submissions} mx\\.srv\\.test\\.$`, 'm'));
  assert.match(zone, /^_submission\._tcp\.srv\.test\. 3600 IN SRV 10 1 587 mx\.srv\.test\.$/m, "the domain's own record");
  for (const label of ['_imap', '_pop3s', '_pop3']) {
    assert.match(zone, new RegExp(`^${label}\\._tcp\\.srv\\.test\\. 3600 IN SRV 0 0 0 \\.$`, 'm'), label);
  }
  assert.match(zone, /; Not offered: the domain’s own DNS says so today\.\n_pop3s\._tcp/);
});

test('a name with control characters: the real parsers read every file (xmllint, plistlib)', async () => {
  const { result } = await discoverInWorld(USERS.alice.login, USERS.alice.password);
  const settings = settingsFromResult(result, { displayName: "Zoë\u0001 O'Brien\r\n& <Co>\u2028 张伟\ttab\u0000" });
  for (const format of ['thunderbird', 'thunderbird-isp', 'outlook'] as const) {
    const xml = String((await buildExport(settings, format)).file.content);
    assert.equal(await xpath(xml, 'count(/*)'), '1', format);
  }
  const [mail] = (await readPlist((await buildExport(settings, 'apple')).file.content)).PayloadContent as Record<string, string>[];
  assert.equal(mail.EmailAccountName, "Zoë O'Brien & <Co> 张伟\ttab");
});

test('a signing key that does not belong to the certificate: exit 64 before anything is discovered or written', async () => {
  const ids = await createSigningIdentity();
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-sign-'));
  const saved = await runCli(['discover', USERS.alice.login, '--password-stdin', '--json', ...worldArgs()], USERS.alice.password);
  const from = join(dir, 'result.json');
  await writeFile(from, saved.stdout);
  const out = join(dir, 'out');
  const run = await runCli([
    ...['export', USERS.alice.login, '--from', from, '--format', 'summary,apple', '--out', out],
    ...['--sign-cert', ids.signerCert, '--sign-key', ids.ecSignerKey],
  ]);
  assert.equal(run.code, 64, run.stderr);
  assert.match(run.stderr, /^mailsetup: the signing key does not belong to the signing certificate/);
  await assert.rejects(readdir(out), 'nothing was written');
  const good = await runCli([
    ...['export', USERS.alice.login, '--from', from, '--format', 'apple', '--out', out],
    ...['--sign-cert', ids.signerCert, '--sign-key', ids.signerKey, '--sign-chain', ids.intermediate],
  ]);
  assert.equal(good.code, 0, good.stderr);
  assert.match(good.stderr, /The profile is signed/);
  assert.doesNotMatch(good.stderr, /not signed/);
});

test('export --format outlook-prf prints how to open it with the real path (Win+R) and to close Outlook first', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-prf-'));
  const run = await runCli(
    ['export', USERS.alice.login, '--password-stdin', '--format', 'outlook-prf', '--out', dir, ...worldArgs()],
    USERS.alice.password,
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stderr,
    new RegExp(
      `Close Outlook\\. Press Win\\+R, type {2}outlook\\.exe /importprf "${join(dir, 'alice@guess.test.prf').replace(/[.]/g, '\\.')}"`,
    ),
  );
  assert.match(run.stderr, /Classic Outlook has a File tab at the top left; the new Outlook has none/);
});
