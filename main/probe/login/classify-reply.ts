import type { Protocol } from '../../../shared/model/server';
import { providerForDomain } from '../../discovery/provider-table';
import type { AuthProblem, MailService } from '../../../shared/model/auth-problem';
import type { LoginAttempt } from '../../../shared/model/probe';
import { REPLY_RULES, SERVICE_HOSTS, SERVICE_SIGN_IN } from './reply-rules';

export interface ReplyToClassify {
  protocol: Protocol;
  /** The server's host name as the client named it (not its address). */
  host: string;
  /** The login name used; for Microsoft it tells Outlook.com from Exchange Online. */
  username: string;
  /** The server's words, without any credential. */
  reply: string;
  /** "select": the reply came when opening the mailbox after a successful login. */
  stage?: 'auth' | 'select';
}

const endsWithSuffix = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

/** Outlook.com (consumer) or Exchange Online (work and school), from the host and the address. */
function microsoftService(host: string, username: string): MailService {
  if (host === 'smtp-mail.outlook.com') return 'microsoft-consumer';
  const domain = username.includes('@') ? username.split('@').pop()!.toLowerCase() : '';
  return domain && providerForDomain(domain)?.id === 'outlook' ? 'microsoft-consumer' : 'microsoft-work';
}

/** The mail service a server belongs to, by its host name; undefined for everyone else. */
export function mailServiceFor(host: string, username: string): MailService | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  for (const [service, suffixes] of Object.entries(SERVICE_HOSTS)) {
    if (suffixes.some((suffix) => endsWithSuffix(name, suffix))) {
      return service === 'microsoft' ? microsoftService(name, username) : (service as MailService);
    }
  }
  return undefined;
}

/** Providers whose mailbox check (SELECT) can refuse a login that succeeded: NetEase's "Unsafe Login". */
export function needsMailboxCheck(host: string): boolean {
  return mailServiceFor(host, '') === 'netease';
}

/**
 * Reads a refused login: the reply text, interpreted for the provider the host belongs to. "AUTHENTICATE failed."
 * means "this account takes only Microsoft sign-in" at outlook.office365.com and nothing in particular elsewhere,
 * so unknown hosts get no classification (the outcome stays a plain EAUTH).
 */
export function classifyLoginReply(input: ReplyToClassify): AuthProblem | undefined {
  const service = mailServiceFor(input.host, input.username);
  if (!service || !input.reply) return undefined;
  const stage = input.stage ?? 'auth';
  for (const rule of REPLY_RULES[service]) {
    if (rule.protocols && !rule.protocols.includes(input.protocol)) continue;
    if (rule.only && !rule.only.includes(service)) continue;
    // A mailbox that refuses to open is only ever NetEase's "Unsafe Login"; the login rules do not apply there.
    if (stage === 'select' && rule.kind !== 'unsafe-login') continue;
    if (!rule.pattern.test(input.reply)) continue;
    const signInWith = SERVICE_SIGN_IN[service];
    return {
      kind: rule.kind,
      service,
      ...(rule.where ? { where: rule.where } : {}),
      rule: rule.id,
      ...(signInWith ? { signInWith } : {}),
    };
  }
  return undefined;
}

/**
 * A trial login with what the provider's refusal means attached to its EAUTH error, when the reply (already
 * scrubbed of the password) says more than "refused"; any other attempt is returned as it is.
 */
export function classified(attempt: LoginAttempt, input: Omit<ReplyToClassify, 'reply' | 'username'> & { reply?: string }): LoginAttempt {
  const { error } = attempt;
  if (error?.code !== 'EAUTH' || !input.reply) return attempt;
  const authProblem = classifyLoginReply({ ...input, username: attempt.username, reply: input.reply });
  return authProblem ? { ...attempt, error: { ...error, authProblem } } : attempt;
}
