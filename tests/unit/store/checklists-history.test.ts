import { describe, expect, it } from 'vitest';
import { checklistsForClient, restoreTick, tickItem, untickLast } from '../../../src/store/checklists';
import { HOUR, T0, useFreshDb } from './helpers';

const db = useFreshDb();
const trust = { clientId: 'c', templateId: 'trust', itemId: 'trust.respect.on-time' };

describe('checklist tick history', () => {
  it('lists every template of one client, and no one else’s', async () => {
    await tickItem(db(), trust, T0);
    await tickItem(db(), { ...trust, templateId: 'discharge', itemId: 'discharge.red.language' }, T0);
    await tickItem(db(), { ...trust, clientId: 'other' }, T0);
    const rows = await checklistsForClient(db(), 'c');
    expect(rows.map((row) => row.templateId).sort()).toEqual(['discharge', 'trust']);
  });

  it('puts an undone tick back at its own time, in order, with a new revision', async () => {
    await tickItem(db(), trust, T0);
    await tickItem(db(), trust, T0 + 2 * HOUR);
    const unticked = await untickLast(db(), trust, T0 + 3 * HOUR);
    expect(unticked?.ticks).toEqual([T0]);
    const restored = await restoreTick(db(), trust, T0 + 2 * HOUR, T0 + 4 * HOUR);
    expect(restored).toMatchObject({ ticks: [T0, T0 + 2 * HOUR], rev: 4, updatedAt: T0 + 4 * HOUR });
    const older = await restoreTick(db(), trust, T0 - HOUR, T0 + 5 * HOUR);
    expect(older.ticks).toEqual([T0 - HOUR, T0, T0 + 2 * HOUR]);
  });

  it('creates the row when the first tick comes back by Undo', async () => {
    const restored = await restoreTick(db(), trust, T0, T0 + HOUR);
    expect(restored).toMatchObject({ ...trust, ticks: [T0], rev: 1, createdAt: T0 + HOUR });
  });
});
