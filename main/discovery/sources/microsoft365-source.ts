import type { Microsoft365Fact, MicrosoftEvidence } from '../../../shared/model/mailbox-facts';
import { MailSetupError } from '../../errors/mail-setup-error';
import type { FetchResult } from '../../net/http-fetch';
import { providerCandidates, providerForDomain, providerForMx, providerInfo, allProviders } from '../provider-table';
import {
  MICROSOFT_AUTODISCOVER_BASE,
  appsFor,
  autodiscoverV2Url,
  isExchangeOnlineHost,
  poxRequestBody,
  readAutodiscoverV2,
  readPoxChallenge,
} from '../microsoft365';
import type { DiscoverySource, SourceContext } from './source';

interface V2Answer {
  url: string;
  activeSync: string;
}

/** One Autodiscover v2 question; "no answer" (absent host, 404, error JSON) is normal and says nothing. */
async function askV2(ctx: SourceContext, base: string): Promise<V2Answer | undefined> {
  const url = autodiscoverV2Url(base, ctx.email.address, 'ActiveSync');
  let result: FetchResult;
  try {
    result = await ctx.fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    if (!(error instanceof MailSetupError)) ctx.unexpected(error);
    else if (!['EDNS', 'ECONNREFUSED', 'ECANCELLED'].includes(error.code) && error.httpStatus === undefined)
      ctx.inform({ key: 'source:warning.lookup-failed', params: { url, reason: error.failure.reason } });
    return undefined;
  }
  // Only an answer over verified HTTPS (every hop) says where the mailbox is.
  if (!result.secure) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(result.body);
  } catch {
    return undefined;
  }
  const answer = readAutodiscoverV2(json);
  return answer ? { url, activeSync: answer.url } : undefined;
}

/** The Autodiscover (POX) endpoint of Exchange Online, asked anonymously: a 401 naming Microsoft's sign-in confirms it. */
async function askPox(ctx: SourceContext, base: string): Promise<MicrosoftEvidence | undefined> {
  const url = new URL('/autodiscover/autodiscover.xml', base).href;
  try {
    const result = await ctx.fetch(url, {
      method: 'POST',
      body: poxRequestBody(ctx.email.address),
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      acceptStatus: (status) => status === 401,
    });
    const signIn = result.secure ? readPoxChallenge(result.status, result.headers['www-authenticate']) : undefined;
    return signIn ? { lookup: 'autodiscover-pox', detail: new URL(signIn).host, url } : undefined;
  } catch (error) {
    // Absent, refused or not Exchange Online: no evidence either way. Only a bug is worth a note.
    if (!(error instanceof MailSetupError)) ctx.unexpected(error);
    return undefined;
  }
}

/**
 * Recognises a Microsoft 365 (Exchange Online), Outlook.com or Exchange mailbox, even behind a filtering MX:
 * the provider table, the MX, Autodiscover v2 (the domain's own autodiscover host, and Microsoft's service once
 * another lookup points there), and Exchange Online's answer to an Autodiscover (POX) request. The result is a
 * fact with its evidence and what it means for each mail app. The address goes to Microsoft's service only
 * when the domain already points there.
 */
export const microsoft365Source: DiscoverySource = {
  name: 'microsoft365',
  bestTrust: 'trusted',
  async run(ctx) {
    const domain = ctx.email.domain;
    const base = ctx.microsoftAutodiscoverUrl ?? MICROSOFT_AUTODISCOVER_BASE;
    const evidence: MicrosoftEvidence[] = [];
    let audience: Microsoft365Fact['audience'] = 'work';

    const byTable = providerForDomain(domain);
    if (byTable?.id === 'outlook') {
      audience = 'consumer';
      evidence.push({ lookup: 'provider-table', detail: domain });
    }
    const [mx, ownV2] = await Promise.all([
      ctx.resolver.mx(domain, ctx.signal).catch(() => []),
      askV2(ctx, `https://autodiscover.${domain}`),
    ]);
    const primary = mx.find((r) => r.exchange && r.exchange !== '.');
    const mxProvider = primary ? providerForMx(primary.exchange) : undefined;
    if (primary && (mxProvider?.id === 'microsoft365' || mxProvider?.id === 'outlook')) {
      if (mxProvider.id === 'outlook') audience = 'consumer';
      evidence.push({ lookup: 'mx', detail: primary.exchange.replace(/\.$/, '') });
    }

    let v2 = ownV2;
    if (!v2 && evidence.length > 0) v2 = await askV2(ctx, base);
    let mailbox: Microsoft365Fact['mailbox'] = 'unknown';
    if (v2) {
      const host = new URL(v2.activeSync).hostname;
      mailbox = isExchangeOnlineHost(host) ? 'exchange-online' : 'exchange-on-premises';
      evidence.push({ lookup: 'autodiscover-v2', detail: host, url: v2.url });
    }
    if (evidence.length === 0) return;
    if (mailbox !== 'exchange-on-premises') {
      const pox = await askPox(ctx, base);
      if (pox) {
        evidence.push(pox);
        if (mailbox === 'unknown') mailbox = 'exchange-online';
      }
    }
    ctx.noteFact?.({
      kind: 'microsoft365',
      audience,
      mailbox,
      evidence,
      endpoints: v2 ? { activeSync: v2.activeSync } : {},
      apps: appsFor(mailbox),
    });
    // Behind a filtering MX only Autodiscover knew: name the provider and its servers, as the MX source would have.
    if (mailbox === 'exchange-online' && !mxProvider && byTable?.id !== 'outlook') {
      const entry = allProviders().find((p) => p.id === 'microsoft365');
      if (entry) {
        ctx.noteProvider(providerInfo(entry));
        for (const spec of providerCandidates(entry, 'autodiscover', v2?.url ?? base)) ctx.emit(spec);
      }
    }
  },
};
