import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discover } from '../../main/engine/discover';
import { CONNECT_TIMEOUT_MS } from '../../main/net/timeouts';
import { startWorld } from '../world/world';
import { startDnsmasq } from '../world/dnsmasq';
import { ADDR, dnsZone, SRV_PORTS, USERS, V6_PORTS, worldAddress, type TestUser } from '../world/world-plan';
import type { RunningServer } from '../world/dovecot';
import type { DiscoveryEvent } from '../../shared/model/discovery';
import { startTcpDelayProxy, startUdpDelayProxy } from './delay-proxy';

// 50 ms each way, a typical home connection to a provider in another country.
const ONE_WAY_MS = Number(process.env.BENCH_ONE_WAY_MS ?? 50);
const RTT_MS = 2 * ONE_WAY_MS;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_ONLY=guess.test,help runs only the named parts (a domain, ipv6broken.test, blackhole.test, wrong, load,
// process, help): to look at one case again without waiting for the rest.
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !ONLY || ONLY.includes(name);
const PROXIED: Record<string, number[]> = {
  // The IPv6-broken domain's IPv4 address serves on its own ports (its IPv6 address, ::1, is a black hole).
  [ADDR.good]: [993, 143, 995, 110, 465, 587, SRV_PORTS.imaps, SRV_PORTS.submissions, V6_PORTS.imaps, V6_PORTS.submissions],
  [ADDR.web]: [443, 80],
};
const SLOW_DNS = { host: worldAddress(0, 55), port: 5300 };
const BENCH_DNS = { host: worldAddress(0, 54), port: 5301 };

interface Case {
  domain: string;
  user: TestUser;
  /** Round trips an ideal client cannot avoid, and which ones. */
  floorRtt: number;
  path: string;
}

// Incoming and outgoing are probed in parallel, so the floor is the longer chain (always SMTP here:
// its EHLO costs one round trip more than IMAP's capability-in-greeting).
const CASES: Case[] = [
  { domain: 'guess.test', user: USERS.alice, floorRtt: 6, path: 'A, then SMTP/TLS: TCP, TLS 1.3, greeting, EHLO, AUTH' },
  { domain: 'srv.test', user: USERS.sam, floorRtt: 7, path: 'SRV, A, then SMTP/TLS (5)' },
  { domain: 'mxonly.test', user: USERS.max, floorRtt: 7, path: 'MX, A, then SMTP/TLS (5)' },
  { domain: 'autoconf.test', user: USERS.ann, floorRtt: 10, path: 'A, TCP, TLS, GET config; A, then SMTP/TLS (5)' },
  {
    domain: 'autodisc.test',
    user: USERS.adam,
    floorRtt: 12,
    path: 'A, TCP, TLS, POST; A, then SMTP STARTTLS: TCP, greeting, EHLO, STARTTLS, TLS, EHLO, AUTH',
  },
];

// Happy eyeballs tries the IPv6 address first and IPv4 250 ms later: the floor plus that delay is the best possible.
const IPV6_BROKEN: Case = {
  domain: 'ipv6broken.test',
  user: USERS.ipsy,
  floorRtt: 7,
  path: 'SRV, A+AAAA, then SMTP/TLS (5) over IPv4, after 250 ms on IPv6',
};
const HAPPY_EYEBALLS_DELAY_MS = 250;
const BIN = join(__dirname, '..', '..', '..', 'bin', 'mailsetup.js');

// Each proxied host has a twin in block 2 that reaches it through the delay proxy.
const proxied = (address: string) => worldAddress(2, Number(address.split('.')[3]));

async function timeToVerified(
  address: string,
  password: string,
  ca: string,
  ispdb: string,
  sequential: boolean,
): Promise<number | undefined> {
  let bestAt: number | undefined;
  const response = await discover({
    email: address,
    password,
    dnsServers: [`${SLOW_DNS.host}:${SLOW_DNS.port}`],
    extraCa: [ca],
    ispdbBaseUrl: ispdb,
    allowAddress: (a) => a.startsWith('127.'),
    maxConcurrentProbes: sequential ? 1 : undefined,
    onEvent: (event) => {
      if (event.type === 'best') bestAt = event.elapsedMs;
      // BENCH_TRACE=<domain> prints the timeline of that domain's runs, to see where the time goes.
      if (process.env.BENCH_TRACE && address.endsWith(`@${process.env.BENCH_TRACE}`) && !sequential) traceEvent(event);
    },
  });
  if (!response.ok) throw new Error(response.error.code);
  return bestAt;
}

async function timeToAnswer(address: string, ca: string, ispdb: string): Promise<number> {
  const response = await discover({
    email: address,
    password: 'x',
    dnsServers: [`${SLOW_DNS.host}:${SLOW_DNS.port}`],
    extraCa: [ca],
    ispdbBaseUrl: ispdb,
    allowAddress: (a) => a.startsWith('127.'),
  });
  if (!response.ok) throw new Error(response.error.code);
  return response.result.elapsedMs;
}

/** The whole process as a person runs it: spawn of `mailsetup discover … --json` to its exit. */
function runProcess(args: string[], input = ''): Promise<{ ms: number; code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the command-line runs (Node refuses it in NODE_OPTIONS).
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Math.round(performance.now() - started), code: code ?? -1, stdout }));
    child.stdin.end(input);
  });
}

async function wholeProcess(user: TestUser, caFile: string, ispdb: string): Promise<{ ms: number; engineMs: number }> {
  const run = await runProcess(
    ['discover', user.login, '--password-stdin', '--json', '--dns', `${SLOW_DNS.host}:${SLOW_DNS.port}`, '--ca', caFile, '--ispdb', ispdb],
    user.password,
  );
  if (run.code !== 0) throw new Error(`mailsetup discover ${user.login} exited ${run.code}`);
  return { ms: run.ms, engineMs: (JSON.parse(run.stdout) as { elapsedMs: number }).elapsedMs };
}

async function wrongPassword(address: string, ca: string, ispdb: string): Promise<{ ms: number; refused: number }> {
  const response = await discover({
    email: address,
    password: 'not the password',
    dnsServers: [`${SLOW_DNS.host}:${SLOW_DNS.port}`],
    extraCa: [ca],
    ispdbBaseUrl: ispdb,
    allowAddress: (a) => a.startsWith('127.'),
  });
  if (!response.ok) throw new Error(response.error.code);
  return { ms: response.result.elapsedMs, refused: response.result.refusedLogins ?? 0 };
}

let traceStart = 0;
function traceEvent(event: DiscoveryEvent): void {
  if (event.type === 'source-started' && event.source === 'provider') traceStart = performance.now();
  const at = Math.round(performance.now() - traceStart)
    .toString()
    .padStart(6);
  const what =
    event.type === 'dns'
      ? `dns ${event.query.type} ${event.query.name} ${event.query.ms}ms`
      : event.type === 'http'
        ? `http ${event.record.url} ${event.record.status ?? event.record.error} ${event.record.ms}ms`
        : event.type === 'probe-finished'
          ? `probe ${event.candidate.host}:${event.candidate.port} ${event.candidate.outcome.code} probe=${event.candidate.probe?.totalMs}ms logins=${event.candidate.logins.map((l) => l.ms).join('/')}ms`
          : event.type === 'probe-started'
            ? `probe-started ${event.candidate.protocol} ${event.candidate.host}:${event.candidate.port} ${event.candidate.security}`
            : 'source' in event
              ? `${event.type} ${event.source}`
              : event.type;
  console.log(`${at} ${what}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const world = await startWorld();
  const extra: RunningServer[] = [];
  try {
    // A second DNS zone that sends every proxied host through its delay proxy.
    const zone = dnsZone().map((line) => line.replace(/127\.\d+\.\d+\.\d+/g, (m) => (PROXIED[m] ? proxied(m) : m)));
    extra.push(await startDnsmasq(join(world.dir, 'bench-dns'), BENCH_DNS, zone));
    extra.push(await startUdpDelayProxy(SLOW_DNS, BENCH_DNS, ONE_WAY_MS));
    for (const [address, ports] of Object.entries(PROXIED)) {
      for (const port of ports) extra.push(await startTcpDelayProxy(proxied(address), port, address, ONE_WAY_MS));
    }
    const ca = readFileSync(world.caCert, 'utf8');
    console.log(
      `Mail Setup benchmark: ${ONE_WAY_MS} ms each way (RTT ${RTT_MS} ms), median of ${RUNS} runs, time to verified incoming + outgoing.\n`,
    );
    console.log(
      `${'domain'.padEnd(16)}${'floor'.padStart(14)}${'parallel'.padStart(18)}${'one at a time'.padStart(22)}   unavoidable round trips`,
    );
    // One search before measuring, not counted: the first connections to a freshly started test world wake its
    // servers' processes, and this process compiles the engine. A person's cold start is what the whole-process
    // rows below measure, in a new process each time.
    await timeToVerified(USERS.alice.login, USERS.alice.password, ca, world.ispdbBaseUrl, false);
    let worst = 0;
    const engineMedian = new Map<string, number>();
    for (const c of CASES.filter((c) => wanted(c.domain))) {
      const parallel: number[] = [];
      const sequential: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const p = await timeToVerified(c.user.login, c.user.password, ca, world.ispdbBaseUrl, false);
        const s = await timeToVerified(c.user.login, c.user.password, ca, world.ispdbBaseUrl, true);
        if (p === undefined || s === undefined) throw new Error(`${c.domain}: no verified settings`);
        parallel.push(p);
        sequential.push(s);
      }
      const floor = c.floorRtt * RTT_MS;
      engineMedian.set(c.domain, median(parallel));
      const ratio = median(parallel) / floor;
      worst = Math.max(worst, ratio);
      console.log(
        `${c.domain.padEnd(16)}${`${c.floorRtt} RTT = ${floor} ms`.padStart(14)}${`${median(parallel)} ms (${ratio.toFixed(2)}×)`.padStart(18)}` +
          `${`${median(sequential)} ms (${(median(sequential) / floor).toFixed(2)}×)`.padStart(22)}   ${c.path}`,
      );
    }
    // IPv6 broken on the way: the target is the floor plus one happy-eyeballs delay.
    if (wanted(IPV6_BROKEN.domain)) {
      const c = IPV6_BROKEN;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await timeToVerified(c.user.login, c.user.password, ca, world.ispdbBaseUrl, false);
        if (t === undefined) throw new Error(`${c.domain}: no verified settings`);
        times.push(t);
      }
      const floor = c.floorRtt * RTT_MS;
      console.log(
        `${c.domain.padEnd(16)}${`${c.floorRtt} RTT = ${floor} ms`.padStart(14)}${`${median(times)} ms (+${median(times) - floor})`.padStart(18)}` +
          `${`target ≤ ${floor + HAPPY_EYEBALLS_DELAY_MS} ms`.padStart(22)}   ${c.path}`,
      );
    }
    const holes: number[] = [];
    if (wanted('blackhole.test')) {
      for (let i = 0; i < RUNS; i++) holes.push(await timeToAnswer('bob@blackhole.test', ca, world.ispdbBaseUrl));
      console.log(
        `${'blackhole.test'.padEnd(16)}${`limit ${CONNECT_TIMEOUT_MS} ms`.padStart(14)}${`${median(holes)} ms (answer)`.padStart(18)}` +
          `${`target ≤ ${Math.round(CONNECT_TIMEOUT_MS * 1.1)} ms`.padStart(22)}   every port drops packets: one connect timeout for the run`,
      );
    }
    if (wanted('wrong')) {
      const wrong: { ms: number; refused: number }[] = [];
      for (let i = 0; i < RUNS; i++) wrong.push(await wrongPassword(USERS.alice.login, ca, world.ispdbBaseUrl));
      const mostRefused = Math.max(...wrong.map((w) => w.refused));
      console.log(
        `${'wrong password'.padEnd(16)}${'guess.test'.padStart(14)}${`${median(wrong.map((w) => w.ms))} ms (answer)`.padStart(18)}` +
          `${`${mostRefused} refused (≤ 3)`.padStart(22)}   most refused logins in any run (6 servers, 2 login names)`,
      );
    }

    // Twenty searches at once (the batch command, or an admin's many users): each against its own floor.
    if (wanted('load')) {
      const load = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const c = CASES[i % CASES.length];
          const t = await timeToVerified(c.user.login, c.user.password, ca, world.ispdbBaseUrl, false);
          if (t === undefined) throw new Error(`${c.domain}: no verified settings under load`);
          return t / (c.floorRtt * RTT_MS);
        }),
      );
      console.log(
        `${'20 in parallel'.padEnd(16)}${'5 domains'.padStart(14)}${`${median(load).toFixed(2)}× median`.padStart(18)}` +
          `${`${Math.max(...load).toFixed(2)}× worst`.padStart(22)}   twenty searches at once, each against its floor`,
      );
    }

    // The whole process, as a person runs it, next to the engine's own time.
    let worstOverhead = 0;
    if (wanted('process')) {
      console.log(`\nWhole process: spawn of \`mailsetup discover … --json\` to exit (median of ${RUNS}), and \`mailsetup --help\`.\n`);
      console.log(
        `${'domain'.padEnd(16)}${'engine'.padStart(14)}${'run in CLI'.padStart(14)}${'process'.padStart(12)}${'over engine'.padStart(14)}`,
      );
      for (const c of CASES.filter((c) => engineMedian.has(c.domain))) {
        const runs: { ms: number; engineMs: number }[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await wholeProcess(c.user, world.caCert, world.ispdbBaseUrl));
        // The engine's time to verified settings (above), the run's own time inside the CLI, and spawn to exit.
        const engine = engineMedian.get(c.domain)!;
        const inCli = median(runs.map((r) => r.engineMs));
        const whole = median(runs.map((r) => r.ms));
        worstOverhead = Math.max(worstOverhead, whole - engine);
        console.log(
          `${c.domain.padEnd(16)}${`${engine} ms`.padStart(14)}${`${inCli} ms`.padStart(14)}${`${whole} ms`.padStart(12)}${`+${whole - engine} ms`.padStart(14)}`,
        );
      }
    }
    const helps: number[] = [];
    if (wanted('help')) {
      for (let i = 0; i < 11; i++) helps.push((await runProcess(['--help'])).ms);
      console.log(`${'--help'.padEnd(44)}${`${median(helps)} ms`.padStart(12)}${'(< 150 ms)'.padStart(14)}`);
    }
    if (!ONLY) {
      console.log(
        `\nWorst ratio to the floor: ${worst.toFixed(2)}× (target ≤ 1.15×). Black hole: ${median(holes)} ms for a ${CONNECT_TIMEOUT_MS} ms connect limit.` +
          ` Whole process: at most ${worstOverhead} ms over the engine (target ≤ 250 ms). --help: ${median(helps)} ms.`,
      );
    }
  } finally {
    for (const server of extra.reverse()) await server.stop().catch(() => undefined);
    await world.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
