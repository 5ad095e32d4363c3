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
const hostName = z
  .string()
  .max(253)
  .transform((h) => h.trim().toLowerCase())
  .refine(isValidHostName, 'not a valid host name');

export const discoverRequest = z.strictObject({
  email: z.string().min(1).max(MAX_FIELD),
  /** Sent once; main keeps it for re-tests and never sends it back. */
  password: text.optional(),
  /** No new password: use the one main kept from the last run for the same address. */
  reusePassword: z.boolean().optional(),
  /** A login name that is not the address. */
  username: text.optional(),
  preferPop3: z.boolean().optional(),
  /** The person saw the "Did you mean …?" question for this domain and said it is right. */
  domainConfirmed: z.boolean().optional(),
});

/** The domain of an address as it is typed: provider hints and typo suggestions, before anything is sent anywhere. */
export const checkDomainRequest = z.strictObject({ domain: z.string().min(1).max(255) });

/** A re-run of the last discovery with the user's decisions; the password stays in main. */
export const retestRequest = z.strictObject({
  trustedFingerprints: hostList.optional(),
  allowPlaintextHosts: hostList.optional(),
  consentHosts: hostList.optional(),
});

/** Settings an expert typed in the Advanced view, to test with the kept password. */
export const serverEdit = z.strictObject({
  protocol: z.enum(PROTOCOLS),
  host: hostName,
  port: z.number().int().refine(isValidPort, 'not a port number'),
  security: z.enum(SECURITY_MODES),
  username: text.optional(),
});

/** "Use these settings" for one direction: a server of the result or one the person tested. */
export const useServerRequest = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']),
  candidateId: z.number().int().min(0).max(1_000_000),
  /** The person chose a server that was not verified, and said so explicitly. */
  anyway: z.boolean().optional(),
});

/** Test again under the name the server's certificate carries, instead of the name that did not match it. */
export const useCertificateNameRequest = z.strictObject({ host: hostName, name: hostName });

/** A message about a server's certificate, for the person to forward to their provider. */
export const providerMessageRequest = z.strictObject({ host: hostName, language });

/** "Sign in with …": prove the last result's servers with the provider's sign-in instead of a password. */
export const signInRequest = z.strictObject({ language });

/** A value the person copies from the page (a server name, a port) onto the clipboard. */
export const copyTextRequest = z.strictObject({ text: z.string().min(1).max(4096) });

/** A file the last export wrote (checked in main against exactly those paths). */
export const savedPathRequest = z.strictObject({ path: z.string().min(1).max(4096) });

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
/** The "type these values" card for apps that read no file, with the name the person typed (never the password). */
export const manualSettingsRequest = z.strictObject({ displayName: text.optional() });
/** "Send a test message to myself" through the last result's servers, its subject and text in this language. */
export const sendTestRequest = z.strictObject({ language });
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
  checkDomain: checkDomainRequest,
  useServer: useServerRequest,
  useCertificateName: useCertificateNameRequest,
  copyProviderMessage: providerMessageRequest,
  signIn: signInRequest,
  openFolder: savedPathRequest,
  showFile: savedPathRequest,
  copyText: copyTextRequest,
  sendTest: sendTestRequest,
  manualSettings: manualSettingsRequest,
} as const;
