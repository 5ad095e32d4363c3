import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { discover } from '../../main/engine/discover';
import type { DiscoverOptions } from '../../main/engine/discovery-types';
import type { DiscoveryEvent, DiscoveryResult } from '../../shared/model/discovery';
import { loopbackOnly, world } from './world-client';
import { assertNoPasswordIn } from './password-leaks';

export interface WorldRun {
  result: DiscoveryResult;
  events: DiscoveryEvent[];
}

/** Runs the real engine against the test world: its DNS, its CA, its ISPDB, and loopback only. */
export async function discoverInWorld(address: string, password?: string, extra: Partial<DiscoverOptions> = {}): Promise<WorldRun> {
  const w = world();
  const events: DiscoveryEvent[] = [];
  const response = await discover({
    email: address,
    password,
    dnsServers: [w.dns],
    extraCa: [readFileSync(w.caCert, 'utf8')],
    ispdbBaseUrl: w.ispdbBaseUrl,
    allowAddress: loopbackOnly,
    onEvent: (event) => events.push(event),
    ...extra,
  });
  assert.ok(response.ok, JSON.stringify(response));
  if (password) assertNoPassword(response.result, password);
  return { result: response.result, events };
}

/** The password appears nowhere in a result, in any form (see passwordLeaks). */
export function assertNoPassword(value: unknown, password: string): void {
  assertNoPasswordIn(value, password, 'the result');
}

export function candidate(result: DiscoveryResult, host: string, port: number) {
  const found = result.candidates.find((c) => c.host === host && c.port === port);
  assert.ok(found, `no candidate ${host}:${port} among ${result.candidates.map((c) => `${c.host}:${c.port}`).join(', ')}`);
  return found;
}
