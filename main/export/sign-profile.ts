import { createHash, createPrivateKey, webcrypto, X509Certificate } from 'node:crypto';
import type { webcrypto as WebCrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { failWith, reason } from '../errors/mail-setup-error';
import { parsePemCertificates, PemError } from '../net/pem';

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as pkijs.ICryptoEngine['crypto'] });

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** Every certificate in a PEM text, in order; a block that is not one is the signer's input error. */
function pemCertificates(pem: string): X509Certificate[] {
  try {
    return parsePemCertificates(pem);
  } catch (error) {
    if (error instanceof PemError) throw failWith('EINPUT', reason('sign-cert-unreadable', { error: error.message }));
    throw error;
  }
}

/** WebCrypto's name for the key, from the key itself: RSA (PKCS #1 v1.5) or ECDSA on P-256/384/521. */
function signingAlgorithm(keyPem: string): { importParams: WebCrypto.RsaHashedImportParams | WebCrypto.EcKeyImportParams; pkcs8: Buffer } {
  let key;
  try {
    key = createPrivateKey(keyPem);
  } catch (error) {
    throw failWith('EINPUT', reason('sign-key-unreadable', { error: (error as Error).message }));
  }
  const pkcs8 = key.export({ format: 'der', type: 'pkcs8' }) as Buffer;
  if (key.asymmetricKeyType === 'rsa') return { importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, pkcs8 };
  if (key.asymmetricKeyType === 'ec') {
    const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[String(key.asymmetricKeyDetails?.namedCurve)];
    if (curve) return { importParams: { name: 'ECDSA', namedCurve: curve }, pkcs8 };
  }
  throw failWith('EINPUT', reason('sign-key-type', { type: String(key.asymmetricKeyType) }));
}

/**
 * The signer's certificate, its key and the chain, each checked: a certificate file without a certificate, a key
 * that is not RSA or ECDSA, or a key that belongs to another certificate is the signer's mistake, found before
 * anything is discovered or written (the command line calls this first; a wrong key is a usage error).
 */
export function readSigningIdentity(certPem: string, keyPem: string, chainPem = '') {
  const [signer, ...bundled] = pemCertificates(certPem);
  if (!signer) throw failWith('EINPUT', reason('sign-no-cert'));
  const { importParams, pkcs8 } = signingAlgorithm(keyPem);
  if (!signer.checkPrivateKey(createPrivateKey(keyPem))) throw failWith('EINPUT', reason('sign-key-mismatch'));
  const chain = [...bundled, ...pemCertificates(chainPem)];
  return { signer, chain, importParams, pkcs8 };
}

/**
 * Signs a profile as CMS SignedData with the content inside (what `openssl smime -sign -nodetach` makes),
 * carrying the signer's certificate and any intermediates so devices can build the chain.
 * Written with pkijs because Node has no CMS; the structure follows RFC 5652 section 5.
 */
export async function signProfile(content: Buffer, certPem: string, keyPem: string, chainPem = ''): Promise<Buffer> {
  const { signer, chain, importParams, pkcs8 } = readSigningIdentity(certPem, keyPem, chainPem);
  const toPkijs = (c: X509Certificate) => pkijs.Certificate.fromBER(toArrayBuffer(c.raw));
  const signerCert = toPkijs(signer);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', pkcs8, importParams, false, ['sign']);
  const digest = createHash('sha256').update(content).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID_DATA,
      eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(content) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCert.issuer, serialNumber: signerCert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
            new pkijs.Attribute({ type: OID_SIGNING_TIME, values: [new asn1js.UTCTime({ valueDate: new Date() })] }),
            new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })] }),
          ],
        }),
      }),
    ],
    certificates: [signerCert, ...chain.map(toPkijs)],
  });
  await signedData.sign(privateKey as unknown as Parameters<pkijs.SignedData['sign']>[0], 0, 'SHA-256', undefined, engine);
  const contentInfo = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}
