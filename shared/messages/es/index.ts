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

/** Español: las mismas claves y parámetros que en/ (lo comprueba la prueba del catálogo). */
export const es: Catalog = { outcome, choice, finding, source, email, cli, report, export: exportFiles, wizard, signin };
