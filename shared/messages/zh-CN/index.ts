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

/** 简体中文：与 en/ 的键和插值参数完全相同（由目录测试保证）。 */
export const zhCN: Catalog = { outcome, choice, finding, source, email, cli, report, export: exportFiles, wizard, signin };
