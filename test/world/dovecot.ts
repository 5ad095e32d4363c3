import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADDR, SRV_PORTS, USERS } from './world-plan';
import type { TestCa } from './test-ca';
import { waitForPort } from './wait-for-port';

function dovecotConfig(dir: string, ca: TestCa): string {
  const cert = (files: { cert: string; key: string }) => `ssl_cert = <${files.cert}\n  ssl_key = <${files.key}`;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap pop3
listen = ${ADDR.good}
ssl = yes
ssl_min_protocol = TLSv1.2
${cert(ca.good).replace('\n  ', '\n')}
auth_mechanisms = plain login
# Real servers delay failed logins; the tests would only wait for nothing.
auth_failure_delay = 0
disable_plaintext_auth = yes
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
mail_uid = mail
mail_gid = mail
login_trusted_networks =
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = ${ADDR.good} ${ADDR.starttls} ${ADDR.plain} ${ADDR.firewalled}
    port = 143
  }
  inet_listener imaps {
    address = ${ADDR.good} ${ADDR.selfSigned} ${ADDR.expired} ${ADDR.wrongHost}
    port = 993
    ssl = yes
  }
  inet_listener imaps_srv {
    address = ${ADDR.good}
    port = ${SRV_PORTS.imaps}
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    address = ${ADDR.good} ${ADDR.starttls} ${ADDR.plain} ${ADDR.firewalled}
    port = 110
  }
  inet_listener pop3s {
    address = ${ADDR.good}
    port = 995
    ssl = yes
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}
local ${ADDR.plain} {
  ssl = no
  disable_plaintext_auth = no
}
local ${ADDR.selfSigned} {
  ${cert(ca.selfSigned)}
}
local ${ADDR.expired} {
  ${cert(ca.expired)}
}
local ${ADDR.wrongHost} {
  ${cert(ca.wrongHost)}
}
`;
}

export interface RunningServer {
  stop(): Promise<void>;
}

/** Starts one Dovecot serving IMAP and POP3 on every mail address of the test world. */
export async function startDovecot(dir: string, ca: TestCa): Promise<RunningServer> {
  await mkdir(join(dir, 'run'), { recursive: true });
  await mkdir(join(dir, 'state'), { recursive: true });
  await mkdir(join(dir, 'mail'), { recursive: true });
  await chmod(join(dir, 'mail'), 0o777);
  const users = Object.values(USERS)
    .map((u) => `${u.login}:{PLAIN}${u.password}::::::`)
    .join('\n');
  await writeFile(join(dir, 'users'), users + '\n');
  const config = join(dir, 'dovecot.conf');
  await writeFile(config, dovecotConfig(dir, ca));
  const child: ChildProcess = spawn('/usr/sbin/dovecot', ['-F', '-c', config], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(ADDR.good, 993, child, `Dovecot did not start; see ${dir}/dovecot.log`);
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
