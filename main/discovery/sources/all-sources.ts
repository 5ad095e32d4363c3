import type { DiscoverySource } from './source';
import { providerSource } from './provider-source';
import { srvSource } from './srv-source';
import { autoconfigSource } from './autoconfig-source';
import { ispdbSource } from './ispdb-source';
import { autodiscoverSource } from './autodiscover-source';
import { microsoft365Source } from './microsoft365-source';
import { mxSource } from './mx-source';
import { guessSource } from './guess-source';

/** Every source, in the order of SOURCE_NAMES: the order a run starts them in. */
export const ALL_SOURCES: readonly DiscoverySource[] = [
  providerSource,
  srvSource,
  autoconfigSource,
  ispdbSource,
  autodiscoverSource,
  microsoft365Source,
  mxSource,
  guessSource,
];

export { DEFAULT_ISPDB_URL } from '../defaults';
