/**
 * What `describe` tells of each call of an IndexedDB request method (IDBObjectStore.prototype.put,
 * IDBIndex.prototype.getAll, …) while `run` runs, in order; calls it answers undefined for are left
 * out. For tests that count what a round asks of the database.
 */
export async function watched<P extends object, M extends keyof P & string>(prototype: P, method: M, describe: (target: { name: string }, args: unknown[]) => string | undefined, run: () => Promise<unknown>): Promise<string[]> {
  const original = prototype[method] as (...args: unknown[]) => unknown;
  const seen: string[] = [];
  (prototype as Record<string, unknown>)[method] = function (this: { name: string }, ...args: unknown[]) {
    const told = describe(this, args);
    if (told !== undefined) seen.push(told);
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    (prototype as Record<string, unknown>)[method] = original;
  }
  return seen;
}
