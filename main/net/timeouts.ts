/**
 * Named time limits for every network step. They are short on purpose: a wizard must answer in seconds,
 * and a black-holed port must cost no more than CONNECT_TIMEOUT_MS.
 */
export const DNS_TIMEOUT_MS = 3_000;
export const CONNECT_TIMEOUT_MS = 6_000;
/** TLS handshake, counted separately from the TCP connect. */
export const TLS_TIMEOUT_MS = 6_000;
export const GREETING_TIMEOUT_MS = 8_000;
/** Each command after the greeting (CAPABILITY, EHLO, STARTTLS, LOGIN...). */
export const COMMAND_TIMEOUT_MS = 8_000;
/**
 * How long the answer to the mailbox check sent together with the login may lag behind the login's own answer
 * before it is asked for again: a server answers both at once, but a proxy in front of it may lose what arrived
 * before it had logged in (nginx's mail proxy supports IMAP pipelining only since 1.21). Asking twice costs
 * nothing but one more line.
 */
export const PIPELINED_ANSWER_GRACE_MS = 750;
/** A whole settings lookup; equal to the connect limit so a black-holed web host costs no more than a mail port. */
export const HTTP_TIMEOUT_MS = CONNECT_TIMEOUT_MS;
/** Everything, all sources and probes together. */
export const OVERALL_DEADLINE_MS = 45_000;
