import { useState } from 'react';
import type { DiscoveryView, RetestRequest } from '../../../shared/ipc/channels';
import type { Finding } from '../../../shared/model/verdict';
import { displayHost } from '../../../shared/email/idn';
import { isValidHostName } from '../../../shared/model/valid-endpoint';
import { isLanguage } from '../../../shared/messages/languages';
import { api } from '../api';
import { useMessages } from '../i18n';

/** What a finding's buttons can ask the wizard to do. */
export interface FindingActions {
  busy: boolean;
  onRetest: (decision: RetestRequest) => void;
  /** Back to the Account step with an empty password field that has the focus. */
  onRetypePassword: () => void;
  /** The same search again (after reconnecting). */
  onTryAgain: () => void;
  /** Back to the Account step with the address field focused. */
  onCheckAddress: () => void;
  /** Test the chosen servers again under a name their certificate carries. */
  onUseCertificateName: (host: string, name: string) => void;
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
      <button type="button" className={danger ? 'danger' : 'secondary'} disabled={!agreed || busy} onClick={onConfirm}>
        {action}
      </button>
    </div>
  );
}

/** "Copy a message for your provider": the certificate's facts in words a novice can forward. */
function CopyProviderMessage({ host, primary }: { host: string; primary?: boolean }) {
  const { t, render, language } = useMessages();
  const [said, setSaid] = useState<string>();
  const copy = async () => {
    const reply = await api().copyProviderMessage({ host, language: isLanguage(language) ? language : 'en' });
    setSaid(reply.ok ? t('cert.copied') : render(reply.error.reason));
  };
  return (
    <>
      <button type="button" className={primary ? 'primary' : 'secondary'} onClick={() => void copy()}>
        {t('cert.copyMessage')}
      </button>
      <span role="status" className="hint">
        {said}
      </span>
    </>
  );
}

const CERTIFICATE_KINDS = ['cert-self-signed', 'cert-wrong-host', 'cert-expired', 'cert-not-yet-valid', 'cert-other'];

/** One finding in the user's language, with the one thing they can do about it. Nothing is trusted silently. */
export function FindingPanel({ finding, view, actions }: { finding: Finding; view: DiscoveryView; actions: FindingActions }) {
  const { t, render } = useMessages();
  const { kind, facts } = finding;
  const { busy } = actions;
  const host = facts.host ?? '';
  const certificate = view.result.candidates.find((c) => c.host === host && c.probe?.tls?.certificate)?.probe?.tls?.certificate;
  // Names the certificate was issued for that can be tried instead (no wildcards, no addresses, not the same name).
  const otherNames =
    kind === 'cert-wrong-host'
      ? (certificate?.subjectAltNames ?? []).filter((n) => !n.includes('*') && isValidHostName(n.toLowerCase()) && n.toLowerCase() !== host)
      : [];
  const trust = certificate && (
    <>
      <p className="fingerprint">
        <span>SHA-256</span> <code>{certificate.fingerprint256}</code>
      </p>
      <CheckedAction
        check={t('finding:action.trustCertCheck')}
        action={t('finding:action.trustCert')}
        busy={busy}
        onConfirm={() => actions.onRetest({ trustedFingerprints: [certificate.fingerprint256] })}
      />
    </>
  );
  return (
    <li className={`finding ${kind}`}>
      <p>{render(finding.message)}</p>
      {kind === 'cert-wrong-host' && otherNames.length > 0 && (
        <>
          <p>{t('cert.useNameWhy', { names: otherNames.map(displayHost).join(', ') })}</p>
          <div className="decision">
            {otherNames.map((name) => (
              <button key={name} type="button" className="primary" disabled={busy} onClick={() => actions.onUseCertificateName(host, name)}>
                {t('cert.useName', { name: displayHost(name) })}
              </button>
            ))}
          </div>
          <details>
            <summary>{t('cert.otherOptions')}</summary>
            {trust}
            <div className="decision">
              <CopyProviderMessage host={host} />
            </div>
          </details>
        </>
      )}
      {(kind === 'cert-self-signed' || (kind === 'cert-wrong-host' && otherNames.length === 0) || kind === 'cert-other') && certificate && (
        <>
          {trust}
          <div className="decision">
            <CopyProviderMessage host={host} />
          </div>
        </>
      )}
      {(kind === 'cert-expired' || kind === 'cert-not-yet-valid') && certificate && (
        <>
          <p>{t(kind === 'cert-expired' ? 'cert.expiredAdvice' : 'cert.clockAdvice')}</p>
          <div className="decision">
            <CopyProviderMessage host={host} primary={kind === 'cert-expired'} />
          </div>
        </>
      )}
      {kind === 'plaintext-only' && (
        <CheckedAction
          check={t('finding:action.allowPlaintextCheck')}
          action={t('finding:action.allowPlaintext', { host: displayHost(host) })}
          busy={busy}
          danger
          onConfirm={() => actions.onRetest({ allowPlaintextHosts: [host] })}
        />
      )}
      {kind === 'untrusted-source' && (
        <div className="decision">
          <button type="button" className="secondary" disabled={busy} onClick={() => actions.onRetest({ consentHosts: [host] })}>
            {t('finding:action.consent', { host: displayHost(host) })}
          </button>
        </div>
      )}
      {(kind === 'password-wrong' || (kind === 'provider-password' && view.passwordRefused)) && (
        <div className="decision">
          <button type="button" className="primary" onClick={actions.onRetypePassword}>
            {t('result.retry')}
          </button>
        </div>
      )}
      {kind === 'offline' && (
        <div className="decision">
          <button type="button" className="primary" disabled={busy} onClick={actions.onTryAgain}>
            {t('result.tryAgain')}
          </button>
        </div>
      )}
      {(kind === 'no-such-domain' || kind === 'not-found') && (
        <div className="decision">
          <button type="button" className="primary" onClick={actions.onCheckAddress}>
            {t('result.checkAddress')}
          </button>
        </div>
      )}
      {facts.helpUrl && !CERTIFICATE_KINDS.includes(kind) && (
        <div className="decision">
          <button type="button" className="link" onClick={() => void api().openExternal(facts.helpUrl!)}>
            {facts.provider ? t('finding:action.help', { provider: facts.provider }) : t('result.help')}
          </button>
        </div>
      )}
    </li>
  );
}
