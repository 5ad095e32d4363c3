import type { DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import { displayHost } from '../../shared/email/idn';
import type { Language } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';

/** The server on a host whose certificate failed, the chosen one first: what the message is about. */
export function certificateCandidate(result: DiscoveryResult, host: string): DoneCandidate | undefined {
  const chosen = [result.incoming?.candidateId, result.outgoing?.candidateId];
  const onHost = result.candidates.filter((c) => c.host === host && c.outcome.code === 'ETLS' && c.probe?.tls?.certificate);
  return onHost.find((c) => chosen.includes(c.id)) ?? onHost[0];
}

/**
 * A message a novice can forward to their provider or administrator: which server, what is wrong with its
 * certificate in plain words, and the certificate's facts (names, issuer, validity, SHA-256 fingerprint) that let
 * the provider confirm or fix it. Built in main from the probe's own record, so the fingerprint is the one seen.
 */
export function providerMessage(candidate: DoneCandidate, email: string, language: Language): string {
  const { t, render } = createTranslator(language);
  const tls = candidate.probe!.tls!;
  const cert = tls.certificate!;
  const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
  const problem = candidate.outcome.code === 'ETLS' ? candidate.outcome.certProblem : 'handshake';
  const host = displayHost(candidate.host);
  const line = (label: string, value: string) => `  ${t('wizard:providerMessage.line', { label, value })}`;
  const lines = [
    t('wizard:providerMessage.subject', { host }),
    '',
    t('wizard:providerMessage.greeting'),
    '',
    t('wizard:providerMessage.problem', {
      email,
      host,
      port: candidate.port,
      problem: render({ key: `outcome:certProblem.${problem}` }),
    }),
    '',
    t('wizard:providerMessage.facts'),
    line(t('wizard:providerMessage.subjectName'), cert.subject),
    line(t('wizard:providerMessage.names'), cert.subjectAltNames.join(', ') || '-'),
    line(t('wizard:providerMessage.issuer'), cert.issuer),
    line(t('wizard:providerMessage.valid'), `${day(cert.validFrom)} – ${day(cert.validTo)}`),
    line(t('wizard:providerMessage.fingerprint'), cert.fingerprint256),
    '',
    t('wizard:providerMessage.ask'),
    '',
    t('wizard:providerMessage.thanks'),
  ];
  return `${lines.join('\n')}\n`;
}
