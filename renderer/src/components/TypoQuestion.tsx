import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n';

interface Props {
  /** The domain as typed (Unicode). */
  typed: string;
  /** The well-known domain it is likely a slip of. */
  suggestion: string;
  localPart: string;
  /** The person pressed Find without answering: the question takes the focus and says that nothing was sent. */
  urgent: boolean;
  onUse: (domain: string) => void;
  onKeep: () => void;
}

/** "Did you mean alice@gmail.com?", with both answers; nothing goes to the typed domain before one is chosen. */
export function TypoQuestion({ typed, suggestion, localPart, urgent, onUse, onKeep }: Props) {
  const { t } = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (urgent) ref.current?.focus();
  }, [urgent]);
  return (
    <div ref={ref} className={`typo ${urgent ? 'urgent' : ''}`} role="group" aria-labelledby="typo-question" tabIndex={-1}>
      <p id="typo-question">
        <strong>{t('account.typo.question', { email: `${localPart}@${suggestion}` })}</strong>
        {urgent && <> {t('account.typo.first')}</>}
      </p>
      <div className="decision">
        <button type="button" className="primary" onClick={() => onUse(suggestion)}>
          {t('account.typo.use', { domain: suggestion })}
        </button>
        <button type="button" className="secondary" onClick={onKeep}>
          {t('account.typo.keep', { domain: typed })}
        </button>
      </div>
    </div>
  );
}
