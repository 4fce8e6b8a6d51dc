import { afterEach, describe, expect, test } from 'vitest';
import { migrations, openRapportDb, type RapportDb } from '../../../src/store/db';
import { exclusively, highestComplete, shelfOf } from '../../../src/store/generations';
import { readRawStores } from '../../../src/store/raw-stores';
import { replaceGeneration } from '../../../src/store/rewrite';
import { mountPanel, type MountedPanel } from './render';
import { NOW, ZONE, seedCaseload } from '../store/caseload-seed';

/**
 * Another context replaces the database (a passphrase set, the worker moving an earlier version's database): this
 * panel's connection closes, and a read it begins before it has followed to the new one fails. What the panel shows is
 * read again once it has (store/db.ts onReopened).
 */
let view: MountedPanel<Awaited<ReturnType<typeof seedCaseload>>>;
const others: RapportDb[] = [];
afterEach(() => {
  view.unmount();
  for (const db of others.splice(0)) db.close();
});

/**
 * Replaces the database from another handle and runs `meanwhile` before the panel may follow: the Web Lock the
 * replacement took is held until it ends, as a worker moving the database holds it.
 */
async function replaceDatabase(meanwhile: () => Promise<void>): Promise<void> {
  const other = await openRapportDb();
  others.push(other);
  const rows = await readRawStores(other);
  await exclusively(view.db.name, async () => {
    const shelf = shelfOf(view.db.name);
    const current = await highestComplete(shelf, await shelf.present());
    await replaceGeneration(shelf, current!, { rows, atVersion: other.version, before: rows }, migrations);
    await meanwhile();
  });
}

const rowNames = (section: string) =>
  [...(view.byTestId(section)?.querySelectorAll('[data-testid="caseload-row"] strong') ?? [])].map((name) => name.textContent);

describe('a panel whose database another context replaced', () => {
  test('a caseload read in between loads once the panel follows', async () => {
    view = await mountPanel({ now: NOW, timeZone: ZONE, context: null, seed: seedCaseload });
    await view.openCaseload();
    await replaceDatabase(async () => {
      await view.panel.caseload.reload();
      await view.until(() => view.panel.caseload.error.value !== null, 'the read on the closed connection failed');
    });
    await view.until(() => view.panel.caseload.error.value === null && view.byTestId('caseload')?.dataset.loaded === 'true', 'caseload loaded again');
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue', 'Bob Overdue']);
  });
});
