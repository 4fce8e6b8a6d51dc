type StoreWrites = typeof import('./store-writes');

let loaded: StoreWrites | undefined;

/**
 * The store's writes (see store-writes.ts), fetched ahead of the first one once the panel has
 * started. Once loaded a write starts at once, not a module load later: a read made after the
 * click that asked for it still sees it.
 */
export async function storeWrites(): Promise<StoreWrites> {
  return (loaded ??= await import('./store-writes'));
}
