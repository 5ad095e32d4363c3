import { useId, useState, type FormEvent } from 'react';
import type { ServerEdit } from '../../../shared/ipc/channels';
import type { DoneCandidate } from '../../../shared/model/discovery';
import { displayHost } from '../../../shared/email/idn';
import { outcomeLabel } from '../../../shared/model/outcome';
import type { Protocol, Security } from '../../../shared/model/server';
import { api } from '../api';
import { useMessages } from '../i18n';
import { PlainTextField } from './PlainTextField';

export type Direction = 'incoming' | 'outgoing';

/** What the editor starts with: the chosen server, the best guess, or the usual names under the domain. */
export interface ServerDraft {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  username: string;
}

// The ports every provider uses for each protocol and encryption (RFC 8314, RFC 6409, RFC 1939, RFC 9051).
const STANDARD_PORTS: Record<Protocol, Record<Security, number>> = {
  imap: { tls: 993, starttls: 143, plain: 143 },
  pop3: { tls: 995, starttls: 110, plain: 110 },
  smtp: { tls: 465, starttls: 587, plain: 587 },
};
const isStandard = (port: number) => Object.values(STANDARD_PORTS).some((ports) => Object.values(ports).includes(port));

/** A typed host in the form DNS needs: "mail.bücher.de" becomes "mail.xn--bcher-kva.de". */
function asciiHost(typed: string): string {
  const trimmed = typed.trim().replace(/\.$/, '');
  try {
    return new URL(`http://${trimmed}`).hostname;
  } catch {
    return trimmed.toLowerCase();
  }
}

interface Props {
  direction: Direction;
  draft: ServerDraft;
  /** Chooses the tested server for this direction; `anyway` when it was not verified. */
  onUse: (candidateId: number, anyway: boolean) => Promise<void>;
  /** The server in use for this direction, to say whether this one is it. */
  inUse?: number;
  busy: boolean;
}

/**
 * One server, entered or corrected by the person: plain words first (keep mail on the server, encrypted from the
 * start), the jargon after them. Tested with the password main kept; "Use these settings" once it works, or with
 * an explicit "use anyway" that stays marked as a risk.
 */
export function ServerEditor({ direction, draft, onUse, inUse, busy }: Props) {
  const { t, render } = useMessages();
  const id = useId();
  const ids = { kind: `${id}-kind`, host: `${id}-host`, port: `${id}-port`, security: `${id}-security`, user: `${id}-user` };
  const [edit, setEdit] = useState<ServerDraft>({ ...draft, host: displayHost(draft.host) });
  const [tested, setTested] = useState<DoneCandidate>();
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<string>();
  const [anyway, setAnyway] = useState(false);
  const change = (next: Partial<ServerDraft>) => {
    const merged = { ...edit, ...next };
    // A standard port follows the protocol and encryption; a port the person typed stays as it is.
    if ((next.protocol || next.security) && isStandard(edit.port)) merged.port = STANDARD_PORTS[merged.protocol][merged.security];
    setEdit(merged);
    setTested(undefined);
    setAnyway(false);
  };
  const test = async (event: FormEvent) => {
    event.preventDefault();
    setTesting(true);
    setError(undefined);
    const request: ServerEdit = { protocol: edit.protocol, host: asciiHost(edit.host), port: edit.port, security: edit.security };
    if (edit.username.trim()) request.username = edit.username.trim();
    const reply = await api().testServer(request);
    setTesting(false);
    if (reply.ok) setTested(reply.value);
    else setError(render(reply.error.reason));
  };
  const incoming = direction === 'incoming';
  const example = incoming ? 'imap.example.com' : 'smtp.example.com';
  const works = tested?.verified;
  const reached = tested && (tested.verified || tested.outcome.code === 'REACHABLE');
  return (
    <form className="editor" onSubmit={test} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(incoming ? 'editor.incoming' : 'editor.outgoing')}</h3>
      {incoming && (
        <fieldset className="choice">
          <legend>{t('editor.kind')}</legend>
          {(['imap', 'pop3'] as const).map((protocol) => (
            <label key={protocol} className="check">
              <input type="radio" name={ids.kind} checked={edit.protocol === protocol} onChange={() => change({ protocol })} />{' '}
              <span>
                {t(`editor.${protocol}`)} <span className="jargon">({protocol.toUpperCase()})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <PlainTextField
        id={ids.host}
        label={t('editor.host')}
        hint={t('editor.hostHint', { example })}
        value={edit.host}
        onChange={(host) => change({ host })}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.security}>{t('editor.security')}</label>
          <select id={ids.security} value={edit.security} onChange={(e) => change({ security: e.target.value as Security })}>
            <option value="tls">{t('editor.securityOption.tls')}</option>
            <option value="starttls">{t('editor.securityOption.starttls')}</option>
            <option value="plain">{t('editor.securityOption.plain')}</option>
          </select>
        </div>
        <div className="field port">
          <label htmlFor={ids.port}>{t('editor.port')}</label>
          <input
            id={ids.port}
            type="number"
            inputMode="numeric"
            min={1}
            max={65535}
            value={edit.port}
            onChange={(e) => change({ port: Number(e.target.value) })}
          />
        </div>
      </div>
      <PlainTextField
        id={ids.user}
        label={t('editor.username')}
        hint={t('editor.usernameHint')}
        value={edit.username}
        onChange={(username) => change({ username })}
      />
      <div className="decision">
        <button type="submit" className="secondary" disabled={testing || busy || edit.host.trim() === ''}>
          {testing ? t('editor.testing') : t('editor.test')}
        </button>
      </div>
      <p role="status" aria-live="polite" className={works ? 'good' : tested || error ? 'warn' : 'hint'}>
        {error ??
          (tested
            ? works
              ? t('editor.works', { server: `${displayHost(tested.host)}:${tested.port}` })
              : reached
                ? t('editor.reached', { server: `${displayHost(tested.host)}:${tested.port}` })
                : t('editor.failed', {
                    server: `${displayHost(tested.host)}:${tested.port}`,
                    outcome: render(outcomeLabel(tested.outcome)),
                  })
            : '')}
      </p>
      {tested && !works && (
        <label className="check">
          <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} /> {t('editor.anyway')}
        </label>
      )}
      {tested && (
        <div className="decision">
          <button
            type="button"
            className={works ? 'primary' : 'danger'}
            disabled={busy || (!works && !anyway) || inUse === tested.id}
            onClick={() => void onUse(tested.id, !works)}
          >
            {inUse === tested.id ? t('editor.inUse') : t(incoming ? 'editor.useIncoming' : 'editor.useOutgoing')}
          </button>
        </div>
      )}
    </form>
  );
}
