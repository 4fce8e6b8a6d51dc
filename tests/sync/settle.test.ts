// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { enqueueChange, loadOutbox, settlePushed } from '../../src/sync/outbox';
import { useCaseloads } from './harness/caseloads';
import { watched } from './harness/watched-requests';

const T0 = Date.UTC(2026, 2, 2, 14, 0);
const caseload = useCaseloads();

/** The delete requests made on the meta store while `run` runs. */
const metaDeletes = async (run: () => Promise<void>) => (await watched(IDBObjectStore.prototype, 'delete', (store) => (store.name === 'meta' ? 'delete' : undefined), run)).length;

describe('settling a push', () => {
  test('clears the entries pushed that lie next to one another with a request per run, and keeps one queued again since it was read', async () => {
    const db = await caseload();
    const ids = Array.from({ length: 10 }, (_, i) => `contact-${i}`);
    for (const id of ids) await enqueueChange(db, 'contacts', id, undefined, T0);
    const read = await loadOutbox(db);
    // Edited again after the push read it: its entry counts two edits now, and must stay for the next push.
    await enqueueChange(db, 'contacts', 'contact-5', ['note'], T0 + 1);

    const deletes = await metaDeletes(() => settlePushed(db, read.map((entry, i) => ({ entry, serverId: `server-${i}` }))));

    expect((await loadOutbox(db)).map((entry) => entry.id)).toEqual(['contact-5']);
    // contact-0 … contact-4 and contact-6 … contact-9: two runs, where a delete per entry made nine requests.
    expect(deletes).toBe(2);
  });
});
