import { IspdbSnapshot } from './ispdb-snapshot';

let loading: Promise<IspdbSnapshot> | undefined;

/**
 * The ISPDB snapshot shipped with the app (ispdb-snapshot.json, written by scripts/refresh-ispdb.ts).
 * Read on first use only, never at start-up: the command line's --help must not pay for it. An unreadable
 * file gives an empty snapshot that says why, so discovery carries on with the live ISPDB.
 */
export function loadBundledSnapshot(): Promise<IspdbSnapshot> {
  loading ??= import('./ispdb-snapshot.json').then(
    (data) => {
      try {
        return IspdbSnapshot.fromData(data.default);
      } catch (error) {
        return IspdbSnapshot.empty((error as Error).message);
      }
    },
    (error: Error) => IspdbSnapshot.empty(`the bundled ISPDB snapshot could not be read: ${error.message}`),
  );
  return loading;
}
