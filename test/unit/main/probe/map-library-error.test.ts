import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationFailure } from 'imapflow';
import { mapLibraryError } from '../../../../main/probe/login/map-library-error';
import { failWith, reason } from '../../../../main/errors/mail-setup-error';
import { say } from '../../../helpers/english';

const libraryError = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

test("the libraries' errors map onto our outcome codes, keeping the server's words where they explain", () => {
  const cases: [unknown, string, string?][] = [
    [libraryError('Invalid login: 535 5.7.8 Error', { code: 'EAUTH', response: '535 5.7.8 Error' }), 'EAUTH'],
    [Object.assign(new AuthenticationFailure('Authentication failed'), { authenticationFailed: true }), 'EAUTH'],
    [libraryError('Unknown authentication method "XOAUTH"', { code: 'EAUTH' }), 'ENOAUTHMECH'],
    [libraryError('self signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'ETLS', 'self-signed'],
    [libraryError('certificate has expired', { code: 'ESOCKET', originalCode: 'CERT_HAS_EXPIRED' }), 'ETLS', 'expired'],
    [libraryError('wrong version number', { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }), 'ETLS', 'handshake'],
    [libraryError('Server does not support STARTTLS', { code: 'ETLS' }), 'ENOSTARTTLS'],
    [libraryError('Failed to establish connection in required time', { code: 'CONNECT_TIMEOUT' }), 'ETIMEDOUT'],
    [libraryError('Greeting never received', { code: 'ETIMEDOUT' }), 'ETIMEDOUT'],
    [libraryError('connect ECONNREFUSED 127.0.0.1:993', { code: 'ECONNREFUSED' }), 'ECONNREFUSED'],
    [libraryError('getaddrinfo ENOTFOUND', { code: 'EDNS' }), 'EDNS'],
    [libraryError('Connection not available', { code: 'NoConnection' }), 'ECONNECTION'],
    [libraryError('Unexpected close', { code: 'ECONNECTION' }), 'ECONNECTION'],
    [libraryError('Invalid greeting', { code: 'EPROTOCOL' }), 'EPROTOCOL'],
  ];
  for (const [error, code, certProblem] of cases) {
    const step = mapLibraryError(error, 'nodemailer', '535 5.7.8 Error');
    assert.equal(step.code, code, String(error));
    if (certProblem) assert.equal(step.code === 'ETLS' && step.certProblem, certProblem);
    assert.match(say(step.reason), /^nodemailer: /);
  }
  const auth = mapLibraryError(libraryError('Invalid login', { code: 'EAUTH' }), 'nodemailer', '535 5.7.8 Error');
  assert.equal(auth.code === 'EAUTH' && auth.serverReply, '535 5.7.8 Error');
});

test('a JavaScript error without a library code is a bug: EINTERNAL; our own failures pass through unchanged', () => {
  for (const bug of [new TypeError('client.authenticate is not a function'), new RangeError('Invalid array length'), 'a thrown string']) {
    const step = mapLibraryError(bug, 'imapflow', undefined);
    assert.equal(step.code, 'EINTERNAL', String(bug));
  }
  const ours = failWith('ECANCELLED', reason('cancelled-early'));
  assert.equal(mapLibraryError(ours, 'imapflow', undefined), ours.failure);
});
