import { z } from 'zod';
import { LANGUAGE_CODES } from '../messages/languages';
import { EXPORT_FORMATS } from '../model/export-formats';
import { PROTOCOLS, SECURITY_MODES } from '../model/server';
import { isValidHostName, isValidPort } from '../model/valid-endpoint';

// Everything from the renderer arrives as unknown and is checked against these before main does anything;
// anything unexpected (an extra field, a wrong type, an over-long text) is refused.
const MAX_FIELD = 1024;
const text = z.string().max(MAX_FIELD);
const hostList = z.array(z.string().min(1).max(255)).max(64);
const language = z.enum(LANGUAGE_CODES);

export const discoverRequest = z.strictObject({
  email: z.string().min(1).max(MAX_FIELD),
  /** Sent once; main keeps it for re-tests and never sends it back. */
  password: text.optional(),
  /** No new password: use the one main kept from the last run for the same address. */
  reusePassword: z.boolean().optional(),
  /** A login name that is not the address. */
  username: text.optional(),
  preferPop3: z.boolean().optional(),
});

/** A re-run of the last discovery with the user's decisions; the password stays in main. */
export const retestRequest = z.strictObject({
  trustedFingerprints: hostList.optional(),
  allowPlaintextHosts: hostList.optional(),
  consentHosts: hostList.optional(),
});

/** Settings an expert typed in the Advanced view, to test with the kept password. */
export const serverEdit = z.strictObject({
  protocol: z.enum(PROTOCOLS),
  host: z
    .string()
    .max(253)
    .transform((h) => h.trim().toLowerCase())
    .refine(isValidHostName, 'not a valid host name'),
  port: z.number().int().refine(isValidPort, 'not a port number'),
  security: z.enum(SECURITY_MODES),
  username: text.optional(),
});

export const exportRequest = z.strictObject({
  formats: z
    .array(z.enum(EXPORT_FORMATS))
    .min(1)
    .max(EXPORT_FORMATS.length)
    .transform((formats) => [...new Set(formats)]),
  includePassword: z.boolean(),
  displayName: text.optional(),
  /** The language of the texts inside the files. */
  language,
});

export const reportRequest = z.strictObject({ language });
export const saveReportRequest = z.strictObject({ format: z.enum(['text', 'html']), language });

/** Only https links leave the app. */
export const externalUrl = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'only https links are opened');

/** The argument of every channel, by method name; a method without one takes nothing. */
export const REQUEST_SCHEMAS = {
  discover: discoverRequest,
  retest: retestRequest,
  testServer: serverEdit,
  cancel: z.undefined(),
  exportFiles: exportRequest,
  copyReport: reportRequest,
  saveReport: saveReportRequest,
  openExternal: externalUrl,
} as const;
