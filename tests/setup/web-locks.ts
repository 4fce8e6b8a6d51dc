/**
 * Node 20 has no Web Locks, which every browser Rapport runs in has (the store takes one while it
 * picks or rewrites a database generation: src/store/generations.ts). A test file is one realm, so
 * a queue per lock name orders its contexts as the browser's lock manager orders an extension's.
 */
if (!(globalThis.navigator as Navigator | undefined)?.locks) {
  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const run = (queues.get(name) ?? Promise.resolve()).then(work, work);
      queues.set(name, run.catch(() => undefined));
      return run;
    },
  };
  if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
  else Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true, writable: true });
}
