import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isIP } from 'node:net';
import { runCommand } from './run-command';

export interface CertFiles {
  cert: string;
  key: string;
}

export interface TestCa {
  caCert: string;
  good: CertFiles;
  expired: CertFiles;
  wrongHost: CertFiles;
  selfSigned: CertFiles;
  /** Names its host only in the subject's CN, with no subjectAltName: refused by RFC 6125 clients. */
  cnOnly: CertFiles;
}

// openssl ca (not x509 -req) because only it can back-date a certificate, which the expired case needs.
const CA_CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = any_policy
copy_extensions = copy
unique_subject = no
[ any_policy ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ leaf ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
`;

async function newKey(dir: string, name: string): Promise<string> {
  const key = join(dir, `${name}.key`);
  await runCommand('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
  return key;
}

/** Issues a server certificate from the test CA in `dir`; names that are IP addresses become IP SANs; no names, no SAN at all. */
export async function issue(
  dir: string,
  name: string,
  commonName: string,
  sans: string[],
  dates: { start: string; end: string },
): Promise<CertFiles> {
  const key = await newKey(dir, name);
  const csr = join(dir, `${name}.csr`);
  const cert = join(dir, `${name}.pem`);
  const ext = join(dir, `${name}.ext`);
  await writeFile(
    ext,
    `[ leaf ]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n${
      sans.length > 0 ? `subjectAltName = ${sans.map((s) => (isIP(s) ? `IP:${s}` : `DNS:${s}`)).join(',')}\n` : ''
    }`,
  );
  await runCommand('openssl', ['req', '-new', '-key', key, '-subj', `/CN=${commonName}`, '-out', csr]);
  await runCommand(
    'openssl',
    [
      'ca',
      '-batch',
      '-notext',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-in',
      csr,
      '-out',
      cert,
      '-startdate',
      dates.start,
      '-enddate',
      dates.end,
      '-extfile',
      ext,
      '-extensions',
      'leaf',
    ],
    { cwd: dir },
  );
  return { cert, key };
}

/** Creates a throw-away certificate authority and the server certificates the test world needs. */
export async function createTestCa(dir: string, goodNames: string[]): Promise<TestCa> {
  await mkdir(join(dir, 'issued'), { recursive: true });
  await writeFile(join(dir, 'ca.cnf'), CA_CONFIG);
  await writeFile(join(dir, 'index.txt'), '');
  await writeFile(join(dir, 'serial'), '1000\n');
  const caKey = await newKey(dir, 'ca');
  const caCert = join(dir, 'ca.pem');
  await runCommand('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    caKey,
    '-subj',
    '/CN=Mail Setup Test CA',
    '-days',
    '30',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-out',
    caCert,
  ]);
  const now = Date.now();
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  const valid = { start: stamp(now - 86_400_000), end: stamp(now + 20 * 86_400_000) };
  const good = await issue(dir, 'good', goodNames[0], goodNames, valid);
  const expired = await issue(dir, 'expired', 'mail.expired.test', ['mail.expired.test'], {
    start: stamp(now - 400 * 86_400_000),
    end: stamp(now - 35 * 86_400_000),
  });
  const wrongHost = await issue(dir, 'wrong-host', 'other.invalid', ['other.invalid'], valid);
  const cnOnly = await issue(dir, 'cn-only', 'mail.cnonly.test', [], valid);
  const ssKey = await newKey(dir, 'self-signed');
  const ssCert = join(dir, 'self-signed.pem');
  await runCommand('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    ssKey,
    '-subj',
    '/CN=mail.selfsigned.test',
    '-days',
    '30',
    '-addext',
    'subjectAltName=DNS:mail.selfsigned.test',
    '-out',
    ssCert,
  ]);
  return { caCert, good, expired, wrongHost, cnOnly, selfSigned: { cert: ssCert, key: ssKey } };
}
