import type { EmailAddress } from '../../shared/email/parse-email';

/** Fills a username template with the address's parts (autoconfig placeholders). */
export function fillTemplate(template: string, email: EmailAddress): string {
  return template
    .replace(/%EMAILADDRESS%/g, email.address)
    .replace(/%EMAILLOCALPART%/g, email.localPart)
    .replace(/%EMAILDOMAIN%/g, email.domain);
}

/**
 * The usernames to try, in order: the source's form first, then the other common form (full address
 * versus local part), which is tried only after the first is rejected. A name the user typed is tried alone.
 */
export function usernameForms(template: string, email: EmailAddress, explicit?: string): string[] {
  if (explicit) return [explicit];
  const first = fillTemplate(template, email);
  if (first === email.address) return [first, email.localPart];
  if (first === email.localPart) return [first, email.address];
  return [first];
}
