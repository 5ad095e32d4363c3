import type { DiscoveryView } from '../../../shared/ipc/channels';
import type { DoneCandidate } from '../../../shared/model/discovery';
import { outcomeTier } from '../../../shared/model/outcome';
import { isIncoming } from '../../../shared/model/server';
import { useMessages } from '../i18n';
import { ServerEditor, type Direction, type ServerDraft } from './ServerEditor';

/**
 * Where each editor starts: the server in use for that direction, else the candidate that came closest (the
 * engine's own tiers), else the usual names under the domain on the encrypted ports.
 */
export function draftFor(view: DiscoveryView, direction: Direction): ServerDraft {
  const { result } = view;
  const chosen = result[direction];
  if (chosen) return { protocol: chosen.protocol, host: chosen.host, port: chosen.port, security: chosen.security, username: '' };
  const incoming = direction === 'incoming';
  const closest = [...result.candidates]
    .filter((c) => isIncoming(c.protocol) === incoming && outcomeTier(c) < 2)
    .sort((a: DoneCandidate, b: DoneCandidate) => outcomeTier(a) - outcomeTier(b))[0];
  if (closest) return { protocol: closest.protocol, host: closest.host, port: closest.port, security: closest.security, username: '' };
  const domain = result.email.slice(result.email.lastIndexOf('@') + 1);
  return incoming
    ? { protocol: 'imap', host: `imap.${domain}`, port: 993, security: 'tls', username: '' }
    : { protocol: 'smtp', host: `smtp.${domain}`, port: 465, security: 'tls', username: '' };
}

interface Props {
  view: DiscoveryView;
  busy: boolean;
  onUse: (direction: Direction, candidateId: number, anyway: boolean) => Promise<void>;
  /** Where the editors start, when the person picked a row of the Advanced table. */
  drafts?: Partial<Record<Direction, ServerDraft>>;
  /** Changes whenever drafts are handed in anew, so the editors start over from them. */
  generation: number;
}

/** The manual path: both servers entered, tested and chosen by the person; Next works once both are chosen. */
export function ManualSetup({ view, busy, onUse, drafts, generation }: Props) {
  const { t } = useMessages();
  return (
    <div className="manual">
      <p>{t('result.manual.intro')}</p>
      <div className="editors">
        {(['incoming', 'outgoing'] as const).map((direction) => (
          <ServerEditor
            key={`${direction}-${generation}`}
            direction={direction}
            draft={drafts?.[direction] ?? draftFor(view, direction)}
            inUse={view.chosenByYou[direction] ? view.result[direction]?.candidateId : undefined}
            busy={busy}
            onUse={(id, anyway) => onUse(direction, id, anyway)}
          />
        ))}
      </div>
    </div>
  );
}
