import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport } from '../../main/export/export-formats';
import { ADDR, USERS } from '../world/world-plan';
import { world } from '../helpers/world-client';
import { Thunderbird } from './thunderbird-instance';
import {
  ACCOUNTS,
  ADD_ACCOUNT_LIKE_THE_WIZARD,
  IMPORT_PROFILE_ZIP,
  REMOVE_ACCOUNT,
  TRUST_CA,
  VALIDATE_PROFILE_ZIP,
  VERIFY_LOGINS,
  type LoginOutcome,
  type TbAccounts,
} from './chrome-scripts';
import { assertAccountMatches, rememberCasePassword, rememberPassword, verifiedCases, type VerifiedCase } from './verified-cases';
import { otherAccountConfig } from './other-account';

// Thunderbird's own logins to the world's Dovecot and Postfix; a TLS handshake on a busy machine can be slow.
const LOGIN_TIMEOUT_MS = 20_000;

let tb: Thunderbird;
let cases: VerifiedCase[];

/** Adds a world account through Thunderbird's own account setup, with its password remembered. */
async function addWorldAccount(address: string, password: string, name: string): Promise<string> {
  const domain = address.split('@')[1];
  await rememberPassword(
    tb,
    { protocol: 'imap', host: `imap.${domain}`, username: address },
    { host: `smtp.${domain}`, username: address },
    password,
  );
  return tb.run<string>(ADD_ACCOUNT_LIKE_THE_WIZARD, otherAccountConfig(domain), address, name);
}

before(async () => {
  cases = await verifiedCases();
  tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
  await tb.run(TRUST_CA, readFileSync(world().caCert, 'utf8'));
  // The profile already has an account of its own (and with it Local Folders), as a person's would.
  await addWorldAccount(USERS.ann.login, USERS.ann.password, 'Ann');
  await tb.restart();
  const existing = await tb.run<TbAccounts>(ACCOUNTS);
  assert.deepEqual(
    existing.accounts.map((a) => [a.server.type, a.isDefault]),
    [
      ['imap', true],
      ['none', false],
    ],
  );
});

after(() => tb?.close());

test('the import ZIP has a prefs.js at its top, Thunderbird takes it for a profile backup, and it never holds the password', async () => {
  const { file } = await buildExport({ ...cases[0].settings, password: cases[0].password }, 'thunderbird-import');
  const entries = unzipSync(new Uint8Array(file.content as Buffer));
  assert.deepEqual(Object.keys(entries).sort(), ['HOW-TO-IMPORT.txt', 'prefs.js']);
  const prefsJs = strFromU8(entries['prefs.js']);
  assert.ok(!prefsJs.includes(cases[0].password), 'never the password');
  assert.match(prefsJs, /^[\x20-\x7e\n]*$/, 'pure ASCII: everything else is escaped');
  assert.equal(file.secret, false);
  const zipPath = join(tb.root, 'check.zip');
  await writeFile(zipPath, file.content);
  assert.equal(await tb.run(VALIDATE_PROFILE_ZIP, zipPath), true);
});

/**
 * The person's path: Thunderbird's importer takes the ZIP and Thunderbird restarts; then the account
 * manager holds the account exactly as the engine verified it, next to the account that was there, and
 * Thunderbird logs in with it. Each account is removed again before the next, since several accounts for
 * one login on one host are not what a person has.
 */
for (const [index, name] of ['TLS', 'STARTTLS', 'non-standard ports', 'POP3', 'login name not the address'].entries()) {
  test(`import ZIP into a profile with another account: ${name}`, async () => {
    const c = cases[index];
    const before = await tb.run<TbAccounts>(ACCOUNTS);
    const { file } = await buildExport(c.settings, 'thunderbird-import');
    const zipPath = join(tb.root, file.name);
    await writeFile(zipPath, file.content);
    assert.equal(await tb.run(IMPORT_PROFILE_ZIP, zipPath), true, 'the importer asks for the restart, as after any account import');
    await rememberCasePassword(tb, c);
    await tb.restart();
    const imported = await tb.run<TbAccounts>(ACCOUNTS);
    const added = imported.accounts.filter((a) => !before.accounts.some((b) => b.key === a.key));
    assert.equal(added.length, 1, `exactly one account added: ${JSON.stringify(added.map((a) => a.server))}`);
    assertAccountMatches(added[0], c);
    // What was there is still there, unchanged, and still the default.
    assert.deepEqual(
      imported.accounts.filter((a) => before.accounts.some((b) => b.key === a.key)),
      before.accounts,
    );
    assert.equal(imported.accounts.filter((a) => a.server.type === 'none').length, 1, 'one Local Folders');
    assert.equal(imported.defaultSmtpKey, before.defaultSmtpKey);
    assert.ok(imported.smtpKeys.includes(added[0].identities[0].smtp!.key), 'its SMTP server is listed in mail.smtpservers');

    const logins = await tb.run<{ incoming: LoginOutcome; smtp: LoginOutcome }>(VERIFY_LOGINS, added[0].key, c.password, LOGIN_TIMEOUT_MS);
    assert.deepEqual(logins, { incoming: { status: 0, error: null }, smtp: { status: 0, error: null } }, `${c.name}: Thunderbird's logins`);
    if (index < cases.length - 1) await tb.run(REMOVE_ACCOUNT, added[0].key);
  });
}

test('an account the person adds after the import survives a restart, and so do the others', async () => {
  const before = await tb.run<TbAccounts>(ACCOUNTS);
  assert.equal(before.accounts.length, 3, 'the existing account, Local Folders and the last import');
  const key = await addWorldAccount(USERS.max.login, USERS.max.password, 'Max');
  await tb.restart();
  const restarted = await tb.run<TbAccounts>(ACCOUNTS);
  assert.deepEqual(
    restarted.accounts.map((a) => a.key),
    [...before.accounts.map((a) => a.key), key],
  );
  assert.deepEqual(restarted.accounts.slice(0, before.accounts.length), before.accounts);
  assert.equal(restarted.accounts.at(-1)!.server.hostname, 'imap.mxonly.test');
});
