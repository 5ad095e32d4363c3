import type { Translator } from '../../shared/messages/translator';
import type { Log } from '../log/logger';

/** What every command writes to and in which language; tests pass their own streams. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  t: Translator;
  log: Log;
}
