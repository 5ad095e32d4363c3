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
 * versus local part), which is tried only after the first is rejected. A name the user typed is tried alone,
 * and so is the form a source stated (an autoconfig file's <username>, the provider table): the other form
 * is then known to be wrong, and trying it would only add a refused login.
 */
export function usernameForms(template: string, email: EmailAddress, explicit?: string, stated = false): string[] {
  if (explicit) return [explicit];
  const first = fillTemplate(template, email);
  if (stated) return [first];
  if (first === email.address) return [first, email.localPart];
  if (first === email.localPart) return [first, email.address];
  return [first];
}
