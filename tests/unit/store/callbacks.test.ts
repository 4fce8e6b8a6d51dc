import { describe, expect, it } from 'vitest';
import {
  addCallback,
  callbacksForClient,
  completeCallback,
  countOverdue,
  listOverdue,
  nextDueAfter,
  reopenCallback,
} from '../../../src/store/callbacks';
import { HOUR, T0, useFreshDb } from './helpers';

const db = useFreshDb();

describe('callbacks', () => {
  it('counts overdue at the boundary: dueAt === now is overdue', async () => {
    await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0 - HOUR);
    expect(await countOverdue(db(), T0 - 1)).toBe(0);
    expect(await countOverdue(db(), T0)).toBe(1);
    expect(await countOverdue(db(), T0 + 1)).toBe(1);
  });

  it('does not count done callbacks, and Undo brings them back', async () => {
    const a = await addCallback(db(), { clientId: 'c', dueAt: T0 - HOUR }, T0 - 2 * HOUR);
    await addCallback(db(), { clientId: 'c', dueAt: T0 - 2 * HOUR }, T0 - 2 * HOUR);
    expect(await countOverdue(db(), T0)).toBe(2);
    const done = await completeCallback(db(), a.id, T0);
    expect(done).toMatchObject({ status: 'done', doneAt: T0, rev: 2 });
    expect(await countOverdue(db(), T0)).toBe(1);
    // Idempotent: a second completion keeps the first.
    expect(await completeCallback(db(), a.id, T0 + 5)).toEqual(done);
    const reopened = await reopenCallback(db(), a.id, T0 + 6);
    expect(reopened).toMatchObject({ status: 'open', rev: 3 });
    expect('doneAt' in reopened).toBe(false);
    expect(await countOverdue(db(), T0 + 6)).toBe(2);
  });

  it('finds the next due time strictly after now', async () => {
    expect(await nextDueAfter(db(), T0)).toBeUndefined();
    await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    await addCallback(db(), { clientId: 'c', dueAt: T0 + 3 * HOUR }, T0);
    const soon = await addCallback(db(), { clientId: 'c', dueAt: T0 + HOUR }, T0);
    expect(await nextDueAfter(db(), T0)).toBe(T0 + HOUR);
    await completeCallback(db(), soon.id, T0);
    expect(await nextDueAfter(db(), T0)).toBe(T0 + 3 * HOUR);
  });

  it('lists overdue oldest first, limited', async () => {
    const late = await addCallback(db(), { clientId: 'a', dueAt: T0 - 3 * HOUR }, T0);
    const later = await addCallback(db(), { clientId: 'b', dueAt: T0 - HOUR }, T0);
    await addCallback(db(), { clientId: 'b', dueAt: T0 + HOUR }, T0);
    expect((await listOverdue(db(), T0)).map((c) => c.id)).toEqual([late.id, later.id]);
    expect((await listOverdue(db(), T0, 1)).map((c) => c.id)).toEqual([late.id]);
  });

  it('lists a client’s callbacks open first by due time', async () => {
    const d = await addCallback(db(), { clientId: 'c', dueAt: T0 - 5 * HOUR, reason: '  labs  ' }, T0);
    const o2 = await addCallback(db(), { clientId: 'c', dueAt: T0 + 2 * HOUR }, T0);
    const o1 = await addCallback(db(), { clientId: 'c', dueAt: T0 + HOUR }, T0);
    await addCallback(db(), { clientId: 'other', dueAt: T0 }, T0);
    await completeCallback(db(), d.id, T0);
    const list = await callbacksForClient(db(), 'c');
    expect(list.map((c) => c.id)).toEqual([o1.id, o2.id, d.id]);
    expect(list[2]?.reason).toBe('labs');
  });

  it('refuses a callback without a due time', async () => {
    await expect(addCallback(db(), { clientId: 'c', dueAt: NaN }, T0)).rejects.toBeInstanceOf(RangeError);
  });
});
