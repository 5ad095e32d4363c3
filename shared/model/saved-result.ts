import { z } from 'zod';
import { OUTCOME_CODES } from './outcome';
import { PASSWORD_NOTES } from './provider';
import { PROTOCOLS, SECURITY_MODES } from './server';
import { isValidHostName, isValidPort } from './valid-endpoint';

// No line breaks or other control characters: these values end up in INI, zone and XML files.
const noControl = (text: string) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(text);

const serverSchema = z.object({
  protocol: z.enum(PROTOCOLS),
  host: z.string().max(253).refine(isValidHostName, 'not a valid host name'),
  port: z.number().int().refine(isValidPort, 'not a port number'),
  security: z.enum(SECURITY_MODES),
  username: z.string().max(1024).refine(noControl, 'control characters in the username'),
  verified: z.boolean().optional(),
});

const candidateSchema = serverSchema.extend({
  outcome: z.object({ code: z.enum(OUTCOME_CODES) }).optional(),
  probe: z
    .object({
      tls: z
        .object({
          trustedByUser: z.boolean().optional(),
          certificatePem: z.string().max(65536).optional(),
          certificate: z.object({ fingerprint256: z.string().max(200) }).optional(),
        })
        .optional(),
    })
    .optional(),
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
    .array(z.object({ name: z.string().max(200).refine(noControl).optional(), passwordNote: z.enum(PASSWORD_NOTES).optional() }))
    .max(50)
    .optional(),
});

export type SavedResult = z.infer<typeof savedResultSchema>;
export type SavedServer = z.infer<typeof serverSchema>;
