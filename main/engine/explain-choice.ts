import type { ChosenServer, DoneCandidate } from '../../shared/model/discovery';
import type { Message } from '../../shared/model/message';
import { outcomeMessage } from '../../shared/model/outcome';
import { isIncoming } from '../../shared/model/server';

/** Why this server was recommended: catalog messages a novice understands, in any language. */
export function explainChoice(chosen: DoneCandidate, others: readonly DoneCandidate[]): Message[] {
  const why: Message[] = [outcomeMessage(chosen.outcome), { key: `choice:security.${chosen.security}` }];
  if (chosen.protocol !== 'smtp') why.push({ key: `choice:protocol.${chosen.protocol}` });
  why.push({ key: `choice:source.${chosen.source}`, params: { detail: chosen.sourceDetail } });
  const alternatives = others.filter((o) => o.id !== chosen.id && o.verified).slice(0, 3);
  if (alternatives.length > 0) {
    const servers = alternatives.map((o): Message => ({
      key: 'choice:alternative',
      params: { host: o.host, port: o.port, security: o.security.toUpperCase() },
    }));
    why.push({ key: 'choice:alternatives', params: { servers } });
  }
  return why;
}

/** The recommended server for one direction, with the reasons, or null when none reached a server. */
export function chosenServer(candidate: DoneCandidate | undefined, all: readonly DoneCandidate[]): ChosenServer | null {
  if (!candidate) return null;
  const { protocol, host, port, security, username, verified, id, source } = candidate;
  const sameDirection = all.filter((c) => isIncoming(c.protocol) === isIncoming(protocol));
  return { protocol, host, port, security, username, verified, candidateId: id, source, reasons: explainChoice(candidate, sameDirection) };
}
