import { useTranslation } from 'react-i18next';
import type { CandidateResult, ChosenServer } from '../../../main/engine/discovery-types';

/** One recommended server in plain words, with the reasons it was chosen. */
export function ServerCard({ title, server, candidate }: { title: string; server: ChosenServer | null; candidate?: CandidateResult }) {
  const { t } = useTranslation();
  if (!server) {
    return (
      <section className="card">
        <h2>{title}</h2>
        <p>{t('result.none')}</p>
      </section>
    );
  }
  const reasons = [
    server.verified ? t('why.verified') : t('why.reachable'),
    t(`why.${server.security}`),
    ...(server.protocol === 'smtp' ? [] : [t(`why.${server.protocol}`)]),
    t(`why.source.${server.source}`),
  ];
  return (
    <section className={`card ${server.verified ? 'verified' : 'unverified'}`}>
      <h2>
        {title}: {server.protocol.toUpperCase()}
      </h2>
      <p className="server-line">
        {t('result.serverLine', { security: t(`security.${server.security}`), host: server.host, port: server.port })}
      </p>
      <p className={server.verified ? 'good' : 'warn'}>
        {server.verified ? t('result.verified') : t('result.notVerified')}
        {!server.verified && candidate ? ` (${t(`outcome.${candidate.outcome.code}`)})` : ''}
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
