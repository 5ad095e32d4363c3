import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Message } from '../../shared/model/message';
import { reason } from '../errors/mail-setup-error';
import type { OAuthClient } from './oauth-types';

/**
 * Client IDs are configuration. Mail Setup ships none and never borrows another application's: an organisation
 * (or whoever builds Mail Setup) registers its own with each provider and names it here. Sources, first wins:
 * command-line flags, environment variables, a config file, build settings.
 */
const ClientSettingsSchema = z.object({
  clientId: z
    .string()
    .min(1)
    .max(512)
    .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces'),
  /** Installed-app "secrets" are not secret (Google issues them for desktop clients); only sent when configured. */
  clientSecret: z.string().min(1).max(512).optional(),
  /** Microsoft: the organisation's tenant (ID or domain) instead of "organizations"/"consumers". */
  tenant: z.string().min(1).max(253).optional(),
  /** How the loopback redirect names itself; some registrations allow only http://localhost. */
  redirectHost: z.enum(['127.0.0.1', 'localhost']).optional(),
  redirectPath: z
    .string()
    .regex(/^\/[A-Za-z0-9/_-]*$/)
    .optional(),
});

export type ClientSettings = z.infer<typeof ClientSettingsSchema>;

const ConfigFileSchema = z.object({ oauthClients: z.record(z.string(), ClientSettingsSchema) });

export interface ClientIdSources {
  /** From command-line flags, keyed by provider id (the CLI turns its flags into this). */
  flags?: Record<string, ClientSettings>;
  /** Environment variables (process.env when absent). */
  env?: Record<string, string | undefined>;
  /** A JSON file { "oauthClients": { "<provider>": { "clientId": … } } }; the user's default file when absent. */
  configFile?: string;
  /** Settings built into this copy of the app (same shape as "oauthClients"). */
  build?: Record<string, ClientSettings>;
}

export const DEFAULT_REDIRECT = { host: '127.0.0.1' as const, path: '/oauth/callback' };

export type ClientResolution =
  | {
      status: 'configured';
      providerId: string;
      client: OAuthClient;
      tenant?: string;
      redirect: { host: '127.0.0.1' | 'localhost'; path: string };
    }
  /** No client ID anywhere: not an error; the mail app will ask for the sign-in itself. */
  | { status: 'not-configured'; providerId: string; looked: string[] }
  | { status: 'invalid-configuration'; providerId: string; source: string; problem: Message };

/** Names a provider's settings go by: its own id, then a shared one (one Microsoft registration serves both audiences). */
function keysFor(providerId: string): string[] {
  return providerId === 'outlook' || providerId === 'microsoft365' ? [providerId, 'microsoft'] : [providerId];
}

/** MAILSETUP_OAUTH_<KEY>_CLIENT_ID, _CLIENT_SECRET, _TENANT, _REDIRECT_HOST, _REDIRECT_PATH. */
export function environmentVariable(
  key: string,
  field: 'CLIENT_ID' | 'CLIENT_SECRET' | 'TENANT' | 'REDIRECT_HOST' | 'REDIRECT_PATH',
): string {
  return `MAILSETUP_OAUTH_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${field}`;
}

function fromEnvironment(key: string, env: Record<string, string | undefined>): Record<string, string> | undefined {
  const clientId = env[environmentVariable(key, 'CLIENT_ID')];
  if (!clientId) return undefined;
  const optional: [keyof ClientSettings, string | undefined][] = [
    ['clientSecret', env[environmentVariable(key, 'CLIENT_SECRET')]],
    ['tenant', env[environmentVariable(key, 'TENANT')]],
    ['redirectHost', env[environmentVariable(key, 'REDIRECT_HOST')]],
    ['redirectPath', env[environmentVariable(key, 'REDIRECT_PATH')]],
  ];
  return { clientId, ...Object.fromEntries(optional.filter(([, v]) => v)) };
}

/** The user's config file: $XDG_CONFIG_HOME (or ~/.config)/mailsetup, ~/Library/Application Support/Mail Setup, %APPDATA%\Mail Setup. */
export function defaultClientConfigPath(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Mail Setup', 'oauth-clients.json');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Mail Setup', 'oauth-clients.json');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'mailsetup', 'oauth-clients.json');
}

function readConfigFile(path: string, explicit: boolean): { clients?: Record<string, unknown>; problem?: Message } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // No default file is the normal case; a file the user named must exist.
    return explicit
      ? { problem: reason('oauth-config-unreadable', { path, error: (error as NodeJS.ErrnoException).code ?? 'error' }) }
      : {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: reason('oauth-config-not-json', { path }) };
  }
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: reason('oauth-config-invalid', { where: [path, ...(issue?.path ?? [])].join(': '), issue: issue?.message ?? '-' }) };
  }
  return { clients: parsed.data.oauthClients };
}

/** Finds the client ID for one provider; "not-configured" is a normal answer, not an error. */
export function resolveClient(providerId: string, sources: ClientIdSources = {}): ClientResolution {
  const env = sources.env ?? process.env;
  const configPath = sources.configFile ?? defaultClientConfigPath(process.platform, env);
  const file = readConfigFile(configPath, sources.configFile !== undefined);
  // Each layer by the name the client's source goes by (the file by its path): data for the technical reason.
  const layers: [string, (key: string) => unknown][] = [
    ['flag', (key) => sources.flags?.[key]],
    ['environment', (key) => fromEnvironment(key, env)],
    [configPath, (key) => file.clients?.[key]],
    ['build', (key) => sources.build?.[key]],
  ];
  const looked: string[] = [];
  for (const [source, lookup] of layers) {
    if (source === configPath && file.problem) return { status: 'invalid-configuration', providerId, source, problem: file.problem };
    for (const key of keysFor(providerId)) {
      const raw = lookup(key);
      looked.push(`${source} (${key})`);
      if (raw === undefined) continue;
      const parsed = ClientSettingsSchema.safeParse(raw);
      if (!parsed.success) {
        const problem = reason('oauth-config-invalid', { where: key, issue: parsed.error.issues[0]?.message ?? '-' });
        return { status: 'invalid-configuration', providerId, source, problem };
      }
      const settings = parsed.data;
      const origin = source === 'flag' || source === 'environment' || source === 'build' ? source : 'config-file';
      return {
        status: 'configured',
        providerId,
        client: { clientId: settings.clientId, ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}), source: origin },
        ...(settings.tenant ? { tenant: settings.tenant } : {}),
        redirect: { host: settings.redirectHost ?? DEFAULT_REDIRECT.host, path: settings.redirectPath ?? DEFAULT_REDIRECT.path },
      };
    }
  }
  return { status: 'not-configured', providerId, looked };
}
