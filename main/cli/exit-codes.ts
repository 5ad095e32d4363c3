/** Exit codes of every command, documented in the README. */
export const EXIT = {
  verified: 0,
  unverified: 1,
  nothing: 2,
  /** BSD sysexits EX_USAGE: the command line was wrong. */
  usage: 64,
} as const;
