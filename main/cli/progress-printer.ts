import type { DiscoveryEvent } from '../engine/discovery-types';
import { serverLabel } from './describe-server';

/** Prints the engine's progress events as short lines, for a person watching a terminal. */
export function progressPrinter(out: NodeJS.WritableStream): (event: DiscoveryEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'source-started':
        out.write(`… asking ${event.source}\n`);
        break;
      case 'source-finished':
        out.write(`  ${event.source}: ${event.found} suggestion${event.found === 1 ? '' : 's'} (${event.ms} ms)\n`);
        break;
      case 'probe-started':
        out.write(`… trying ${serverLabel(event.candidate)}\n`);
        break;
      case 'probe-finished': {
        const c = event.candidate;
        const mark = c.verified ? '✔' : c.outcome.code === 'REACHABLE' ? '•' : '✘';
        out.write(`  ${mark} ${serverLabel(c)}: ${c.outcome.code}${c.ms !== undefined ? ` (${c.ms} ms)` : ''}\n`);
        break;
      }
      case 'best':
        out.write(`  best settings proven after ${event.elapsedMs} ms\n`);
        break;
      default:
        break;
    }
  };
}
