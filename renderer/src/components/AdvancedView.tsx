import { useId, useState, type FormEvent } from 'react';
import type { ServerEdit } from '../../../shared/ipc/channels';
import type { DoneCandidate } from '../../../shared/model/discovery';
import { outcomeLabel, outcomeTier } from '../../../shared/model/outcome';
import { serverName } from '../../../shared/model/server';
import { api } from '../api';
import { useMessages } from '../i18n';

/** Every candidate with its source, TLS details and outcome; an expert can edit one and test it again. */
export function AdvancedView({ candidates }: { candidates: DoneCandidate[] }) {
  const { t, render } = useMessages();
  const ids = { host: useId(), port: useId(), protocol: useId(), security: useId(), username: useId() };
  const first = candidates[0];
  const [edit, setEdit] = useState<ServerEdit>({
    protocol: first?.protocol ?? 'imap',
    host: first?.host ?? '',
    port: first?.port ?? 993,
    security: first?.security ?? 'tls',
  });
  const [tested, setTested] = useState<DoneCandidate>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The engine's own tiers: verified, reached but not proven, not usable.
  const sorted = [...candidates].sort((a, b) => outcomeTier(a) - outcomeTier(b));
  const test = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const reply = await api().testServer({ ...edit, username: edit.username || undefined });
    setBusy(false);
    if (reply.ok) setTested(reply.value);
    else setError(render(reply.error.reason));
  };
  return (
    <div className="advanced">
      <div className="table-scroll">
        <table>
          <caption>{t('advanced.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('advanced.server')}</th>
              <th scope="col">{t('advanced.security')}</th>
              <th scope="col">{t('advanced.source')}</th>
              <th scope="col">{t('advanced.result')}</th>
              <th scope="col">{t('advanced.tls')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setEdit({ protocol: c.protocol, host: c.host, port: c.port, security: c.security, username: c.username })
                    }
                  >
                    {serverName(c)}
                  </button>
                </th>
                <td>{t(`security.${c.security}`)}</td>
                <td>{t(`source:name.${c.source}`)}</td>
                <td className={c.verified ? 'good' : outcomeTier(c) === 1 ? 'warn' : 'bad'}>{render(outcomeLabel(c.outcome))}</td>
                <td>
                  {c.probe?.tls
                    ? t('advanced.tlsLine', {
                        protocol: c.probe.tls.protocol,
                        cipher: c.probe.tls.cipher,
                        state: c.probe.tls.verified ? t('advanced.tlsVerified') : t('advanced.tlsNot'),
                      })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="edit" onSubmit={test}>
        <fieldset>
          <legend>{t('advanced.edit')}</legend>
          <label htmlFor={ids.protocol}>{t('advanced.protocol')}</label>
          <select
            id={ids.protocol}
            value={edit.protocol}
            onChange={(e) => setEdit({ ...edit, protocol: e.target.value as ServerEdit['protocol'] })}
          >
            <option value="imap">IMAP</option>
            <option value="pop3">POP3</option>
            <option value="smtp">SMTP</option>
          </select>
          <label htmlFor={ids.host}>{t('advanced.host')}</label>
          <input id={ids.host} type="text" value={edit.host} onChange={(e) => setEdit({ ...edit, host: e.target.value })} />
          <label htmlFor={ids.port}>{t('advanced.port')}</label>
          <input
            id={ids.port}
            type="number"
            min={1}
            max={65535}
            value={edit.port}
            onChange={(e) => setEdit({ ...edit, port: Number(e.target.value) })}
          />
          <label htmlFor={ids.security}>{t('advanced.security')}</label>
          <select
            id={ids.security}
            value={edit.security}
            onChange={(e) => setEdit({ ...edit, security: e.target.value as ServerEdit['security'] })}
          >
            <option value="tls">{t('security.tls')}</option>
            <option value="starttls">{t('security.starttls')}</option>
            <option value="plain">{t('security.plain')}</option>
          </select>
          <label htmlFor={ids.username}>{t('advanced.username')}</label>
          <input
            id={ids.username}
            type="text"
            value={edit.username ?? ''}
            onChange={(e) => setEdit({ ...edit, username: e.target.value })}
          />
          <button type="submit" className="secondary" disabled={busy}>
            {t('advanced.test')}
          </button>
        </fieldset>
        <p role="status" aria-live="polite" className={tested?.verified ? 'good' : 'warn'}>
          {error ?? (tested ? t('advanced.testResult', { server: serverName(tested), outcome: render(outcomeLabel(tested.outcome)) }) : '')}
        </p>
      </form>
    </div>
  );
}
