import type { DoneCandidate } from '../../../shared/model/discovery';
import { displayHost } from '../../../shared/email/idn';
import { outcomeLabel, outcomeTier } from '../../../shared/model/outcome';
import { isIncoming, serverName } from '../../../shared/model/server';
import { useMessages } from '../i18n';
import type { Direction } from './ServerEditor';

interface Props {
  candidates: DoneCandidate[];
  /** Ids of the servers in use, not to be offered again. */
  inUse: (number | undefined)[];
  /** Use a verified server of the table for its direction. */
  onUse: (direction: Direction, candidateId: number) => void;
  /** Start the editor from a row, to change and test it. */
  onEdit: (candidate: DoneCandidate) => void;
  busy: boolean;
}

/** Every candidate with its source, TLS details and outcome; an expert picks one or edits it and tests it again. */
export function AdvancedView({ candidates, inUse, onUse, onEdit, busy }: Props) {
  const { t, render } = useMessages();
  // The engine's own tiers: verified, reached but not proven, not usable.
  const sorted = [...candidates].sort((a, b) => outcomeTier(a) - outcomeTier(b));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('advanced.caption')}>
      <table>
        <caption>{t('advanced.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('advanced.server')}</th>
            <th scope="col">{t('advanced.security')}</th>
            <th scope="col">{t('advanced.source')}</th>
            <th scope="col">{t('advanced.result')}</th>
            <th scope="col">{t('advanced.tls')}</th>
            <th scope="col">{t('advanced.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.id}>
              <th scope="row">{serverName({ ...c, host: displayHost(c.host) })}</th>
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
              <td className="row-actions">
                {c.verified && !inUse.includes(c.id) && (
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    aria-label={t('advanced.useLabel', { server: serverName(c) })}
                    onClick={() => onUse(isIncoming(c.protocol) ? 'incoming' : 'outgoing', c.id)}
                  >
                    {t('advanced.use')}
                  </button>
                )}
                <button
                  type="button"
                  className="link"
                  aria-label={t('advanced.editLabel', { server: serverName(c) })}
                  onClick={() => onEdit(c)}
                >
                  {t('advanced.editRow')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
