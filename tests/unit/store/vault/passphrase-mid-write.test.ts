import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openRapportDb, type RapportDb } from '../../../../src/store/db';
import { getClient, recordSeenClient, type SeenInput } from '../../../../src/store/clients';
import { setCodec, type Codec, type VaultStatus } from '../../../../src/store/vault/codec';

const T0 = Date.UTC(2026, 10, 2, 15, 0);
const seen: SeenInput = {
  context: { name: 'Ann Marie Example', mrn: 'AT-1912', dob: '1950-03-04', source: 'demo', confidence: 1 },
  system: 'https://ehr.example.org',
  url: 'https://ehr.example.org/chart/AT-1912',
};

let db: RapportDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
});
afterEach(() => db.close());

/**
 * The panel starts a look-up in the clear, in one transaction; before it writes, another window
 * sets a passphrase, so sealing now awaits real crypto work (a later task) and the transaction
 * commits under it. The visit must still be recorded, on the sealed path.
 */
test('a passphrase set by another window in the middle of recording a visit: recorded all the same', async () => {
  const first = await recordSeenClient(db, seen, T0);
  let status: VaultStatus = 'off';
  const passphraseArrivesDuringSeal: Codec = {
    get status() {
      return status;
    },
    async seal(_store, record) {
      if (status === 'off') {
        status = 'unlocked';
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return record;
    },
    open: async (_store, stored) => stored,
    openAll: async (_store, rows) => [...rows],
    indexKey: async (value) => value,
  };
  setCodec(db, passphraseArrivesDuringSeal);

  const again = await recordSeenClient(db, { ...seen, url: 'https://ehr.example.org/chart/AT-1912?tab=2' }, T0 + 1);
  expect(again.client.id).toBe(first.client.id);
  expect(await getClient(db, first.client.id)).toMatchObject({ rev: 2, identities: [{ lastUrl: 'https://ehr.example.org/chart/AT-1912?tab=2' }] });
});
