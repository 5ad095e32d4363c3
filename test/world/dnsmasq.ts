import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resolver } from 'node:dns/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { DNS_SERVER, dnsZone } from './world-plan';
import type { RunningServer } from './dovecot';

/** Starts dnsmasq as the only DNS server of the test world: authoritative for .test, forwarding nothing. */
export async function startDnsmasq(dir: string, listen = DNS_SERVER, zone = dnsZone()): Promise<RunningServer> {
  await mkdir(dir, { recursive: true });
  const conf = join(dir, 'dnsmasq.conf');
  await writeFile(
    conf,
    [
      'no-resolv',
      'no-hosts',
      'no-poll',
      'bind-interfaces',
      'pid-file=',
      `listen-address=${listen.host}`,
      `port=${listen.port}`,
      // Names under .test that are not listed get NXDOMAIN; everything else is refused, never forwarded.
      'local=/test/',
      // RFC 6761: names under .invalid never exist (one of them is only on a test certificate and in host-record).
      'local=/invalid/',
      `log-facility=${join(dir, 'dnsmasq.log')}`,
      'log-queries',
      ...zone,
    ].join('\n') + '\n',
  );
  const child = spawn('/usr/sbin/dnsmasq', ['--keep-in-foreground', `--conf-file=${conf}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`${listen.host}:${listen.port}`]);
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited with ${child.exitCode}; see ${dir}`);
    try {
      await resolver.resolve4('imap.guess.test');
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`dnsmasq does not answer: ${(error as Error).message}`);
      await sleep(50);
    }
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
