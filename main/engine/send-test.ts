import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { ChosenServer, DiscoveryResult } from '../../shared/model/discovery';
import type { StepError } from '../../shared/model/outcome';
import type { Language } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';
import type { DnsLookups } from '../dns/mail-resolver';
import { MailResolver } from '../dns/mail-resolver';
import { reason } from '../errors/mail-setup-error';
import { SILENT_LOG, type Log } from '../log/logger';
import type { TlsTrust } from '../net/tls-trust';
import { passwordDecision, type PasswordPolicy } from '../probe/password-policy';
import { connectSmtp, imapClient, smtpConnection, type SessionTarget } from '../probe/login/library-sessions';
import { mapLibraryError } from '../probe/login/map-library-error';
import { credentialProblem, scrubStep } from '../probe/login/login-request';

/** How long the message may take to arrive once the server took it; real servers deliver to oneself in seconds. */
export const SEND_TEST_DELIVERY_WAIT_MS = 60_000;
/** How often the inbox is searched while waiting. */
export const SEND_TEST_POLL_MS = 1_000;

export interface SendTestOptions {
  password: string;
  trust: TlsTrust;
  /** The run's resolver, or DNS servers for a new one (the system's when absent). */
  resolver?: DnsLookups;
  dnsServers?: string[];
  allowAddress?: (address: string) => boolean;
  /** The same permissions as the discovery: cleartext and consent per host. */
  policy?: PasswordPolicy;
  signal?: AbortSignal;
  /** How long to wait for the message to arrive (SEND_TEST_DELIVERY_WAIT_MS unless told). */
  deliveryWaitMs?: number;
  /** The language of the test message's subject and text. */
  language?: Language;
  log?: Log;
  /** Progress: submitted (the server took it), then each search of the inbox. */
  onProgress?: (step: { stage: 'submitting' | 'submitted' | 'searching'; elapsedMs: number }) => void;
}

/**
 * What sending a test message to oneself showed, never with the password in it:
 * - delivered: submitted over the chosen SMTP server and found in the INBOX over the chosen IMAP server, with
 *   the time from submission to arrival; `inJunk` when it arrived in the junk folder instead;
 * - not-delivered: submitted, but not found within the wait;
 * - failed: the submission or the inbox search failed (`stage`), with the failure;
 * - not-possible: the discovery did not verify an IMAP and an SMTP server with the password (`why`).
 */
export type SendTestResult =
  | { status: 'delivered'; messageId: string; deliveryMs: number; totalMs: number; inJunk?: string }
  | { status: 'not-delivered'; messageId: string; waitedMs: number; totalMs: number }
  | { status: 'failed'; stage: 'submit' | 'search'; error: StepError; messageId?: string; totalMs: number }
  | { status: 'not-possible'; why: 'not-verified' | 'not-imap' | 'password-withheld' };

/** The verified IMAP and SMTP servers of a result, or why a test message cannot go through them. */
export function sendTestServers(
  result: DiscoveryResult,
): { incoming: ChosenServer; outgoing: ChosenServer } | Extract<SendTestResult, { status: 'not-possible' }> {
  const { incoming, outgoing } = result;
  if (!incoming?.verified || !outgoing?.verified) return { status: 'not-possible', why: 'not-verified' };
  if (incoming.protocol !== 'imap') return { status: 'not-possible', why: 'not-imap' };
  return { incoming, outgoing };
}

/** A certificate the user trusted for one of the chosen servers, as its probe saw it: pinned for the library session. */
function pinnedFor(result: DiscoveryResult, server: ChosenServer): SessionTarget['pinned'] {
  const tls = result.candidates.find((c) => c.id === server.candidateId)?.probe?.tls;
  return tls?.trustedByUser && tls.certificate && tls.certificatePem
    ? { pem: tls.certificatePem, fingerprint256: tls.certificate.fingerprint256 }
    : undefined;
}

async function targetFor(
  result: DiscoveryResult,
  server: ChosenServer,
  options: SendTestOptions,
  resolver: DnsLookups,
): Promise<SessionTarget> {
  const [address] = await resolver.addresses(server.host, options.signal);
  return {
    host: server.host,
    address,
    port: server.port,
    security: server.security,
    trust: options.trust,
    pinned: pinnedFor(result, server),
    signal: options.signal,
  };
}

function composed(email: string, messageId: string, language: Language | undefined): Promise<Buffer> {
  const t = createTranslator(language);
  const composer = new MailComposer({
    from: email,
    to: email,
    subject: t.t('report:testMessage.subject'),
    text: t.t('report:testMessage.text'),
    messageId,
    date: new Date(),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Mail-Setup-Test': 'yes' },
  });
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

/** Submits the message over the chosen SMTP server (nodemailer: connect, STARTTLS where used, login, send, quit). */
async function submit(target: SessionTarget, username: string, password: string, email: string, message: Buffer): Promise<void> {
  const connection = smtpConnection(target);
  const onAbort = () => connection.close();
  target.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await connectSmtp(connection);
    await new Promise<void>((resolve, reject) =>
      connection.login({ user: username, pass: password }, (error) => (error ? reject(error) : resolve())),
    );
    await new Promise<void>((resolve, reject) =>
      connection.send({ from: email, to: [email] }, message, (error) => (error ? reject(error) : resolve())),
    );
    connection.quit();
  } finally {
    target.signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}

/** The folder a server marks as junk (RFC 6154 \Junk), if it has one. */
async function junkFolder(client: ReturnType<typeof imapClient>): Promise<string | undefined> {
  const folders = await client.list();
  return folders.find((f) => f.specialUse === '\\Junk')?.path;
}

/**
 * Searches the INBOX over the chosen IMAP server for the message, by its Message-ID, until it is there or the
 * wait is over (imapflow: the mailbox is read-only and nothing is changed). At the end of a fruitless wait the
 * junk folder is searched once, so "it went to spam" is told apart from "it never came".
 */
async function find(
  target: SessionTarget,
  username: string,
  password: string,
  messageId: string,
  waitMs: number,
  onSearch: () => void,
): Promise<{ found: boolean; inJunk?: string }> {
  const client = imapClient(target, { user: username, pass: password }, false);
  const onAbort = () => client.close();
  target.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await client.connect();
    await client.mailboxOpen('INBOX', { readOnly: true });
    const until = performance.now() + waitMs;
    for (;;) {
      onSearch();
      const hits = await client.search({ header: { 'message-id': messageId } });
      if (hits && hits.length > 0) return { found: true };
      if (performance.now() >= until) break;
      await sleep(Math.min(SEND_TEST_POLL_MS, Math.max(0, until - performance.now())), undefined, { signal: target.signal });
      await client.noop();
    }
    const junk = await junkFolder(client);
    if (junk) {
      await client.mailboxOpen(junk, { readOnly: true });
      const hits = await client.search({ header: { 'message-id': messageId } });
      if (hits && hits.length > 0) return { found: true, inJunk: junk };
    }
    return { found: false };
  } finally {
    target.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}

/**
 * "Send a test message to myself": proves more than a login — that mail sent through the chosen SMTP server
 * arrives in the mailbox read through the chosen IMAP server — and says how long delivery took. Opt-in: it
 * leaves one message in the person's inbox. Cancellable (the signal) and bounded (each step's time limits,
 * and the delivery wait). The password goes only to the two servers the discovery verified with it.
 */
export async function sendTestMessage(result: DiscoveryResult, options: SendTestOptions): Promise<SendTestResult> {
  const servers = sendTestServers(result);
  if ('status' in servers) return servers;
  const { incoming, outgoing } = servers;
  const policy = options.policy ?? { allowPlaintext: [], consent: [] };
  for (const server of [incoming, outgoing]) {
    // The discovery verified these, so its permissions allowed them; the same check again, for a caller's own result.
    const decision = passwordDecision(server.host, server.security, 'trusted', policy);
    if (!decision.send) return { status: 'not-possible', why: 'password-withheld' };
  }
  const log = options.log ?? SILENT_LOG;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = credentialProblem({ password: options.password });
  if (problem) return { status: 'failed', stage: 'submit', error: problem, totalMs: 0 };
  const resolver = options.resolver ?? new MailResolver({ servers: options.dnsServers, allowAddress: options.allowAddress });
  const messageId = `<mailsetup-test-${randomUUID()}@${result.email.split('@')[1]}>`;
  let stage: 'submit' | 'search' = 'submit';
  try {
    options.onProgress?.({ stage: 'submitting', elapsedMs: elapsed() });
    const message = await composed(result.email, messageId, options.language);
    await submit(await targetFor(result, outgoing, options, resolver), outgoing.username, options.password, result.email, message);
    const submitted = performance.now();
    options.onProgress?.({ stage: 'submitted', elapsedMs: elapsed() });
    stage = 'search';
    const wait = options.deliveryWaitMs ?? SEND_TEST_DELIVERY_WAIT_MS;
    const found = await find(
      await targetFor(result, incoming, options, resolver),
      incoming.username,
      options.password,
      messageId,
      wait,
      () => options.onProgress?.({ stage: 'searching', elapsedMs: elapsed() }),
    );
    if (!found.found)
      return { status: 'not-delivered', messageId, waitedMs: Math.round(performance.now() - submitted), totalMs: elapsed() };
    return {
      status: 'delivered',
      messageId,
      deliveryMs: Math.round(performance.now() - submitted),
      totalMs: elapsed(),
      ...(found.inJunk ? { inJunk: found.inJunk } : {}),
    };
  } catch (error) {
    // The libraries' errors are classified as for a login (a bug in them or in us is EINTERNAL, with the trace logged).
    const failure: StepError = options.signal?.aborted
      ? { code: 'ECANCELLED', reason: reason('cancelled-early') }
      : mapLibraryError(error, stage === 'submit' ? 'nodemailer' : 'imapflow', replyOf(error), log);
    return { status: 'failed', stage, error: scrubStep(failure, options.password), messageId, totalMs: elapsed() };
  }
}

function replyOf(error: unknown): string | undefined {
  const e = (error ?? {}) as { response?: unknown; responseText?: unknown };
  return typeof e.response === 'string' ? e.response : typeof e.responseText === 'string' ? e.responseText : undefined;
}
