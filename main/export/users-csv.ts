import { parse } from 'csv-parse/sync';
import { parseEmail, type EmailAddress } from '../../shared/email/parse-email';
import type { Message } from '../../shared/model/message';

export interface CsvUser {
  /** 1-based line number in the file, for error messages. */
  row: number;
  email: EmailAddress;
  displayName?: string;
  login?: string;
}

export interface CsvProblem {
  row: number;
  message: Message;
}

const EMAIL_HEADERS = ['email', 'e-mail', 'mail', 'address', 'email address'];
const NAME_HEADERS = ['name', 'display name', 'displayname', 'full name', 'fullname'];
const LOGIN_HEADERS = ['login', 'username', 'user name', 'login name', 'user'];
// A user list is never this large; the limit keeps a wrong file from filling the disk.
const MAX_ROWS = 100_000;

/**
 * Reads a CSV of users: email, display name, optional login name. A header row is recognised by its
 * names (in any order); without one the columns are taken in that order. Bad rows are reported, not fatal.
 */
export function readUsersCsv(text: string): { users: CsvUser[]; problems: CsvProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      delimiter: [',', ';', '\t'],
    });
  } catch (error) {
    return { users: [], problems: [{ row: 0, message: { key: 'export:batch.not-csv', params: { error: (error as Error).message } } }] };
  }
  if (records.length > MAX_ROWS)
    return { users: [], problems: [{ row: 0, message: { key: 'export:batch.too-many-rows', params: { max: MAX_ROWS } } }] };
  const header = records[0]?.map((h) => h.toLowerCase());
  const find = (names: string[]) => header?.findIndex((h) => names.includes(h)) ?? -1;
  const hasHeader = find(EMAIL_HEADERS) >= 0;
  const columns = hasHeader
    ? { email: find(EMAIL_HEADERS), name: find(NAME_HEADERS), login: find(LOGIN_HEADERS) }
    : { email: 0, name: 1, login: 2 };
  const users: CsvUser[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  records.slice(hasHeader ? 1 : 0).forEach((record, index) => {
    const row = index + (hasHeader ? 2 : 1);
    const raw = record[columns.email] ?? '';
    const parsed = parseEmail(raw);
    if (!parsed.ok) {
      problems.push({
        row,
        message: {
          key: 'export:batch.bad-address',
          params: { value: raw.slice(0, 80), problem: { key: `email:problem.${parsed.problem}` } },
        },
      });
      return;
    }
    if (seen.has(parsed.email.address)) {
      problems.push({ row, message: { key: 'export:batch.listed-twice', params: { email: parsed.email.address } } });
      return;
    }
    seen.add(parsed.email.address);
    const cell = (i: number) => (i >= 0 && record[i] ? record[i] : undefined);
    users.push({ row, email: parsed.email, displayName: cell(columns.name), login: cell(columns.login) });
  });
  return { users, problems };
}
