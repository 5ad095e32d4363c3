import { useTranslation } from 'react-i18next';

export type Step = 'account' | 'finding' | 'result' | 'export';
const STEPS: Step[] = ['account', 'finding', 'result', 'export'];

export function StepIndicator({ current }: { current: Step }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.steps')}>
      <ol className="steps">
        {STEPS.map((step, index) => (
          <li key={step} aria-current={step === current ? 'step' : undefined} className={step === current ? 'current' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>{' '}
            {t(`app.step.${step}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
