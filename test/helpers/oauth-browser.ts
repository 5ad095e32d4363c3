import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { world, worldResolver } from './world-client';

/** A DNS lookup for node's HTTP clients that asks the test world's DNS (names under .test exist nowhere else). */
export function worldLookup(): LookupFunction {
  const resolver = worldResolver();
  return (hostname, options, callback) => {
    resolver.addresses(hostname).then(
      (addresses) => {
        if ((options as { all?: boolean }).all) {
          (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
            { address: addresses[0], family: 4 },
          ]);
        } else callback(null, addresses[0], 4);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** What the person does in the browser. */
export interface BrowserScript {
  email: string;
  password: string;
  consent: 'allow' | 'deny';
  /** The answer that reaches the loopback listener carries another sign-in's state (a forged or stale answer). */
  tamperState?: boolean;
}

export interface BrowserTrip {
  /** Every URL the browser visited, in order. */
  visited: string[];
  /** The text of the last page shown (the loopback listener's "you can close this window"). */
  finalPage: string;
  finalStatus: number;
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A browser for tests, with its own cookie jar: it follows the authorization server's redirects, fills in its
 * login form, presses "Allow" or "Deny" on the consent page, and finally loads the loopback redirect, exactly
 * the requests a person's browser would make. Names resolve through the test world's DNS, TLS trusts its CA.
 */
export class TestBrowser {
  readonly trip: Promise<BrowserTrip>;
  private start!: (url: string) => void;
  private readonly cookies = new Map<string, Map<string, string>>();
  private readonly ca = readFileSync(world().caCert, 'utf8');

  constructor(private readonly script: BrowserScript) {
    this.trip = new Promise<string>((resolve) => (this.start = resolve)).then((url) => this.journey(url));
    // A test that never opens the browser must not leave an unhandled rejection behind.
    this.trip.catch(() => undefined);
  }

  /** The openBrowser callback handed to the sign-in: returns at once, as a real browser launch does. */
  readonly open = (url: string): void => this.start(url);

  private lookup = worldLookup();

  private fetch(url: URL, method: 'GET' | 'POST', form?: Record<string, string>): Promise<Answer> {
    const jar = this.cookies.get(url.host) ?? new Map<string, string>();
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    const body = form ? new URLSearchParams(form).toString() : undefined;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const loopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
    return new Promise((resolve, reject) => {
      const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        { method, headers, agent: false, ...(loopback ? {} : { ca: this.ca, lookup: this.lookup }) },
        (res) => {
          for (const cookie of res.headers['set-cookie'] ?? []) {
            const [pair] = cookie.split(';');
            const [name, ...value] = pair.split('=');
            jar.set(name.trim(), value.join('='));
          }
          this.cookies.set(url.host, jar);
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  private async journey(start: string): Promise<BrowserTrip> {
    const visited: string[] = [];
    let url = new URL(start);
    let method: 'GET' | 'POST' = 'GET';
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 20; step++) {
      if (url.protocol === 'http:' && this.script.tamperState) url.searchParams.set('state', 'forged-state-from-another-sign-in');
      visited.push(url.href);
      const answer = await this.fetch(url, method, form);
      if (url.protocol === 'http:')
        return {
          visited,
          finalPage: answer.body
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
          finalStatus: answer.status,
        };
      if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
        url = new URL(answer.headers.location, url);
        method = 'GET';
        form = undefined;
        continue;
      }
      const action = (name: string) => {
        const match = new RegExp(`action="([^"]*/${name})"`).exec(answer.body);
        if (!match) throw new Error(`no ${name} form on ${url.href}: ${answer.body.slice(0, 300)}`);
        return new URL(match[1], url);
      };
      if (answer.body.includes('name="password"')) {
        url = action('login');
        method = 'POST';
        form = { login: this.script.email, password: this.script.password };
      } else if (answer.body.includes('value="allow"')) {
        url = action(this.script.consent === 'allow' ? 'consent' : 'abort');
        method = 'POST';
        form = { decision: this.script.consent };
      } else {
        throw new Error(`unexpected page at ${url.href} (${answer.status}): ${answer.body.slice(0, 300)}`);
      }
    }
    throw new Error('the browser went round in circles');
  }
}
