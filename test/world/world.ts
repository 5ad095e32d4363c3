import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { createTestCa } from './test-ca';
import { startDovecot, type RunningServer } from './dovecot';
import { startPostfix } from './postfix';
import { startDnsmasq } from './dnsmasq';
import { startWebServer } from './web-server';
import { startBlackHole } from './black-hole';
import { startBrokenServers } from './broken-servers';
import { ADDR, DNS_SERVER, GOOD_DOMAINS, IPV6_LOOPBACK, V6_PORTS } from './world-plan';
import { startOAuthServer } from './oauth-server';
import { startScriptedMailServers } from './scripted-mail-servers';
import { providerCertificate } from './provider-certificate';

/** What a test needs to point the engine at the running world. */
export interface WorldInfo {
  dir: string;
  caCert: string;
  dns: string;
  ispdbBaseUrl: string;
}

export const WORLD_ENV = 'MAILSETUP_TEST_WORLD';

export interface World extends WorldInfo {
  stop(): Promise<void>;
}

/** True when something already listens there: then another test world is still running. */
function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts every real server of the test world on 127.0.0.0/8. */
export async function startWorld(): Promise<World> {
  for (const [host, port] of [
    [ADDR.good, 993],
    [ADDR.web, 443],
    [ADDR.oauth, 443],
  ] as const) {
    if (await listening(host, port))
      throw new Error(`${host}:${port} is already in use: another test world (or a system mail server) is running; stop it first`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-world-'));
  // Postfix and Dovecot drop privileges and must be able to reach their files inside.
  await chmod(dir, 0o755);
  const running: RunningServer[] = [];
  const stop = async () => {
    for (const server of running.reverse()) await server.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const ca = await createTestCa(
      join(dir, 'ca'),
      GOOD_DOMAINS.flatMap((d) => [d, `*.${d}`]),
    );
    running.push(await startDnsmasq(join(dir, 'dnsmasq')));
    // Dovecot asks the authorization server about tokens, so it starts first.
    running.push(await startOAuthServer(dir, ca));
    running.push(await startDovecot(join(dir, 'dovecot'), ca));
    running.push(await startPostfix(join(dir, 'postfix'), ca, join(dir, 'dovecot')));
    running.push(await startWebServer(ca));
    running.push(await startBrokenServers(ADDR.broken, ca));
    running.push(await startScriptedMailServers(ADDR.scripted, await providerCertificate(ca)));
    running.push(await startBlackHole(ADDR.blackHole, [993, 143, 995, 110, 465, 587, 443, 80]));
    running.push(await startBlackHole(ADDR.firewalled, [993, 995, 465]));
    running.push(await startBlackHole(IPV6_LOOPBACK, Object.values(V6_PORTS)));
  } catch (error) {
    await stop();
    throw error;
  }
  const info: WorldInfo = {
    dir,
    caCert: join(dir, 'ca', 'ca.pem'),
    dns: `${DNS_SERVER.host}:${DNS_SERVER.port}`,
    ispdbBaseUrl: 'https://ispdb.test/v1.1/',
  };
  await writeFile(join(dir, 'world.json'), JSON.stringify(info));
  return { ...info, stop };
}
