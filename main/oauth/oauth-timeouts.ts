import { HTTP_TIMEOUT_MS } from '../net/timeouts';

/**
 * Named time limits of provider sign-in. The browser step waits for a person (reading, typing a password,
 * a second factor), so it is long; every request to an authorization server is short, like other lookups.
 */
export const SIGN_IN_TIMEOUT_MS = 5 * 60_000;
/** Metadata, registration and token requests. */
export const OAUTH_HTTP_TIMEOUT_MS = HTTP_TIMEOUT_MS;
/** OAuth documents are small JSON; anything larger is broken or hostile. */
export const OAUTH_MAX_BYTES = 64 * 1024;
