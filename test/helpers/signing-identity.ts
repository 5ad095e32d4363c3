import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../world/run-command';

export interface SigningFiles {
  dir: string;
  rootCa: string;
  intermediate: string;
  signerCert: string;
  signerKey: string;
  ecSignerCert: string;
  ecSignerKey: string;
}

/** A root CA, an intermediate, and RSA and ECDSA profile signers below it, made with openssl. */
export async function createSigningIdentity(): Promise<SigningFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-signing-'));
  const p = (name: string) => join(dir, name);
  const ext = p('ext.cnf');
  await writeFile(
    ext,
    '[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[leaf]\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n',
  );
  await runCommand('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('root.key'),
    '-out',
    p('root.pem'),
    '-days',
    '30',
    '-subj',
    '/CN=Profile Root CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const issue = async (name: string, issuer: string, section: string, keyArgs: string[], subject: string) => {
    await runCommand('openssl', [
      'req',
      '-new',
      ...keyArgs,
      '-nodes',
      '-keyout',
      p(`${name}.key`),
      '-out',
      p(`${name}.csr`),
      '-subj',
      subject,
    ]);
    await runCommand('openssl', [
      'x509',
      '-req',
      '-in',
      p(`${name}.csr`),
      '-CA',
      p(`${issuer}.pem`),
      '-CAkey',
      p(`${issuer}.key`),
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      ext,
      '-extensions',
      section,
      '-out',
      p(`${name}.pem`),
    ]);
  };
  await issue('intermediate', 'root', 'ca', ['-newkey', 'rsa:2048'], '/CN=Profile Intermediate CA');
  await issue('signer', 'intermediate', 'leaf', ['-newkey', 'rsa:2048'], '/CN=Mail Setup Test Signer');
  await issue('ec-signer', 'intermediate', 'leaf', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '/CN=Mail Setup EC Signer');
  return {
    dir,
    rootCa: p('root.pem'),
    intermediate: p('intermediate.pem'),
    signerCert: p('signer.pem'),
    signerKey: p('signer.key'),
    ecSignerCert: p('ec-signer.pem'),
    ecSignerKey: p('ec-signer.key'),
  };
}

export const read = (path: string) => readFile(path, 'utf8');
