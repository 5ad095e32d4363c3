import type { ChosenServer, DiscoveryResult } from '../../shared/model/discovery';
import { authProblemAdvice } from '../../shared/model/auth-problem';
import { microsoft365Words, type MailboxFact } from '../../shared/model/mailbox-facts';
import { outcomeMessage } from '../../shared/model/outcome';
import type { SavedResult } from '../../shared/model/saved-result';
import type { Translator } from '../../shared/messages/translator';

/**
 * What `discover --json` prints: the documented fields first, then the details. Codes and catalog messages
 * stay as they are; the rendered texts (`why`, `outcome.message`, `outcome.detail`, warnings' `message`) are
 * added in the chosen language for people and scripts that only want words.
 */
export function toJson(result: DiscoveryResult, t: Translator) {
  const chosen = (s: ChosenServer | null) => s && { ...s, why: s.reasons.map((reason) => t.render(reason)) };
  const json = {
    email: result.email,
    incoming: chosen(result.incoming),
    outgoing: chosen(result.outgoing),
    candidates: result.candidates.map((c) => ({
      protocol: c.protocol,
      host: c.host,
      port: c.port,
      security: c.security,
      username: c.username,
      verified: c.verified,
      source: c.source,
      outcome: {
        ...c.outcome,
        message: t.render(outcomeMessage(c.outcome)),
        ...('reason' in c.outcome && c.outcome.reason ? { detail: t.render(c.outcome.reason) } : {}),
        ...(c.outcome.code === 'EAUTH' && c.outcome.authProblem ? { helpUrl: authProblemAdvice(c.outcome.authProblem).helpUrl } : {}),
      },
      sourceDetail: c.sourceDetail,
      alsoFrom: c.alsoFrom,
      trust: c.trust,
      addresses: c.addresses,
      probe: c.probe,
      logins: c.logins,
      ms: c.ms,
      startedAt: c.startedAt,
    })),
    warnings: result.warnings.map((w) => ({ ...w, message: t.render(w) })),
    providers: result.providers.map((p) => {
      const advice = t.optional(`source:provider.${p.id}`);
      return advice ? { ...p, advice } : p;
    }),
    ...(result.facts ? { facts: result.facts.map((fact) => factJson(fact, t)) } : {}),
    refusedLogins: result.refusedLogins ?? 0,
    ...(result.network ? { network: result.network } : {}),
    elapsedMs: result.elapsedMs,
    cancelled: result.cancelled,
    language: t.language,
  };
  return json;
}

/** A fact about the mailbox with its words in the chosen language (a Microsoft mailbox: what it means in each app). */
function factJson(fact: MailboxFact, t: Translator) {
  if (fact.kind !== 'microsoft365') return fact;
  const words = microsoft365Words(fact);
  return {
    ...fact,
    headline: t.render(words.headline),
    apps: fact.apps.map((a, i) => ({ ...a, advice: t.render(words.apps[i].message) })),
    evidence: fact.evidence.map((e, i) => ({ ...e, message: t.render(words.evidence[i]) })),
  };
}

/** What `export --from` reads back must be what this writes: a change to either that breaks the other does not compile. */
type ReadableBack<T extends SavedResult> = T;
export type DiscoverJson = ReadableBack<ReturnType<typeof toJson>>;
