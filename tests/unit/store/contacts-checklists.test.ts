import { describe, expect, it } from 'vitest';
import { checklistFor, tickItem, untickLast } from '../../../src/store/checklists';
import { contactsForClient, deleteContact, logContact, type NewContact } from '../../../src/store/contacts';
import { HOUR, T0, useFreshDb } from './helpers';

const db = useFreshDb();
const contact = (clientId: string, at: number): NewContact => ({
  clientId,
  at,
  channel: 'call',
  direction: 'outbound',
  outcome: 'reached',
  tags: ['x'],
});

describe('contacts', () => {
  it('lists a client’s contacts ordered by time', async () => {
    const b = await logContact(db(), { ...contact('c', T0), tags: [] }, T0);
    const a = await logContact(db(), contact('c', T0 - HOUR), T0);
    await logContact(db(), contact('d', T0 - 2 * HOUR), T0);
    expect((await contactsForClient(db(), 'c')).map((r) => r.id)).toEqual([a.id, b.id]);
    await deleteContact(db(), a.id, T0 + 1);
    expect((await contactsForClient(db(), 'c')).map((r) => r.id)).toEqual([b.id]);
  });
});

describe('checklists', () => {
  const ref = { clientId: 'c', templateId: 'trust', itemId: 'intro' };

  it('appends ticks and undoes the last one', async () => {
    const first = await tickItem(db(), ref, T0);
    expect(first).toMatchObject({ ...ref, ticks: [T0], rev: 1 });
    const second = await tickItem(db(), ref, T0 + HOUR);
    expect(second).toMatchObject({ id: first.id, ticks: [T0, T0 + HOUR], rev: 2 });
    await tickItem(db(), { ...ref, itemId: 'other' }, T0);
    await tickItem(db(), { ...ref, templateId: 'discharge' }, T0);

    expect(await untickLast(db(), ref, T0 + 2 * HOUR)).toMatchObject({ ticks: [T0], rev: 3 });
    expect(await untickLast(db(), ref, T0 + 2 * HOUR)).toMatchObject({ ticks: [] });
    expect(await untickLast(db(), ref, T0 + 2 * HOUR)).toBeUndefined();
    expect(await untickLast(db(), { ...ref, itemId: 'never' }, T0)).toBeUndefined();

    const rows = await checklistFor(db(), 'c', 'trust');
    expect(rows.map((r) => r.itemId).sort()).toEqual(['intro', 'other']);
    expect(await checklistFor(db(), 'nobody', 'trust')).toEqual([]);
  });
});
