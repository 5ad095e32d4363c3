import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExport } from '../../main/export/export-formats';
import { settingsFromResult, type ResultLike } from '../../main/export/account-settings';
import type { Server } from '../../shared/model/server';
import { ADDR } from '../world/world-plan';
import { sampleSettings } from '../helpers/sample-settings';
import { Thunderbird } from './thunderbird-instance';
import { CONFIG_FROM_ISP_FOLDER, CONFIG_FROM_XML, type TbConfig, type TbConfigServer } from './chrome-scripts';
import { TB_NASTY_NAME, TB_SECURITY_NAME, verifiedCases, type VerifiedCase } from './verified-cases';

let tb: Thunderbird;
let cases: VerifiedCase[];

before(async () => {
  cases = await verifiedCases();
  tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
});

after(() => tb?.close());

const asThunderbird = (s: Pick<Server, 'protocol' | 'host' | 'port' | 'security' | 'username'>): Omit<TbConfigServer, 'password'> => ({
  type: s.protocol,
  hostname: s.host,
  port: s.port,
  socketType: TB_SECURITY_NAME[s.security],
  auth: 'passwordCleartext',
  username: s.username,
});

const withoutPassword = ({ password: _password, ...rest }: TbConfigServer) => rest;

/** The servers the engine proved for a direction: the recommended one, then verified alternatives. */
function provenServers(result: ResultLike, incoming: boolean) {
  return (result.candidates ?? []).filter((c) => (c.protocol !== 'smtp') === incoming && c.outcome?.code === 'OK');
}

/** What Thunderbird's account setup read must be exactly what the engine verified. */
function assertConfigMatches(config: TbConfig, c: VerifiedCase): void {
  assert.deepEqual(withoutPassword(config.incoming), asThunderbird(c.result.incoming!), `${c.name}: incoming`);
  assert.deepEqual(withoutPassword(config.outgoing), asThunderbird(c.result.outgoing!), `${c.name}: outgoing`);
  const incomingProven = provenServers(c.result, true).map(asThunderbird);
  assert.equal(config.incomingAlternatives.length, c.settings.incoming.length - 1);
  for (const alternative of config.incomingAlternatives)
    assert.ok(
      incomingProven.some((p) => JSON.stringify(p) === JSON.stringify(withoutPassword(alternative))),
      `${c.name}: the alternative ${JSON.stringify(alternative)} is one the engine proved`,
    );
  const outgoingHosts = provenServers(c.result, false).map((s) => `${s.host}:${s.port}/${TB_SECURITY_NAME[s.security]}`);
  for (const alternative of config.outgoingAlternatives)
    assert.ok(
      outgoingHosts.includes(`${alternative.hostname}:${alternative.port}/${alternative.socketType}`),
      `${c.name}: outgoing alternative`,
    );
  assert.equal(config.displayName, c.settings.label);
  assert.deepEqual(config.identity, { realname: TB_NASTY_NAME, emailAddress: c.email });
}

for (const [index, name] of ['TLS', 'STARTTLS', 'non-standard ports', 'POP3', 'login name not the address'].entries()) {
  test(`Thunderbird's account setup reads <domain>.xml from the isp folder, and config-v1.1.xml, as verified: ${name}`, async () => {
    const c = cases[index];
    const domain = c.email.split('@')[1];
    const isp = (await buildExport(c.settings, 'thunderbird-isp')).file;
    assert.equal(isp.name, `${domain}.xml`, 'named for the isp folder: nothing to rename');
    await tb.addIspFile(isp.name, String(isp.content));
    const { raw, filled } = await tb.run<{ raw: TbConfig; filled: TbConfig }>(CONFIG_FROM_ISP_FOLDER, domain, c.email, TB_NASTY_NAME);
    assert.equal(raw.subSource, 'xml-from-disk', 'found by the isp-folder lookup');
    assert.deepEqual(raw.domains, [domain]);
    assertConfigMatches(filled, c);

    const web = (await buildExport(c.settings, 'thunderbird')).file;
    assert.equal(web.name, 'config-v1.1.xml', "named for the web server's /mail/ path");
    assertConfigMatches(await tb.run<TbConfig>(CONFIG_FROM_XML, String(web.content), c.email, TB_NASTY_NAME), c);
  });
}

test("a domain-wide file: Thunderbird fills in each person's own address as the login", async () => {
  const template = settingsFromResult(cases[0].result, { domainWide: true });
  const isp = (await buildExport(template, 'thunderbird-isp')).file;
  await tb.addIspFile(isp.name, String(isp.content));
  for (const address of ['bob@guess.test', 'a.b+c@guess.test']) {
    const { filled } = await tb.run<{ filled: TbConfig }>(CONFIG_FROM_ISP_FOLDER, 'guess.test', address, 'Bob');
    assert.equal(filled.incoming.username, address);
    assert.equal(filled.outgoing.username, address);
    assert.equal(filled.incoming.hostname, cases[0].result.incoming!.host);
  }
});

test('names with &, <, quotes and non-Latin letters survive Thunderbird reading the XML; a password only where asked', async () => {
  const secret = 'pa$$ "w0rd" & <x> 密码';
  const sample = sampleSettings({ password: secret });
  const web = await tb.run<TbConfig>(
    CONFIG_FROM_XML,
    String((await buildExport(sample, 'thunderbird')).file.content),
    'zoe@xn--bcher-kva.example',
    TB_NASTY_NAME,
  );
  assert.equal(web.displayName, 'Bücher & Co <Mail>');
  assert.equal(web.outgoing.username, 'login "x" & <y>');
  assert.equal(web.incoming.password, secret, 'the web file carries the password when the person asked for it');
  assert.equal(web.rememberPassword, true);

  const isp = await buildExport(sample, 'thunderbird-isp');
  assert.equal(isp.file.secret, false);
  assert.ok(!String(isp.file.content).includes('password>'), 'the shared isp folder never gets a password');
  await tb.addIspFile(isp.file.name, String(isp.file.content));
  const { filled } = await tb.run<{ filled: TbConfig }>(
    CONFIG_FROM_ISP_FOLDER,
    'xn--bcher-kva.example',
    'zoe@xn--bcher-kva.example',
    'Zoe',
  );
  assert.equal(filled.incoming.password, null);
  assert.equal(filled.displayName, 'Bücher & Co <Mail>');
});
