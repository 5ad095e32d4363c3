import { useState } from 'react';
import type { DiscoveryView, RetestRequest } from '../../../shared/ipc/channels';
import type { Finding } from '../../../shared/model/verdict';
import { api } from '../api';
import { useMessages } from '../i18n';

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
  const { t, render } = useMessages();
  const { kind, facts } = finding;
  const host = facts.host ?? '';
  const certificate = view.result.candidates.find((c) => c.host === host && c.probe?.tls?.certificate)?.probe?.tls?.certificate;
  return (
    <li className={`finding ${kind}`}>
      <p>{render(finding.message)}</p>
      {(kind === 'cert-self-signed' || kind === 'cert-wrong-host') && certificate && (
        <>
          <p className="fingerprint">
            <span>SHA-256</span> <code>{certificate.fingerprint256}</code>
          </p>
          <CheckedAction
            check={t('finding:action.trustCertCheck')}
            action={t('finding:action.trustCert')}
            busy={busy}
            onConfirm={() => onRetest({ trustedFingerprints: [certificate.fingerprint256] })}
          />
        </>
      )}
      {kind === 'plaintext-only' && (
        <CheckedAction
          check={t('finding:action.allowPlaintextCheck')}
          action={t('finding:action.allowPlaintext', { host })}
          busy={busy}
          danger
          onConfirm={() => onRetest({ allowPlaintextHosts: [host] })}
        />
      )}
      {kind === 'untrusted-source' && (
        <button type="button" className="secondary" disabled={busy} onClick={() => onRetest({ consentHosts: [host] })}>
          {t('finding:action.consent', { host })}
        </button>
      )}
      {(kind === 'password-wrong' || kind === 'provider-password') && (
        <div className="decision">
          <button type="button" className="primary" onClick={onChangePassword}>
            {t('result.retry')}
          </button>
          {facts.helpUrl && (
            <button type="button" className="link" onClick={() => void api().openExternal(facts.helpUrl!)}>
              {t('finding:action.help', { provider: facts.provider })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
