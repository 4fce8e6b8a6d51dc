import type { RapportDb } from '../../../src/store/db';

/**
 * The database as the sync code sees it, counting each whole-store read of the remembered server
 * ids (a getAll over `<store>/` in the serverIds store), by store: at a full caseload each costs a hundred
 * milliseconds and more, so a round must not make them for records it does not touch.
 */
export function countingServerIdLoads(db: RapportDb): { db: RapportDb; loads: Map<string, number> } {
  const loads = new Map<string, number>();
  const counted = new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property !== 'getAll') return value.bind(target);
      return (store: string, query?: unknown, ...rest: unknown[]) => {
        const lower = query instanceof IDBKeyRange ? query.lower : undefined;
        if (store === 'serverIds' && typeof lower === 'string') {
          const of = lower.replace(/\/$/, '');
          loads.set(of, (loads.get(of) ?? 0) + 1);
        }
        return (value as (...args: unknown[]) => unknown).call(target, store, query, ...rest);
      };
    },
  });
  return { db: counted, loads };
}
