import { outcome } from './outcome';
import { choice } from './choice';
import { finding } from './finding';
import { source } from './source';
import { email } from './email';
import { cli } from './cli';
import { report } from './report';
import { exportFiles } from './export';
import { wizard } from './wizard';
import { signin } from './signin';

/** English, the reference language: every other language has exactly these keys and parameters. */
export const en = { outcome, choice, finding, source, email, cli, report, export: exportFiles, wizard, signin };
