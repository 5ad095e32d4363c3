import type { ChosenServer, DoneCandidate } from '../../../shared/model/discovery';
import { outcomeLabel } from '../../../shared/model/outcome';
import { useMessages } from '../i18n';

/** One recommended server in plain words, with the reasons it was chosen. */
export function ServerCard({ title, server, candidate }: { title: string; server: ChosenServer | null; candidate?: DoneCandidate }) {
  const { t, render } = useMessages();
  if (!server) {
    return (
      <section className="card">
        <h2>{title}</h2>
        <p>{t('result.none')}</p>
      </section>
    );
  }
  const reasons = server.reasons.map(render);
  return (
    <section className={`card ${server.verified ? 'verified' : 'unverified'}`}>
      <h2>{t('result.cardTitle', { title, protocol: server.protocol.toUpperCase() })}</h2>
      <p className="server-line">
        {t('result.serverLine', { security: t(`security.${server.security}`), host: server.host, port: server.port })}
      </p>
      <p className={server.verified ? 'good' : 'warn'}>
        {server.verified
          ? t('result.verified')
          : candidate
            ? t('result.notVerifiedWhy', { outcome: render(outcomeLabel(candidate.outcome)) })
            : t('result.notVerified')}
      </p>
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
