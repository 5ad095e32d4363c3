import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { world } from './world-client';

const BIN = join(__dirname, '..', '..', 'bin', 'mailsetup.js');
const PEAK_RSS = join(__dirname, '..', 'fixtures', 'report-peak-rss.cjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The process's peak resident memory in MiB, when measured (runCli with `measure`). */
  peakRssMiB?: number;
}

/** Runs the built `mailsetup` command as a user would, feeding `input` to its standard input. */
export function runCli(
  args: string[],
  input = '',
  cwd?: string,
  options: { measure?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const node = options.measure ? ['--require', PEAK_RSS, BIN] : [BIN];
    const child = spawn(process.execPath, [...node, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd,
      ...(options.env ? { env: options.env } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const peak = /\nPEAK_RSS_KB=(\d+)\n$/.exec(stderr);
      if (peak) stderr = stderr.slice(0, peak.index);
      resolve({ code: code ?? -1, stdout, stderr, ...(peak ? { peakRssMiB: Number(peak[1]) / 1024 } : {}) });
    });
    child.stdin.end(input);
  });
}

/** The options that point the CLI at the test world. */
export const worldArgs = (): string[] => ['--dns', world().dns, '--ca', world().caCert, '--ispdb', world().ispdbBaseUrl];
