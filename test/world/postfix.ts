import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADDR, SRV_PORTS, USERS, V6_PORTS } from './world-plan';
import type { CertFiles, TestCa } from './test-ca';
import type { RunningServer } from './dovecot';
import { runCommand } from './run-command';
import { waitForPort } from './wait-for-port';

// The daemons Postfix needs to accept a submission, deliver it to Dovecot (LMTP) and refuse to relay it.
const BASE_SERVICES = `
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
lmtp      unix  -       -       n       -       -       lmtp
`;

function submission(address: string, port: number, mode: 'tls' | 'starttls' | 'plain', cert?: CertFiles, extra: string[] = []): string {
  const opts: string[] = [...extra];
  if (mode === 'tls') opts.push('smtpd_tls_wrappermode=yes', 'smtpd_tls_security_level=encrypt');
  if (mode === 'starttls') opts.push('smtpd_tls_security_level=may', 'smtpd_tls_auth_only=yes');
  if (mode === 'plain') opts.push('smtpd_tls_security_level=none', 'smtpd_tls_auth_only=no');
  if (cert) opts.push(`smtpd_tls_chain_files=${cert.key},${cert.cert}`);
  return `${address}:${port} inet n - n - - smtpd ${opts.map((o) => `-o ${o}`).join(' ')}`;
}

/** The test users with an address: mail to them is delivered to their Dovecot mailbox. */
function mailboxes(): string[] {
  return Object.values(USERS)
    .map((u) => u.login.toLowerCase())
    .filter((login) => login.includes('@'));
}

/**
 * Starts a private Postfix instance offering SMTP submission with SASL (checked by Dovecot). Mail to a test user
 * goes to their Dovecot mailbox through LMTP; relaying anywhere else is refused when the recipient is named,
 * even after a login, so nothing can leave the machine.
 */
export async function startPostfix(dir: string, ca: TestCa, dovecotDir: string): Promise<RunningServer> {
  await mkdir(join(dir, 'spool'), { recursive: true });
  await mkdir(join(dir, 'data'), { recursive: true });
  await runCommand('chown', ['postfix:postfix', join(dir, 'data')]);
  await writeFile(
    join(dir, 'main.cf'),
    `
compatibility_level = 3.6
queue_directory = ${dir}/spool
data_directory = ${dir}/data
maillog_file = ${dir}/maillog
maillog_file_prefixes = ${dir}
mail_owner = postfix
myhostname = smtp.test-world.test
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
alias_maps =
alias_database =
default_transport = error:the test world delivers nothing elsewhere
relay_transport = error:the test world delivers nothing elsewhere
virtual_mailbox_domains = ${[...new Set(mailboxes().map((m) => m.split('@')[1]))].join(' ')}
virtual_mailbox_maps = inline:{ ${mailboxes()
      .map((m) => `${m}=ok`)
      .join(', ')} }
virtual_transport = lmtp:unix:${dovecotDir}/run/lmtp
smtpd_banner = $myhostname ESMTP test world
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${dovecotDir}/run/auth-postfix
smtpd_sasl_auth_enable = yes
smtpd_tls_chain_files = ${ca.good.key}, ${ca.good.cert}
smtpd_relay_restrictions = reject_unauth_destination, permit_sasl_authenticated, reject
smtpd_recipient_restrictions = check_recipient_access inline:{ ${USERS.hal.login}=HOLD }, permit_sasl_authenticated, reject
`,
  );
  const services = [
    submission(ADDR.good, 465, 'tls'),
    submission(ADDR.good, SRV_PORTS.submissions, 'tls'),
    submission(ADDR.good, V6_PORTS.submissions, 'tls'),
    submission(ADDR.good, 587, 'starttls'),
    submission(ADDR.starttls, 587, 'starttls'),
    submission(ADDR.firewalled, 587, 'starttls'),
    submission(ADDR.plain, 587, 'plain'),
    submission(ADDR.selfSigned, 465, 'tls', ca.selfSigned),
    submission(ADDR.expired, 465, 'tls', ca.expired),
    submission(ADDR.wrongHost, 465, 'tls', ca.wrongHost),
    // A submission port that offers no login at all.
    submission(ADDR.broken, 465, 'tls', undefined, ['smtpd_sasl_auth_enable=no']),
  ];
  await writeFile(join(dir, 'master.cf'), BASE_SERVICES + services.join('\n') + '\n');
  const child = spawn('/usr/sbin/postfix', ['-c', dir, 'start-fg'], { stdio: ['ignore', 'inherit', 'pipe'] });
  // The start-fg wrapper reports its own SIGTERM at every stop; anything else is worth seeing.
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString().replace(/^Terminated\n/m, '');
    if (text) process.stderr.write(text);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(ADDR.good, 465, child, `Postfix did not start; see ${dir}/maillog`);
  return {
    async stop() {
      // start-fg runs the master under a wrapper; if "postfix stop" fails, end the master by its pid file.
      await runCommand('/usr/sbin/postfix', ['-c', dir, 'stop']).catch(async () => {
        const pid = Number((await readFile(join(dir, 'spool', 'pid', 'master.pid'), 'utf8').catch(() => '')).trim());
        if (pid > 0) process.kill(pid, 'SIGTERM');
        child.kill('SIGTERM');
      });
      await exited;
    },
  };
}
