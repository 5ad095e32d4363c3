/** What a provider needs instead of (or besides) the normal password. */
export const PASSWORD_NOTES = ['app-password', 'authorization-code', 'oauth2-only', 'bridge-required', 'enable-imap'] as const;
export type PasswordNote = (typeof PASSWORD_NOTES)[number];

/** A provider the run recognised; its advice to the user lives in the message catalog, keyed by `id`. */
export interface ProviderInfo {
  id: string;
  /** The provider's own name (from our table or from its settings file): a name, not a sentence. */
  name: string;
  passwordNote?: PasswordNote;
  helpUrl?: string;
}
