/** Exit codes of every command, documented in the README (64 and above are BSD sysexits). */
export const EXIT = {
  verified: 0,
  unverified: 1,
  nothing: 2,
  /** EX_USAGE: the command line was wrong. */
  usage: 64,
  /** EX_SOFTWARE: a fault inside Mail Setup (the log has the trace). */
  software: 70,
  /** EX_CANTCREAT: an output file could not be written. */
  cantCreate: 73,
  /** EX_IOERR: an input file could not be read. */
  ioError: 74,
} as const;
