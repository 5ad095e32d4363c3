import type { Catalog } from '../catalog-shape';
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

/** Deutsch: dieselben Schlüssel und Parameter wie en/ (vom Katalogtest geprüft). */
export const de: Catalog = { outcome, choice, finding, source, email, cli, report, export: exportFiles, wizard, signin };
