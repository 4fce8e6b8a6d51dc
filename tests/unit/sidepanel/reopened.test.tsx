import { afterEach, describe, expect, test } from 'vitest';
import { migrations, openRapportDb, type RapportDb } from '../../../src/store/db';
import { exclusively, highestComplete, shelfOf } from '../../../src/store/generations';
import { readRawStores, type RawStores } from '../../../src/store/raw-stores';
import { replaceGeneration } from '../../../src/store/rewrite';
import { signal } from '@preact/signals';
import { notifyChanged } from '../../../src/store/changes';
import { callbacksForClient } from '../../../src/store/callbacks';
import { createClientCollection } from '../../../src/sidepanel/models/client-collection';
import { mountPanel, type MountedPanel } from './render';
import { DAY, NOW, ZONE, seedCaseload } from '../store/caseload-seed';

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
async function replaceDatabase(meanwhile: () => Promise<void>, change: (rows: RawStores) => RawStores = (rows) => rows): Promise<void> {
  const other = await openRapportDb();
  others.push(other);
  const before = await readRawStores(other);
  const rows = change(before);
  await exclusively(view.db.name, async () => {
    const shelf = shelfOf(view.db.name);
    const current = await highestComplete(shelf, await shelf.present());
    await replaceGeneration(shelf, current!, { rows, atVersion: other.version, before }, migrations);
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

  test('handoffs whose clients were read in between show once the panel follows', async () => {
    let annId = '';
    view = await mountPanel({
      now: NOW,
      timeZone: ZONE,
      context: null,
      seed: async (db) => {
        const seeded = await seedCaseload(db);
        annId = seeded.ann!.id;
        return seeded;
      },
      team: {
        caseload: async () => ({ team: { supervisor: false, members: [{ member: 'Practitioner/bob', display: 'Bob Burns' }], clients: {} } }),
        handoffs: async () => ({
          handoffs: [{ serverId: 'h-ann', patientId: 'p-ann', clientId: annId, from: 'Practitioner/bob', fromDisplay: 'Bob Burns', to: 'Practitioner/me', writtenAt: NOW - DAY, sections: [] }],
        }),
      },
    });
    await view.openCaseload();
    await view.until(() => view.byTestId('handoffs') !== null, 'the handoff listed');
    await replaceDatabase(async () => {
      // A client changed elsewhere: the handoffs read their clients again, on the closed connection.
      notifyChanged({ store: 'clients', ids: [annId] });
      await view.until(() => view.byTestId('handoffs-failed') !== null, 'the read on the closed connection failed');
    });
    await view.until(() => view.byTestId('handoffs')?.textContent?.includes('Ann Overdue') === true, 'the handoff listed again');
    expect(view.byTestId('handoffs-failed')).toBeNull();
  });

  test('a client\'s records read in between are read again on the new database', async () => {
    view = await mountPanel({ now: NOW, timeZone: ZONE, context: null, seed: seedCaseload });
    const annId = view.seeded.ann!.id;
    const callbacks = createClientCollection(signal<string | undefined>(annId), 'callbacks', (id) => callbacksForClient(view.db, id));
    const reasons = () => callbacks.items.value.map((callback) => callback.reason);
    await view.until(() => reasons().includes('Pharmacy question'), 'Ann\'s callback');
    // The replacement brings a database without Ann's callback (another context had erased it).
    const withoutAnns = (rows: RawStores): RawStores => ({ ...rows, callbacks: rows.callbacks.filter((callback) => !('clientId' in callback && callback.clientId === annId)) });
    await replaceDatabase(async () => {
      await expect(callbacks.reload()).rejects.toThrow();
    }, withoutAnns);
    await view.until(() => reasons().length === 0, 'the collection read again');
    callbacks.dispose();
  });

  test('a client open in the panel and erased elsewhere in between is closed once the panel follows', async () => {
    view = await mountPanel({ now: NOW, timeZone: ZONE, context: null, seed: seedCaseload });
    const annId = view.seeded.ann!.id;
    await view.panel.client.select(annId);
    // Every section mounted (some load after the first screen): none begins its first read on the closed connection.
    await view.until(() => ['Pharmacy question', 'Next best action', 'Trust-building acts', 'Contact log', 'Points of pain'].every((text) => view.root.textContent?.includes(text)), 'Ann shown whole');
    // The replacement brings a database without Ann (another context had erased her).
    const withoutAnn = (rows: RawStores): RawStores => ({ ...rows, clients: rows.clients.filter((client) => !('id' in client && client.id === annId)) });
    await replaceDatabase(async () => {
      // Changed elsewhere: the panel reads Ann again, on the closed connection.
      notifyChanged({ store: 'clients', ids: [annId] });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }, withoutAnn);
    await view.until(() => view.panel.client.client.value === null, 'Ann read again on the new database, and gone');
  });
});
