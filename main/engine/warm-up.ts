import { baseDomain } from '../discovery/in-domain';
import { xmlParser } from '../discovery/safe-xml';
import { secureContextFor, type TlsTrust } from '../net/tls-trust';

/**
 * What a run needs once per process and can prepare while its first DNS answers are on their way (a tenth of a
 * second on a home connection, idle time for the process): the TLS context with every trusted authority (the
 * system store read and parsed, about 20 ms), the public-suffix list (about 10 ms) and the XML parser. Done later,
 * each would sit on the path to the answer, in a command-line run every time. One step per turn of the event
 * loop, so an answer that arrives meanwhile waits for one step at most.
 */
export function warmUp(trust: TlsTrust): void {
  const steps = [() => secureContextFor(trust), () => baseDomain('warm-up.example.com'), () => xmlParser()];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      // A broken extra CA fails again, and is reported, where a connection needs it.
    }
    setImmediate(next);
  };
  setImmediate(next);
}
