import type { ChosenServer, DoneCandidate } from '../../../shared/model/discovery';
import { displayHost } from '../../../shared/email/idn';
import { outcomeLabel } from '../../../shared/model/outcome';
import { useMessages } from '../i18n';

interface Props {
  title: string;
  server: ChosenServer | null;
  candidate?: DoneCandidate;
  /** The person chose this server by hand. */
  chosenByYou: boolean;
  /** The servers were proven by signing in with this provider. */
  signedInWith?: string;
}

/** One recommended server in plain words, with the reasons it was chosen. */
export function ServerCard({ title, server, candidate, chosenByYou, signedInWith }: Props) {
  const { t, render } = useMessages();
  if (!server) {
    return (
      <section className="card missing">
        <h2>{title}</h2>
        <p>{t('result.none')}</p>
      </section>
    );
  }
  const reasons = server.reasons.map(render);
  const status = server.verified
    ? signedInWith !== undefined
      ? t('signIn.verified', { provider: signedInWith })
      : t('result.verified')
    : candidate
      ? t('result.notVerifiedWhy', { outcome: render(outcomeLabel(candidate.outcome)) })
      : t('result.notVerified');
  return (
    <section className={`card ${server.verified ? 'verified' : 'unverified'}`}>
      <h2>{t('result.cardTitle', { title, protocol: server.protocol.toUpperCase() })}</h2>
      <p className="server-line">
        {t('result.serverLine', { security: t(`security.${server.security}`), host: displayHost(server.host), port: server.port })}
      </p>
      <p className={server.verified ? 'good' : 'warn'}>{status}</p>
      {chosenByYou && <p className="hint">{t('result.chosenByYou')}</p>}
      <p>{t('result.username', { username: server.username })}</p>
      <details>
        <summary>{t('result.why')}</summary>
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
