/**
 * `open` made once and its result kept for every later call, unless it fails: a failure is not kept,
 * so the next call opens again. The worker opens the database on the first event that needs it; an
 * open that failed once (a move interrupted, a database another context was replacing) kept as the
 * answer would have failed every later event until Chrome next stopped the worker.
 */
export function keptOnSuccess<T>(open: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () =>
    (kept ??= open().catch((error: unknown) => {
      kept = undefined;
      throw error;
    }));
}
