import { trustFor, type Voucher } from '../trust-rule';
import type { SnapshotProvider } from '../ispdb-snapshot';
import { snapshotCandidates, snapshotDetail, snapshotProviderInfo } from '../snapshot-candidates';
import type { SourceContext } from './source';

/**
 * Hands on what the bundled ISPDB snapshot lists for a domain (reached through `mxHost`, if given): no network
 * traffic at all. `voucher`: "curated" for the address's own domain, "elsewhere" for the MX's domain.
 */
export function answerFromSnapshot(
  ctx: SourceContext,
  provider: SnapshotProvider,
  domain: string,
  voucher: Voucher,
  mxHost?: string,
): void {
  ctx.noteProvider(snapshotProviderInfo(provider, domain));
  const detail = snapshotDetail(ctx.ispdbSnapshot, provider, domain, mxHost);
  for (const spec of snapshotCandidates(provider, domain, 'untrusted', detail))
    ctx.emit({ ...spec, trust: trustFor(spec.host, ctx.email.domain, voucher) });
}
