import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DoneCandidate } from '../../../../shared/model/discovery';
import { ALL_SOURCES } from '../../../../main/discovery/sources/all-sources';
import { knownDomainNote, knownServersAnswered, planSources } from '../../../../main/engine/known-domain-first';
import { say } from '../../../helpers/english';

const names = (sources: readonly { name: string }[]) => sources.map((s) => s.name);
const KNOWN = { origin: 'snapshot', name: 'Example Mail' } as const;

test('a known domain starts only the offline sources; an unknown one starts all', () => {
  const known = planSources(ALL_SOURCES, KNOWN);
  assert.deepEqual(names(known.first), ['provider', 'ispdb']);
  assert.deepEqual(names(known.later), ['srv', 'autoconfig', 'autodiscover', 'microsoft365', 'mx', 'guess']);
  assert.deepEqual(planSources(ALL_SOURCES, undefined), { first: ALL_SOURCES, later: [] });
  // Asked to skip the offline sources, nothing is held back.
  const online = ALL_SOURCES.filter((s) => s.name === 'srv' || s.name === 'mx');
  assert.deepEqual(planSources(online, KNOWN), { first: online, later: [] });
});

test('the known servers count as answered only when both directions have a server that answered', () => {
  const c = (protocol: DoneCandidate['protocol'], code: 'OK' | 'REACHABLE' | 'EAUTH' | 'ETIMEDOUT' | 'EDNS', verified = false) =>
    ({
      protocol,
      security: 'tls',
      trust: 'trusted',
      state: 'done',
      verified,
      outcome: { code },
      source: 'ispdb',
      id: 1,
    }) as DoneCandidate;
  assert.equal(
    knownServersAnswered([c('imap', 'OK', true), c('smtp', 'EAUTH')], false),
    true,
    'a refused password still means the server is right',
  );
  assert.equal(knownServersAnswered([c('imap', 'REACHABLE'), c('smtp', 'REACHABLE')], false), true);
  assert.equal(knownServersAnswered([c('imap', 'OK', true), c('smtp', 'ETIMEDOUT')], false), false);
  assert.equal(knownServersAnswered([c('pop3', 'EDNS'), c('smtp', 'OK', true)], false), false);
  assert.equal(knownServersAnswered([], false), false);
});

test('the note says where the domain is known from and what was (not) asked', () => {
  const later = planSources(ALL_SOURCES, KNOWN).later;
  const answered = knownDomainNote('example.org', KNOWN, 'answered', later);
  assert.equal(answered.source, 'ispdb');
  assert.equal(
    say(answered),
    'example.org is known from the bundled ISPDB snapshot (Example Mail) and its servers answered, so nothing was asked about example.org (not asked: srv, autoconfig, autodiscover, microsoft365, mx, guess)',
  );
  assert.equal(knownDomainNote('qq.com', { origin: 'table', name: 'QQ' }, 'unanswered', later).source, 'provider');
  assert.match(say(knownDomainNote('qq.com', { origin: 'table', name: 'QQ' }, 'stopped', later)), /run stopped before/);
});
