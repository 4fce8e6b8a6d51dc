import type { RapportDb } from './db';
import { STORE_NAMES, type StoreName } from '../model/records';

/** When one stored record (live or tombstone) was created and last changed. */
export interface AuditRow {
  store: StoreName;
  id: string;
  createdAt: number;
  updatedAt: number;
  rev: number;
  deleted: boolean;
  /** The client the record is about: a client's own id for `clients`; unknown for other tombstones. */
  clientId?: string;
}

/** Where a page ended: the next page starts strictly after this row in the audit order. */
export interface AuditCursor {
  updatedAt: number;
  store: StoreName;
  id: string;
}

export interface AuditQuery {
  after?: AuditCursor;
  limit: number;
  stores?: readonly StoreName[];
  clientIds?: ReadonlySet<string>;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Present when older rows match the same query. */
  next?: AuditCursor;
}

export interface AuditLog {
  readonly size: number;
  page(query: AuditQuery): AuditPage;
}

/** Bounds the records held at once while reading: a contact log can be hundreds of thousands. */
const BATCH = 5_000;

const STORE_ORDER = new Map<StoreName, number>(STORE_NAMES.map((name, index) => [name, index]));

/**
 * Newest change first; ties broken by store then id so that every row has exactly one place and
 * paging by cursor neither repeats nor skips rows sharing a timestamp.
 */
function compare(a: AuditCursor, b: AuditCursor): number {
  return (
    b.updatedAt - a.updatedAt ||
    (STORE_ORDER.get(a.store) ?? 0) - (STORE_ORDER.get(b.store) ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Only the meta fields and `clientId` are read: every other field may be sealed at rest.
 */
function rowOf(store: StoreName, value: unknown): AuditRow | undefined {
  const record = value as Partial<Record<'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deleted' | 'clientId', unknown>>;
  if (typeof record.id !== 'string' || typeof record.updatedAt !== 'number') return undefined;
  const clientId = store === 'clients' ? record.id : record.clientId;
  return {
    store,
    id: record.id,
    createdAt: typeof record.createdAt === 'number' ? record.createdAt : record.updatedAt,
    updatedAt: record.updatedAt,
    rev: typeof record.rev === 'number' ? record.rev : 1,
    deleted: record.deleted === true,
    // Always present (even undefined): rows of one shape keep the filter scan fast.
    clientId: typeof clientId === 'string' ? clientId : undefined,
  };
}

/** First index whose row comes strictly after the cursor in the audit order. */
function startAfter(rows: readonly AuditRow[], cursor: AuditCursor): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(rows[mid] as AuditRow, cursor) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Reads every store's meta once, in one transaction (a consistent picture), and sorts it once:
 * only `clients` has an `updatedAt` index, so the other stores must be read in full anyway, and
 * each page after that is a binary search and a short scan.
 */
export async function openAuditLog(db: RapportDb): Promise<AuditLog> {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const rows: AuditRow[] = [];
  for (const name of STORE_NAMES) {
    const store = tx.objectStore(name);
    for (let lower: string | undefined; ; ) {
      const batch: unknown[] = await store.getAll(lower === undefined ? undefined : IDBKeyRange.lowerBound(lower, true), BATCH);
      for (const value of batch) {
        const row = rowOf(name, value);
        if (row) rows.push(row);
      }
      if (batch.length < BATCH) break;
      lower = (batch[batch.length - 1] as { id: string }).id;
    }
  }
  await tx.done;
  rows.sort(compare);

  return {
    size: rows.length,
    page({ after, limit, stores, clientIds }) {
      const wanted = stores && new Set(stores);
      const matches = (row: AuditRow) =>
        (!wanted || wanted.has(row.store)) && (!clientIds || (row.clientId !== undefined && clientIds.has(row.clientId)));
      const found: AuditRow[] = [];
      // One row past the limit tells whether an older page exists.
      for (let i = after ? startAfter(rows, after) : 0; i < rows.length && found.length <= limit; i++) {
        const row = rows[i] as AuditRow;
        if (matches(row)) found.push(row);
      }
      const page = found.slice(0, Math.max(0, limit)).map((row) => ({ ...row }));
      const last = page[page.length - 1];
      return found.length > page.length && last ? { rows: page, next: { updatedAt: last.updatedAt, store: last.store, id: last.id } } : { rows: page };
    },
  };
}
