import assert from 'node:assert/strict';
import { settingsFromResult, type AccountSettings, type ResultLike } from '../../main/export/account-settings';
import type { DoneCandidate, DiscoveryResult } from '../../shared/model/discovery';
import { discoverInWorld } from '../helpers/discover-in-world';
import { USERS } from '../world/world-plan';
import { REMEMBER_PASSWORD, type TbAccount } from './chrome-scripts';
import type { Thunderbird } from './thunderbird-instance';

/** A display name with every character that Thunderbird's pref parser, XML and JavaScript treat specially. */
export const TB_NASTY_NAME = 'Zoë "Z" O\'Brien & <Co>\t张伟 \\ back';

/** One account the engine proved in the test world, and the settings the exports are built from. */
export interface VerifiedCase {
  name: string;
  email: string;
  password: string;
  result: ResultLike;
  settings: AccountSettings;
}

function proven(result: DiscoveryResult, host: string, port: number): DoneCandidate {
  const found = result.candidates.find((c) => c.host === host && c.port === port && c.outcome.code === 'OK');
  assert.ok(found, `the engine did not prove ${host}:${port}`);
  return found;
}

function verifiedCase(name: string, email: string, password: string, result: ResultLike): VerifiedCase {
  assert.ok(result.incoming?.verified && result.outgoing?.verified, `${name}: the engine proved both servers`);
  return { name, email, password, result, settings: settingsFromResult(result, { displayName: TB_NASTY_NAME }) };
}

/**
 * The cases every Thunderbird test covers, each as the engine verified it against the test world's Dovecot
 * and Postfix: implicit TLS, STARTTLS, non-standard ports (from SRV), POP3, and a login name that is neither
 * the address nor its local part. Every host is on the world's one good mail address.
 */
export async function verifiedCases(): Promise<VerifiedCase[]> {
  const alice = (await discoverInWorld(USERS.alice.login, USERS.alice.password, { exhaustive: true })).result;
  const startTls: ResultLike = {
    ...alice,
    incoming: proven(alice, 'imap.guess.test', 143),
    outgoing: proven(alice, 'smtp.guess.test', 587),
  };
  const sam = (await discoverInWorld(USERS.sam.login, USERS.sam.password)).result;
  const pop = (await discoverInWorld(USERS.alice.login, USERS.alice.password, { preferPop3: true })).result;
  const carol = (await discoverInWorld('carol@guess.test', USERS.carol.password, { username: USERS.carol.login })).result;
  const cases = [
    verifiedCase('TLS', USERS.alice.login, USERS.alice.password, alice),
    verifiedCase('STARTTLS', USERS.alice.login, USERS.alice.password, startTls),
    verifiedCase('non-standard ports', USERS.sam.login, USERS.sam.password, sam),
    verifiedCase('POP3', USERS.alice.login, USERS.alice.password, pop),
    verifiedCase('login name not the address', 'carol@guess.test', USERS.carol.password, carol),
  ];
  // The cases must really differ the way their names say.
  assert.deepEqual(
    cases.map((c) => [c.result.incoming!.protocol, c.result.incoming!.security, c.result.outgoing!.security]),
    [
      ['imap', 'tls', 'tls'],
      ['imap', 'starttls', 'starttls'],
      ['imap', 'tls', 'tls'],
      ['pop3', 'tls', 'tls'],
      ['imap', 'tls', 'tls'],
    ],
  );
  assert.notEqual(cases[2].result.incoming!.port, 993);
  assert.equal(cases[4].result.incoming!.username, 'c.smith');
  return cases;
}

/**
 * The engine's security as Thunderbird names it (nsMsgSocketType): written out here, not taken from the
 * exporter, so a wrong number in an export cannot agree with itself.
 */
export const TB_SECURITY_NAME = { tls: 'SSL', starttls: 'alwaysSTARTTLS', plain: 'plain' } as const;

/** Asserts that Thunderbird's account holds exactly what the engine verified, field by field. */
export function assertAccountMatches(account: TbAccount | undefined, c: VerifiedCase): void {
  assert.ok(account, `${c.name}: Thunderbird has no account for ${c.email}`);
  const incoming = c.result.incoming!;
  const outgoing = c.result.outgoing!;
  const where = `${c.name} (${c.email})`;
  assert.deepEqual(
    {
      type: account.server.type,
      hostname: account.server.hostname,
      port: account.server.port,
      socketType: account.server.socketType,
      authMethod: account.server.authMethod,
      username: account.server.username,
    },
    {
      type: incoming.protocol,
      hostname: incoming.host,
      port: incoming.port,
      socketType: TB_SECURITY_NAME[incoming.security],
      authMethod: 'passwordCleartext',
      username: incoming.username,
    },
    `${where}: incoming server`,
  );
  assert.equal(account.identities.length, 1, `${where}: one identity`);
  const [identity] = account.identities;
  assert.equal(identity.fullName, TB_NASTY_NAME, `${where}: display name`);
  assert.equal(identity.email, c.email, `${where}: address`);
  assert.equal(identity.valid, true);
  assert.ok(identity.smtp, `${where}: the identity has its SMTP server`);
  assert.deepEqual(
    {
      hostname: identity.smtp.hostname,
      port: identity.smtp.port,
      socketType: identity.smtp.socketType,
      authMethod: identity.smtp.authMethod,
      username: identity.smtp.username,
    },
    {
      hostname: outgoing.host,
      port: outgoing.port,
      socketType: TB_SECURITY_NAME[outgoing.security],
      authMethod: 'passwordCleartext',
      username: outgoing.username,
    },
    `${where}: SMTP server`,
  );
  // Where Thunderbird's own account setup puts them: below the incoming server's URI.
  assert.deepEqual(
    [identity.fccFolderURI, identity.draftsFolderURI, identity.templatesFolderURI],
    ['Sent', 'Drafts', 'Templates'].map((f) => `${account.server.serverURI}/${f}`),
    `${where}: special folders`,
  );
  assert.equal(account.server.loginAtStartup, true);
  assert.equal(account.server.doBiff, true);
  if (incoming.protocol === 'pop3') assert.equal(account.server.leaveOnServer, true, `${where}: POP3 keeps mail on the server`);
}

/**
 * Stores an account's password where Thunderbird looks for it, as a person does by ticking "Remember"
 * at the first prompt: Thunderbird then logs in at start-up without asking.
 */
export async function rememberPassword(
  tb: Thunderbird,
  incoming: { protocol: string; host: string; username: string },
  outgoing: { host: string; username: string },
  password: string,
): Promise<void> {
  await tb.run(REMEMBER_PASSWORD, `${incoming.protocol === 'imap' ? 'imap' : 'mailbox'}://${incoming.host}`, incoming.username, password);
  await tb.run(REMEMBER_PASSWORD, `smtp://${outgoing.host}`, outgoing.username, password);
}

/** rememberPassword for a case's verified servers. */
export function rememberCasePassword(tb: Thunderbird, c: VerifiedCase): Promise<void> {
  return rememberPassword(tb, c.result.incoming!, c.result.outgoing!, c.password);
}

/** An account on a server without any encryption, proven after the person allowed it for that host. */
export async function plainCase(): Promise<VerifiedCase> {
  const paul = (await discoverInWorld(USERS.paul.login, USERS.paul.password, { allowPlaintext: ['mail.plain.test'] })).result;
  const c = verifiedCase('no encryption', USERS.paul.login, USERS.paul.password, paul);
  assert.deepEqual([paul.incoming!.security, paul.outgoing!.security], ['plain', 'plain']);
  return c;
}
