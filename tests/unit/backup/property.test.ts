import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { applyImport, exportBackup, planImport, readAllStores } from '../../../src/store/backup';
import { BackupError } from '../../../src/domain/backup/format';
import { openText } from './fixtures';
import { seedEverything, T0 } from './seed';

/** Bytes as a file reader would hand them over: UTF-8, with replacement for broken sequences. */
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const snapshot = async (db: RapportDb) => JSON.stringify(await readAllStores(db));

describe('any byte string either imports exactly or is refused with nothing changed', () => {
  test('property', async () => {
    // The valid file comes from a second database, so a good import really changes the target.
    globalThis.indexedDB = new IDBFactory();
    const source = await openRapportDb('source');
    await seedEverything(source);
    const valid = new TextEncoder().encode(JSON.stringify(await exportBackup(source, T0)));
    const expected = await snapshot(source);
    source.close();

    const damaged = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean())
      .map(([at, xor, cut]) => (cut ? valid.slice(0, at) : valid.map((b, i) => (i === at ? b ^ xor : b))));
    const files = fc.oneof(
      { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 3 },
      { arbitrary: fc.string().map((s) => new TextEncoder().encode(s)), weight: 2 },
      { arbitrary: damaged, weight: 4 },
      { arbitrary: fc.constant(valid), weight: 1 },
    );

    let imported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(files, async (bytes) => {
        globalThis.indexedDB = new IDBFactory();
        const db = await openRapportDb();
        try {
          const empty = await snapshot(db);
          let file;
          try {
            file = await openText(decode(bytes));
          } catch (error) {
            expect(error).toBeInstanceOf(BackupError);
            expect(await snapshot(db)).toBe(empty);
            refused++;
            return;
          }
          await applyImport(db, await planImport(db, file));
          expect(await snapshot(db)).toBe(expected);
          imported++;
        } finally {
          db.close();
        }
      }),
      { numRuns: 300 },
    );
    expect(imported).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(200);
  });
});
