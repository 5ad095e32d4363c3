import { IspdbSnapshot, SNAPSHOT_FORMAT, type SnapshotFile, type SnapshotProvider } from '../../main/discovery/ispdb-snapshot';

/**
 * An ISPDB snapshot holding the test world's domains, for DiscoverOptions.ispdbSnapshot: the bundled
 * file keeps real ISPDB data only, so tests that need a ".test" domain in the snapshot bring their own.
 */
export function testSnapshotFile(providers: SnapshotProvider[]): SnapshotFile {
  return {
    format: SNAPSHOT_FORMAT,
    source: {
      repository: 'mailsetup/test-world',
      commit: '0123456789abcdef0123456789abcdef01234567',
      commitDate: '2026-01-02T03:04:05Z',
      retrieved: '2026-01-02',
    },
    providers,
  };
}

export function testSnapshot(providers: SnapshotProvider[]): IspdbSnapshot {
  return IspdbSnapshot.fromData(testSnapshotFile(providers));
}

/** A provider whose IMAP and submission servers are one host, both on implicit TLS. */
export function testProvider(id: string, domains: string[], host: string, extra: Partial<SnapshotProvider> = {}): SnapshotProvider {
  return {
    id,
    name: `Test provider ${id}`,
    domains,
    servers: [
      ['imap', host, 993, 'tls', '%EMAILADDRESS%', ['password-cleartext']],
      ['smtp', host, 465, 'tls', '%EMAILADDRESS%', ['password-cleartext']],
    ],
    ...extra,
  };
}
