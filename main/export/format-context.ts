import type { Language } from '../../shared/messages/languages';
import type { Translator } from '../../shared/messages/translator';

export interface SigningIdentity {
  certPem: string;
  keyPem: string;
  chainPem?: string;
}

export interface BuildOptions {
  signing?: SigningIdentity;
  /** The web server that hosts autoconfig and Autodiscover files (DNS records). */
  webHost?: string;
  /** The language of the texts inside the files (profile names, comments, the printable summary). */
  language?: Language;
}

/** What a format's writer gets: the options, and the words for the texts it writes into the file. */
export type FormatContext = BuildOptions & { t: Translator };
