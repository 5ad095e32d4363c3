import type { DiscoveryEvent } from '../../shared/model/discovery';
import type { Translator } from '../../shared/messages/translator';
import { serverLabel } from './server-label';
import { printable } from '../../shared/text/printable';

/** Prints the engine's progress events as short lines, for a person watching a terminal (printable: host names come from DNS and files). */
export function progressPrinter(stream: NodeJS.WritableStream, t: Translator): (event: DiscoveryEvent) => void {
  const out = { write: (text: string) => stream.write(`${printable(text.replace(/\n$/, ''))}\n`) };
  return (event) => {
    switch (event.type) {
      case 'source-started':
        out.write(`${t.t('cli:progress.asking', { source: event.source })}\n`);
        break;
      case 'source-finished':
        out.write(`${t.t('cli:progress.found', { source: event.source, count: event.found, ms: event.ms })}\n`);
        break;
      case 'probe-started':
        out.write(`${t.t('cli:progress.trying', { server: serverLabel(event.candidate, t) })}\n`);
        break;
      case 'probe-finished': {
        const c = event.candidate;
        const mark = c.verified ? '✔' : c.outcome.code === 'REACHABLE' ? '•' : '✘';
        const line = { mark, server: serverLabel(c, t), code: c.outcome.code };
        out.write(`${c.ms !== undefined ? t.t('cli:progress.finishedIn', { ...line, ms: c.ms }) : t.t('cli:progress.finished', line)}\n`);
        break;
      }
      case 'best':
        out.write(`${t.t('cli:progress.best', { ms: event.elapsedMs })}\n`);
        break;
      default:
        break;
    }
  };
}
