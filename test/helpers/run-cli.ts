import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { world } from './world-client';

const BIN = join(__dirname, '..', '..', 'bin', 'mailsetup.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `mailsetup` command as a user would, feeding `input` to its standard input. */
export function runCli(args: string[], input = '', cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The options that point the CLI at the test world. */
export const worldArgs = (): string[] => ['--dns', world().dns, '--ca', world().caCert, '--ispdb', world().ispdbBaseUrl];
