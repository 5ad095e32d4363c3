import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { discover } from '../../main/engine/discover';
import type { DiscoverOptions } from '../../main/engine/discovery-types';
import type { DiscoveryEvent, DiscoveryResult } from '../../shared/model/discovery';
import { loopbackOnly, world } from './world-client';

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

/** The password, and its base64 forms as SASL would carry it, appear nowhere in a result. */
export function assertNoPassword(value: unknown, password: string): void {
  const text = JSON.stringify(value);
  const forms = [password, Buffer.from(password).toString('base64'), Buffer.from(`\0${password}`).toString('base64').slice(4)];
  for (const form of forms) assert.ok(!text.includes(form), `the password (or a base64 form of it) leaked: ${form}`);
}

export function candidate(result: DiscoveryResult, host: string, port: number) {
  const found = result.candidates.find((c) => c.host === host && c.port === port);
  assert.ok(found, `no candidate ${host}:${port} among ${result.candidates.map((c) => `${c.host}:${c.port}`).join(', ')}`);
  return found;
}
