import type { Message } from '../../shared/model/message';

/** The command line is wrong: exit 64 with these words. */
export class UsageError extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'UsageError';
  }
}

/** A file the command line names could not be read: exit 74. */
export class ReadError extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'ReadError';
  }
}
