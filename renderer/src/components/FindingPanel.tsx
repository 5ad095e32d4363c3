import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveryView, RetestRequest } from '../../../preload/contract';
import type { Finding } from '../../../main/report/verdict';
import { api } from '../api';

interface Props {
  finding: Finding;
  view: DiscoveryView;
  busy: boolean;
  onRetest: (decision: RetestRequest) => void;
  onChangePassword: () => void;
}

function CheckedAction({
  check,
  action,
  onConfirm,
  busy,
  danger,
}: {
  check: string;
  action: string;
  onConfirm: () => void;
  busy: boolean;
  danger?: boolean;
}) {
  const [agreed, setAgreed] = useState(false);
  return (
    <div className="decision">
      <label className="check">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} /> {check}
      </label>
      <button type="button" className={danger ? 'danger' : 'primary'} disabled={!agreed || busy} onClick={onConfirm}>
        {action}
      </button>
    </div>
  );
}

/** One finding in the user's language, with the one thing they can do about it. Nothing is trusted silently. */
export function FindingPanel({ finding, view, busy, onRetest, onChangePassword }: Props) {
  const { t } = useTranslation();
  const p = finding.params;
  const params: Record<string, string | number> = { ...p };
  if (finding.key === 'provider-password') params.note = t(`note.${p.note}`);
  if (finding.key === 'cert-other') params.problem = t(`cert.${p.problem}`);
  if (finding.key === 'server-problem') params.outcome = t(`outcome.${p.code}`);
  const host = String(p.host ?? '');
  const certificate = view.result.candidates.find((c) => c.host === host && c.probe?.tls?.certificate)?.probe?.tls?.certificate;
  return (
    <li className={`finding ${finding.key}`}>
      <p>{t(`finding_text.${finding.key}`, params)}</p>
      {(finding.key === 'cert-self-signed' || finding.key === 'cert-wrong-host') && certificate && (
        <>
          <p className="fingerprint">
            <span>SHA-256</span> <code>{certificate.fingerprint256}</code>
          </p>
          <CheckedAction
            check={t('action.trustCertCheck')}
            action={t('action.trustCert')}
            busy={busy}
            onConfirm={() => onRetest({ trustedFingerprints: [certificate.fingerprint256] })}
          />
        </>
      )}
      {finding.key === 'plaintext-only' && (
        <CheckedAction
          check={t('action.allowPlaintextCheck')}
          action={t('action.allowPlaintext', { host })}
          busy={busy}
          danger
          onConfirm={() => onRetest({ allowPlaintextHosts: [host] })}
        />
      )}
      {finding.key === 'untrusted-source' && (
        <button type="button" className="secondary" disabled={busy} onClick={() => onRetest({ consentHosts: [host] })}>
          {t('action.consent', { host })}
        </button>
      )}
      {(finding.key === 'password-wrong' || finding.key === 'provider-password') && (
        <div className="decision">
          <button type="button" className="primary" onClick={onChangePassword}>
            {t('result.retry')}
          </button>
          {p.helpUrl && (
            <button type="button" className="link" onClick={() => void api().openExternal(String(p.helpUrl))}>
              {t('action.help', { provider: p.provider })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
