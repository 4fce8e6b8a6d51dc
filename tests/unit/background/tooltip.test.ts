import { sealIfAsked } from '../store/sealed-mode';
import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { addCallback, countOverdue } from '../../../src/store/callbacks';
import { createClient } from '../../../src/store/clients';
import { badgeTooltip, tooltipFor } from '../../../src/background/tooltip';
import { translate } from '../sidepanel/memory-host';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;
let db: RapportDb;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
});

async function owe(name: string, dueAt: number) {
  const client = await createClient(db, { name }, NOW - 10 * HOUR);
  await addCallback(db, { clientId: client.id, dueAt }, NOW - 10 * HOUR);
  return client;
}

describe('the toolbar tooltip', () => {
  test('says the plain title when nothing is overdue, and counts otherwise', () => {
    expect(badgeTooltip(translate, 0)).toBe(translate('actionTitle'));
    expect(badgeTooltip(translate, 1)).toBe('Rapport — 1 overdue callback');
    expect(badgeTooltip(translate, 3)).toBe('Rapport — 3 overdue callbacks');
  });

  test('never carries a name when names outside the panel are off', async () => {
    await owe('Jane Doe', NOW - 3 * HOUR);
    await owe('José Ruiz', NOW - 2 * HOUR);
    await owe('Later Person', NOW + 2 * HOUR);
    const overdue = await countOverdue(db, NOW);
    const title = await tooltipFor(db, NOW, overdue, false, translate);
    expect(title).toBe('Rapport — 2 overdue callbacks');
    for (const name of ['Jane', 'José', 'Later', 'Doe', 'Ruiz']) expect(title).not.toContain(name);
  });

  test('names the longest-overdue clients, each once, when names are on', async () => {
    const jane = await owe('Jane Doe', NOW - 5 * HOUR);
    await addCallback(db, { clientId: jane.id, dueAt: NOW - 4 * HOUR }, NOW);
    await owe('José Ruiz', NOW - 3 * HOUR);
    await owe('Later Person', NOW + HOUR);
    const overdue = await countOverdue(db, NOW);
    expect(await tooltipFor(db, NOW, overdue, true, translate)).toBe('Rapport — 3 overdue callbacks: Jane Doe, José Ruiz');
  });

  test('shows at most three names, and says there are more', async () => {
    for (const [i, name] of ['Ann A', 'Bob B', 'Cy C', 'Di D'].entries()) await owe(name, NOW - (10 - i) * HOUR);
    const title = await tooltipFor(db, NOW, 4, true, translate);
    expect(title).toBe('Rapport — 4 overdue callbacks: Ann A, Bob B, Cy C, …');
    expect(title).not.toContain('Di D');
  });
});
