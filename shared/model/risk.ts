import type { Message } from './message';
import type { Protocol, Security } from './server';
import type { Trust } from './trust';

/**
 * What stays risky about settings after the person said yes to something: a password sent without encryption,
 * a certificate trusted by hand, a server from an unprotected lookup, settings used without proof, or an expired
 * certificate. These marks follow the settings to the Result and Save steps and into the printable summary, so
 * a consent is never forgotten once everything turned green.
 */
export const RISK_KINDS = ['plaintext', 'trusted-certificate', 'untrusted-source', 'unverified', 'expired-certificate'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export interface Risk {
  kind: RiskKind;
  direction: 'incoming' | 'outgoing';
  host: string;
}

/** The part of a result (in memory or read back from JSON) that risks are read from. */
export interface RiskInput {
  incoming: RiskServer | null;
  outgoing: RiskServer | null;
  candidates?: readonly RiskCandidate[];
}

interface RiskServer {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  verified?: boolean;
  /** The candidate behind it, when the result is an engine result. */
  candidateId?: number;
}

interface RiskCandidate {
  id?: number;
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  trust?: Trust;
  outcome?: { code: string; certProblem?: string };
  probe?: { tls?: { trustedByUser?: boolean } };
}

function candidateOf(server: RiskServer, candidates: readonly RiskCandidate[]): RiskCandidate | undefined {
  if (server.candidateId !== undefined) {
    const byId = candidates.find((c) => c.id === server.candidateId);
    if (byId) return byId;
  }
  return candidates.find(
    (c) => c.protocol === server.protocol && c.host === server.host && c.port === server.port && c.security === server.security,
  );
}

/** The risks of the chosen servers, incoming first; nothing for servers that were proven the normal way. */
export function risksOf(result: RiskInput): Risk[] {
  const risks: Risk[] = [];
  for (const direction of ['incoming', 'outgoing'] as const) {
    const server = result[direction];
    if (!server) continue;
    const candidate = candidateOf(server, result.candidates ?? []);
    const add = (kind: RiskKind) => risks.push({ kind, direction, host: server.host });
    if (server.security === 'plain') add('plaintext');
    if (candidate?.probe?.tls?.trustedByUser) add('trusted-certificate');
    if (candidate?.trust === 'untrusted' && server.verified) add('untrusted-source');
    if (candidate?.outcome?.code === 'ETLS' && candidate.outcome.certProblem === 'expired') add('expired-certificate');
    else if (server.verified === false) add('unverified');
  }
  return risks;
}

/** A risk in words ("finding:risk.<kind>"), naming the server. */
export function riskMessage(risk: Risk): Message {
  return { key: `finding:risk.${risk.kind}`, params: { host: risk.host, direction: { key: `finding:direction.${risk.direction}` } } };
}
