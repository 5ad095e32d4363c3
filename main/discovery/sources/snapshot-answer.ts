import type { Trust } from '../../../shared/model/trust';
import type { SnapshotProvider } from '../ispdb-snapshot';
import { snapshotCandidates, snapshotDetail, snapshotProviderInfo } from '../snapshot-candidates';
import type { SourceContext } from './source';

/** Hands on what the bundled ISPDB snapshot lists for a domain (reached through `mxHost`, if given): no network traffic at all. */
export function answerFromSnapshot(ctx: SourceContext, provider: SnapshotProvider, domain: string, trust: Trust, mxHost?: string): void {
  ctx.noteProvider(snapshotProviderInfo(provider, domain));
  const detail = snapshotDetail(ctx.ispdbSnapshot, provider, domain, mxHost);
  for (const spec of snapshotCandidates(provider, domain, trust, detail)) ctx.emit(spec);
}
