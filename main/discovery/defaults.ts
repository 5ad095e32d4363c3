/** Thunderbird's public ISPDB; `--ispdb` and the tests point elsewhere. */
export const DEFAULT_ISPDB_URL = 'https://autoconfig.thunderbird.net/v1.1/';
