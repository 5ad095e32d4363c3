import { z } from 'zod';
import { AUTH_PROBLEM_KINDS } from './auth-problem';
import { MICROSOFT_MAILBOXES } from './mailbox-facts';
import { OUTCOME_CODES } from './outcome';
import { PASSWORD_NOTES } from './provider';
import { PROTOCOLS, SECURITY_MODES } from './server';
import { SOURCE_KINDS } from './sources';
import { TRUST_LEVELS } from './trust';
import { isValidHostName, isValidPort } from './valid-endpoint';

// No line breaks or other control characters: these values end up in INI, zone and XML files.
const noControl = (text: string) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text);
const name = (max: number) => z.string().max(max).refine(noControl, 'control characters');

const serverSchema = z.object({
  protocol: z.enum(PROTOCOLS),
  host: z.string().max(253).refine(isValidHostName, 'not a valid host name'),
  port: z.number().int().refine(isValidPort, 'not a port number'),
  security: z.enum(SECURITY_MODES),
  username: z.string().max(1024).refine(noControl, 'control characters in the username'),
  verified: z.boolean().optional(),
});

const candidateSchema = serverSchema.extend({
  source: z.enum(SOURCE_KINDS).optional(),
  outcome: z
    .object({
      code: z.enum(OUTCOME_CODES),
      authProblem: z.object({ kind: z.enum(AUTH_PROBLEM_KINDS), signInWith: name(64).optional() }).optional(),
    })
    .optional(),
  probe: z
    .object({
      tls: z
        .object({
          trustedByUser: z.boolean().optional(),
          certificatePem: z.string().max(65536).optional(),
          certificate: z.object({ fingerprint256: z.string().max(200), selfSigned: z.boolean().optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** The facts about a mailbox that decide how an app signs in (see main/export/sign-in-account.ts). */
const factSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('microsoft365'),
    audience: z.enum(['consumer', 'work']),
    mailbox: z.enum(MICROSOFT_MAILBOXES),
    endpoints: z.object({ activeSync: z.string().max(2048).optional(), ews: z.string().max(2048).optional() }).optional(),
  }),
  z.object({
    kind: z.literal('oauth-sign-in'),
    trust: z.enum(TRUST_LEVELS),
    oauth: z.object({ oauthOnly: z.boolean(), issuer: name(2048).optional() }),
  }),
]);

/** A warning as `discover --json` writes it: only its catalog key and parameters are read (a service "not offered"). */
const warningSchema = z.object({
  key: z.string().max(200),
  params: z.record(z.string().max(100), z.unknown()).optional(),
});

/**
 * What exports need from a discovery result: the in-memory result, or one saved by `mailsetup discover --json`
 * and read back with `export --from`. Checked field by field before anything is written from it.
 */
export const savedResultSchema = z.object({
  email: z.string().max(320),
  incoming: serverSchema.nullable(),
  outgoing: serverSchema.nullable(),
  candidates: z.array(candidateSchema).max(1000).optional(),
  providers: z
    .array(z.object({ id: name(64).optional(), name: name(200).optional(), passwordNote: z.enum(PASSWORD_NOTES).optional() }))
    .max(50)
    .optional(),
  facts: z.array(factSchema).max(20).optional(),
  warnings: z.array(warningSchema).max(1000).optional(),
});

export type SavedResult = z.infer<typeof savedResultSchema>;
export type SavedServer = z.infer<typeof serverSchema>;
