// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import { rowsByKey, rowsInOrNear } from '../../src/sync/read-keys';

/** A store of 100 rows keyed k000 … k099 (keyPath `key`). */
async function hundredRows(name: string) {
  const db = await openDB(name, 1, { upgrade: (upgrade) => upgrade.createObjectStore('rows', { keyPath: 'key' }) });
  const tx = db.transaction('rows', 'readwrite');
  for (let i = 0; i < 100; i++) void tx.store.put({ key: `k${String(i).padStart(3, '0')}`, n: i });
  await tx.done;
  return db;
}

describe('reads of many rows by key', () => {
  test('rowsByKey answers each key in order, undefined where there is no row', async () => {
    const db = await hundredRows('read-keys-by-key');
    const tx = db.transaction('rows');
    const rows = await rowsByKey<{ n: number }>(tx.store, ['k042', 'nothing', 'k007']);
    await tx.done;
    expect(rows.map((row) => row?.n)).toEqual([42, undefined, 7]);
    expect(await rowsByKey(db.transaction('rows').store, [])).toEqual([]);
  });

  test('rowsInOrNear finds every row wanted: those in the range read, and those past where it stopped by key', async () => {
    const db = await hundredRows('read-keys-near');
    const keyOf = (row: { key: string }) => row.key;
    // Span 1: the range read stops after five rows (k001 … k005); k050, k0501 (none) and k099 are read by key.
    const tx = db.transaction('rows');
    const scattered = await rowsInOrNear<{ key: string; n: number }>(tx.store, ['k099', 'k001', 'k050', 'k003', 'k0501', 'k003'], keyOf, 1);
    await tx.done;
    expect(scattered.map((row) => row.n).sort((a, b) => a - b)).toEqual([1, 3, 50, 99]);
    const close = await rowsInOrNear<{ key: string; n: number }>(db.transaction('rows').store, ['k010', 'k012', 'k011'], keyOf, 3);
    expect(close.map((row) => row.n)).toEqual([10, 11, 12]);
  });
});
