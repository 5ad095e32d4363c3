import type { CandidateSpec, ProviderInfo, Trust } from './candidate';
import { DOMAIN_PLACEHOLDER, type IspdbSnapshot, type SnapshotProvider } from './ispdb-snapshot';
import { isValidHostName } from './valid-endpoint';

const fill = (template: string, domain: string) => template.split(DOMAIN_PLACEHOLDER).join(domain);

/** Where a snapshot answer came from, for the Advanced view and the diagnostic report. */
export function snapshotDetail(snapshot: IspdbSnapshot, provider: SnapshotProvider, domain: string): string {
  return `bundled ISPDB snapshot${snapshot.date ? ` of ${snapshot.date}` : ''}: ${fill(provider.name, domain)} (${domain})`;
}

export function snapshotProviderInfo(provider: SnapshotProvider, domain: string): ProviderInfo {
  return { id: provider.id, name: fill(provider.name, domain), passwordNote: provider.passwordNote };
}

/**
 * The servers a snapshot entry names, as suggestions. %EMAILDOMAIN% in a host name becomes the domain the
 * entry was found for (as the live ISPDB's answer would be read); username templates stay templates.
 */
export function snapshotCandidates(provider: SnapshotProvider, domain: string, trust: Trust, sourceDetail: string): CandidateSpec[] {
  const info = snapshotProviderInfo(provider, domain);
  return provider.servers.flatMap(([protocol, hostTemplate, port, security, username]) => {
    const host = fill(hostTemplate, domain).toLowerCase();
    if (!isValidHostName(host)) return [];
    return [{ protocol, host, port, security, username, source: 'ispdb' as const, sourceDetail, trust, provider: info }];
  });
}
