import type { ProviderInfo } from '../../shared/model/provider';
import type { Trust } from '../../shared/model/trust';
import { isValidHostName } from '../../shared/model/valid-endpoint';
import type { CandidateSpec } from './candidate';
import { DOMAIN_PLACEHOLDER, type IspdbSnapshot, type SnapshotProvider } from './ispdb-snapshot';

const fill = (template: string, domain: string) => template.split(DOMAIN_PLACEHOLDER).join(domain);

/**
 * Where a snapshot answer came from, as data for the Advanced view and the diagnostic report (like an SRV
 * record or a URL, the same in every language): "ISPDB snapshot 2026-03-12: GMX (gmx.net)", and the MX host
 * when the MX led there.
 */
export function snapshotDetail(snapshot: IspdbSnapshot, provider: SnapshotProvider, domain: string, mxHost?: string): string {
  const which = `ISPDB snapshot${snapshot.date ? ` ${snapshot.date}` : ''}: ${fill(provider.name, domain)} (${domain})`;
  return mxHost ? `${which}, MX ${mxHost}` : which;
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
    return [
      { protocol, host, port, security, username, usernameStated: true, source: 'ispdb' as const, sourceDetail, trust, provider: info },
    ];
  });
}
