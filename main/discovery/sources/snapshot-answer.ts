import type { Trust } from '../candidate';
import type { SnapshotProvider } from '../ispdb-snapshot';
import { snapshotCandidates, snapshotDetail, snapshotProviderInfo } from '../snapshot-candidates';
import type { SourceContext } from './source';

/** Hands on what the bundled ISPDB snapshot lists for a domain: no network traffic at all. */
export function answerFromSnapshot(ctx: SourceContext, provider: SnapshotProvider, domain: string, trust: Trust, via?: string): void {
  ctx.noteProvider(snapshotProviderInfo(provider, domain));
  const detail = snapshotDetail(ctx.ispdbSnapshot, provider, domain);
  for (const spec of snapshotCandidates(provider, domain, trust, via ? `${detail} (via ${via})` : detail)) ctx.emit(spec);
}
