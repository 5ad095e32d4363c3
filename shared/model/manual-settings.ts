import type { Message } from './message';

/**
 * One value a person types into a mail app by hand. `value` is what to show: the literal text (a host name, a port,
 * a login name) or words (a security mode, "your email password") as a catalog message. `copy` is set only for a
 * literal, and is exactly what a copy button puts on the clipboard.
 */
export interface ManualValue {
  label: Message;
  value: string | Message;
  copy?: string;
}

/** The incoming or the outgoing server, field by field. */
export interface ManualSection {
  title: Message;
  values: ManualValue[];
}

/** The apps that read no settings file, for which the wizard shows a "type these values" card with its own steps. */
export const MANUAL_APPS = ['new-outlook', 'outlook-mac', 'other'] as const;
export type ManualApp = (typeof MANUAL_APPS)[number];

/**
 * The settings of one account as a person types them into an app that reads no file: the same values, in the same
 * order, as the printable summary (which is rendered from this). Plain data and catalog messages only, so the
 * wizard can receive it over IPC and render it in its language.
 */
export interface ManualSettings {
  heading: Message;
  /** The name and address the account sends as (absent in a domain-wide summary). */
  person: ManualValue[];
  incoming: ManualSection;
  outgoing: ManualSection;
  /** "Sign in with Google in your mail app": the account takes no password. */
  signIn?: Message;
  /** What to do when the app warns about a certificate the person chose to trust. */
  certificates: Message[];
  /** Per app that reads no file: the steps to the screen where these values go. */
  steps: Record<ManualApp, Message[]>;
}
