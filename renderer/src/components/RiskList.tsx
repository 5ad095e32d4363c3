import type { Risk } from '../../../shared/model/risk';
import { riskMessage } from '../../../shared/model/risk';
import { useMessages } from '../i18n';

/** The risks the person accepted, kept in sight after everything turned green (Result and Save steps). */
export function RiskList({ risks }: { risks: Risk[] }) {
  const { t, render } = useMessages();
  if (risks.length === 0) return null;
  return (
    <section className="risks" aria-labelledby="risks-title">
      <h2 id="risks-title">{t('result.risks')}</h2>
      <ul>
        {risks.map((risk) => (
          <li key={`${risk.kind}-${risk.direction}`} className={`risk ${risk.kind}`}>
            {render(riskMessage(risk))}
          </li>
        ))}
      </ul>
    </section>
  );
}
