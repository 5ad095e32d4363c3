import type { DiscoveryResult } from '../../shared/model/discovery';
import { outcomeMessage } from '../../shared/model/outcome';
import { serverName } from '../../shared/model/server';
import type { Translator } from '../../shared/messages/translator';
import type { ProofsForVerdict } from './verdict';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** What the proofs beyond a login showed, one line each, in the reader's language: the CLI summary and the report say the same. */
export function proofLines(result: DiscoveryResult, proofs: ProofsForVerdict, t: Translator): string[] {
  const lines: string[] = [];
  const { signIn, sendTest } = proofs;
  if (signIn) {
    if (signIn.status === 'no-sign-in') lines.push(t.t('cli:proof.signIn.no-sign-in', { message: signIn.message }));
    else if (signIn.status === 'sign-in-failed')
      lines.push(t.t('cli:proof.signIn.failed', { provider: signIn.plan.providerName, message: signIn.message }));
    else {
      const servers = signIn.proofs.map((p) =>
        t.t('cli:proof.signIn.server', {
          server: serverName(p),
          state: p.ok ? { key: 'cli:proof.signIn.accepted' } : { key: 'cli:proof.signIn.refused', params: { code: p.error?.code ?? '?' } },
        }),
      );
      lines.push(t.t(`cli:proof.signIn.${signIn.status}`, { provider: signIn.plan.providerName, servers }));
    }
  }
  if (sendTest) {
    if (sendTest.status === 'delivered')
      lines.push(
        sendTest.inJunk
          ? t.t('cli:proof.sendTest.deliveredJunk', { seconds: seconds(sendTest.deliveryMs), folder: sendTest.inJunk })
          : t.t('cli:proof.sendTest.delivered', {
              seconds: seconds(sendTest.deliveryMs),
              outgoing: result.outgoing ? serverName(result.outgoing) : '-',
              incoming: result.incoming ? serverName(result.incoming) : '-',
            }),
      );
    else if (sendTest.status === 'not-delivered')
      lines.push(t.t('cli:proof.sendTest.not-delivered', { seconds: seconds(sendTest.waitedMs) }));
    else if (sendTest.status === 'failed')
      lines.push(
        t.t('cli:proof.sendTest.failed', {
          stage: { key: `cli:proof.sendTest.stage.${sendTest.stage}` },
          message: outcomeMessage(sendTest.error),
        }),
      );
    else lines.push(t.t(`cli:proof.sendTest.not-possible.${sendTest.why}`));
  }
  return lines;
}
