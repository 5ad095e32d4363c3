import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADDR, OAUTH_ISSUER, SRV_PORTS, USERS, V6_PORTS } from './world-plan';
import { INTROSPECTION_CLIENT } from './oauth-server';
import type { TestCa } from './test-ca';
import { waitForPort } from './wait-for-port';

function dovecotConfig(dir: string, ca: TestCa): string {
  const cert = (files: { cert: string; key: string }) => `ssl_cert = <${files.cert}\n  ssl_key = <${files.key}`;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap pop3 lmtp
listen = ${ADDR.good}
ssl = yes
ssl_min_protocol = TLSv1.2
${cert(ca.good).replace('\n  ', '\n')}
auth_mechanisms = plain login oauthbearer xoauth2
# Real servers delay failed logins; the tests would only wait for nothing.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
disable_plaintext_auth = yes
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
mail_uid = mail
mail_gid = mail
login_trusted_networks =
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u ${dir}/users
}
# Tokens (XOAUTH2, OAUTHBEARER) are checked by asking the test authorization server (RFC 7662 introspection).
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${dir}/dovecot-oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%u allow_all_users=yes
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
  # The IPv4 side of the host whose IPv6 address is a black hole.
  inet_listener imaps_v6broken {
    address = ${ADDR.good}
    port = ${V6_PORTS.imaps}
    ssl = yes
  }
}
# Postfix delivers the test world's mail here (a message sent to yourself arrives in the INBOX).
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
protocol lmtp {
  # The address as the user name, as the IMAP logins use it.
  auth_username_format = %Lu
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

// Dovecot 2.3's oauth2 passdb: POSTs each token to the introspection endpoint (by address: Dovecot does not use
// the test world's DNS), accepts it when "active" is true and "sub" names the user who logs in, and tells a
// refused client where the authorization server's metadata is (RFC 7628 section 3.2.2, "openid-configuration").
function oauth2Config(ca: TestCa): string {
  return `introspection_mode = post
introspection_url = https://${INTROSPECTION_CLIENT.id}:${INTROSPECTION_CLIENT.secret}@${ADDR.oauth}/token/introspection
username_attribute = sub
active_attribute = active
active_value = true
force_introspection = yes
openid_configuration_url = ${OAUTH_ISSUER}/.well-known/openid-configuration
tls_ca_cert_file = ${ca.caCert}
timeout_msecs = 5000
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
  await writeFile(join(dir, 'dovecot-oauth2.conf.ext'), oauth2Config(ca));
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
