import type { PreLoginInfo } from '../../../shared/model/probe';
import type { LineConnection } from '../../net/line-connection';

export type { PreLoginInfo };

/**
 * The pre-login conversation of one protocol: greeting, capabilities, STARTTLS and goodbye.
 * Hand-written because imapflow and nodemailer keep these steps internal and there is no POP3 library
 * that reports them; each dialog is a handful of commands from RFC 3501, RFC 5321/3207 and RFC 2449/2595.
 */
export interface ProtocolDialog {
  readGreeting(conn: LineConnection): Promise<string>;
  capabilities(conn: LineConnection, greeting?: string): Promise<PreLoginInfo>;
  startTls(conn: LineConnection): Promise<void>;
  quit(conn: LineConnection): void;
}
