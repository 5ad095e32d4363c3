import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildExport } from '../../main/export/export-formats';
import { thunderbirdAccountPrefs } from '../../main/export/thunderbird-account-prefs';
import { userPrefLine } from '../../main/export/thunderbird-pref-syntax';
import { ADDR, USERS } from '../world/world-plan';
import { world } from '../helpers/world-client';
import { Thunderbird } from './thunderbird-instance';
import {
  ACCOUNTS,
  ADD_ACCOUNT_LIKE_THE_WIZARD,
  POLICY_STATUS,
  TRUST_CA,
  VERIFY_LOGINS,
  type LoginOutcome,
  type TbAccounts,
} from './chrome-scripts';
import {
  assertAccountMatches,
  plainCase,
  rememberCasePassword,
  rememberPassword,
  verifiedCases,
  type VerifiedCase,
} from './verified-cases';
import { otherAccountConfig } from './other-account';

const LOGIN_TIMEOUT_MS = 20_000;

let cases: VerifiedCase[];
const open = new Set<Thunderbird>();

before(async () => {
  cases = [...(await verifiedCases()), await plainCase()];
});

after(async () => {
  for (const tb of open) await tb.close();
});

/**
 * A new profile on a computer where the administrator has put the policies in place: Thunderbird started
 * once (the world's CA trusted and the account's password remembered, as after a person's first login),
 * then the policies file, then the start under test.
 */
async function profileWithPolicies(c: VerifiedCase, policies: string): Promise<Thunderbird> {
  const tb = await Thunderbird.launch({ loopbackAddress: c.result.incoming!.security === 'plain' ? ADDR.plain : ADDR.good });
  open.add(tb);
  await tb.run(TRUST_CA, readFileSync(world().caCert, 'utf8'));
  await rememberCasePassword(tb, c);
  await tb.quit();
  await tb.setPolicies(policies);
  await tb.start();
  return tb;
}

async function closeAll(tb: Thunderbird): Promise<void> {
  open.delete(tb);
  await tb.close();
}

/** Adds an account through Thunderbird's own account setup, as the person would, with its password remembered. */
async function addAccountLater(tb: Thunderbird): Promise<string> {
  await rememberPassword(
    tb,
    { protocol: 'imap', host: 'imap.mxonly.test', username: USERS.max.login },
    { host: 'smtp.mxonly.test', username: USERS.max.login },
    USERS.max.password,
  );
  return tb.run<string>(ADD_ACCOUNT_LIKE_THE_WIZARD, otherAccountConfig('mxonly.test'), USERS.max.login, 'Max');
}

for (const [index, name] of ['TLS', 'STARTTLS', 'non-standard ports', 'POP3', 'login name not the address', 'no encryption'].entries()) {
  test(`policies.json pre-configures a new profile, and an account added later survives restarts: ${name}`, async () => {
    const c = cases[index];
    const { file } = await buildExport(c.settings, 'thunderbird-policies');
    assert.equal(file.name, 'policies.json', 'the name Thunderbird reads, so nothing needs renaming');
    const tb = await profileWithPolicies(c, String(file.content));
    try {
      assert.deepEqual(await tb.run(POLICY_STATUS), { active: true, status: 1 }, 'Thunderbird applied the policies');
      const first = await tb.run<TbAccounts>(ACCOUNTS);
      const ours = first.accounts.filter((a) => a.server.type !== 'none');
      assert.equal(ours.length, 1, JSON.stringify(first.accounts.map((a) => a.server)));
      assertAccountMatches(ours[0], c);
      assert.equal(ours[0].isDefault, true);
      const logins = await tb.run<{ incoming: LoginOutcome; smtp: LoginOutcome }>(VERIFY_LOGINS, ours[0].key, c.password, LOGIN_TIMEOUT_MS);
      assert.deepEqual(
        logins,
        { incoming: { status: 0, error: null }, smtp: { status: 0, error: null } },
        `${c.name}: Thunderbird's logins`,
      );

      // The person adds an account of their own; it must still be there after restarts, next to ours. Once
      // for IMAP and once for POP3 is enough: the other cases differ only in the fields checked above.
      if (!['TLS', 'POP3'].includes(name)) return;
      const added = await addAccountLater(tb);
      await tb.restart();
      await tb.restart();
      const later = await tb.run<TbAccounts>(ACCOUNTS);
      assert.ok(
        later.accounts.some((a) => a.key === added && a.server.hostname === 'imap.mxonly.test'),
        `the added account survived: ${JSON.stringify(later.accounts.map((a) => [a.key, a.server.hostname]))}`,
      );
      assertAccountMatches(
        later.accounts.find((a) => a.key === ours[0].key),
        c,
      );
      assert.equal(later.accounts.filter((a) => a.server.type === 'none').length, 1, 'one Local Folders');
      assert.equal(later.accounts.length, first.accounts.length + 1);
    } finally {
      await closeAll(tb);
    }
  });
}

test('a profile that already has an account is left as it was: the policy adds nothing there', async () => {
  const c = cases[0];
  const tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
  open.add(tb);
  try {
    await tb.run(TRUST_CA, readFileSync(world().caCert, 'utf8'));
    await addAccountLater(tb);
    await tb.restart();
    const before = await tb.run<TbAccounts>(ACCOUNTS);
    await tb.quit();
    await tb.setPolicies(String((await buildExport(c.settings, 'thunderbird-policies')).file.content));
    await tb.start();
    assert.deepEqual((await tb.run(POLICY_STATUS)) as unknown, { active: true, status: 1 });
    assert.deepEqual(await tb.run<TbAccounts>(ACCOUNTS), before);
  } finally {
    await closeAll(tb);
  }
});

test('control: the same prefs as a user.js lose the account added later at the next start (the old thunderbird-prefs defect)', async () => {
  const c = cases[0];
  const tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
  open.add(tb);
  try {
    await tb.run(TRUST_CA, readFileSync(world().caCert, 'utf8'));
    await rememberCasePassword(tb, c);
    await tb.quit();
    const { own, lists } = thunderbirdAccountPrefs(c.settings, { account: 'account1', server: 'server1', identity: 'id1', smtp: 'smtp1' });
    await appendFile(join(tb.profile, 'user.js'), `${[...lists, ...own].map(userPrefLine).join('\n')}\n`);
    await tb.start();
    const first = await tb.run<TbAccounts>(ACCOUNTS);
    assertAccountMatches(
      first.accounts.find((a) => a.key === 'account1'),
      c,
    );
    const added = await addAccountLater(tb);
    assert.ok((await tb.run<TbAccounts>(ACCOUNTS)).accounts.some((a) => a.key === added));
    await tb.restart();
    const later = await tb.run<TbAccounts>(ACCOUNTS);
    assert.ok(
      !later.accounts.some((a) => a.key === added),
      'user.js sets mail.accountmanager.accounts again at every start, so the added account is gone',
    );
  } finally {
    await closeAll(tb);
  }
});
