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

/** Français : mêmes clés et mêmes paramètres que en/ (vérifiés par le test du catalogue). */
export const fr: Catalog = { outcome, choice, finding, source, email, cli, report, export: exportFiles, wizard, signin };
