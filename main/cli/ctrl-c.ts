/** Runs `work` so that Ctrl-C (SIGINT) cancels it through the signal it is given, cleanly, instead of killing the process. */
export async function cancellableByCtrlC<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
