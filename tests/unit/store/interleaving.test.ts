import { describe, expect, it } from 'vitest';
import { StaleWriteError } from '../../../src/store/base';
import { addCallback, callbacksForClient, completeCallback } from '../../../src/store/callbacks';
import { checklistFor, tickItem, untickLast } from '../../../src/store/checklists';
import { createClient, getClient } from '../../../src/store/clients';
import { contactsForClient, deleteContact, logContact, type NewContact } from '../../../src/store/contacts';
import { dispositionsForClient, recordDisposition } from '../../../src/store/dispositions';
import { addPainPoint, painPointsForClient, setPainPointStatus } from '../../../src/store/pain-points';
import { HOUR, T0, useFreshDb } from './helpers';

// Two panels (two windows) write through separate transactions on one database. Each case starts
// both writes before either has finished, the way two windows race, and checks that none is lost.
const db = useFreshDb();
const ref = { clientId: 'c', templateId: 'trust', itemId: 'intro' };
const call = (clientId: string, at: number, outcome: NewContact['outcome'] = 'reached'): NewContact => ({
  clientId,
  at,
  channel: 'call',
  direction: 'outbound',
  outcome,
  tags: [],
});

describe('append-only and same-transaction merges keep both panels’ writes', () => {
  it('two first ticks of an item make one row with both ticks', async () => {
    await Promise.all([tickItem(db(), ref, T0), tickItem(db(), ref, T0 + 1)]);
    const rows = await checklistFor(db(), 'c', 'trust');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ticks).toEqual([T0, T0 + 1]);
    expect(rows[0]!.rev).toBe(2);
  });

  it('ticks from two panels that both read revision 1 are both kept', async () => {
    const seen = await tickItem(db(), ref, T0);
    expect(seen.rev).toBe(1);
    await Promise.all([tickItem(db(), ref, T0 + HOUR), tickItem(db(), ref, T0 + 2 * HOUR)]);
    expect((await checklistFor(db(), 'c', 'trust'))[0]!.ticks).toEqual([T0, T0 + HOUR, T0 + 2 * HOUR]);
  });

  it('an untick based on an older read is refused, so another panel’s newer tick survives', async () => {
    const seen = await tickItem(db(), ref, T0);
    // Panel A ticks again; panel B, still showing only the first tick, then takes "the latest" off.
    await tickItem(db(), ref, T0 + HOUR);
    await expect(untickLast(db(), ref, T0 + HOUR, seen.rev)).rejects.toBeInstanceOf(StaleWriteError);
    expect((await checklistFor(db(), 'c', 'trust'))[0]!.ticks).toEqual([T0, T0 + HOUR]);
    // At the revision it now shows, the same untick goes through.
    const current = (await checklistFor(db(), 'c', 'trust'))[0]!;
    expect((await untickLast(db(), ref, T0 + 2 * HOUR, current.rev))!.ticks).toEqual([T0]);
  });

  it('contacts logged by two panels are both kept, and the client summary counts both', async () => {
    const client = await createClient(db(), { name: 'Ann Bee' }, T0);
    const [a, b] = await Promise.all([
      logContact(db(), call(client.id, T0 + HOUR), T0 + HOUR),
      logContact(db(), call(client.id, T0 + 2 * HOUR, 'voicemail'), T0 + 2 * HOUR),
    ]);
    expect((await contactsForClient(db(), client.id)).map((c) => c.id)).toEqual([a.id, b.id]);
    const after = await getClient(db(), client.id);
    expect(after).toMatchObject({ lastSuccessAt: T0 + HOUR, lastAttemptAt: T0 + 2 * HOUR, rev: client.rev });
  });

  it('a delete in one panel and a log in another both land, with a summary true to both', async () => {
    const client = await createClient(db(), { name: 'Ann Bee' }, T0);
    const old = await logContact(db(), call(client.id, T0), T0);
    const [, added] = await Promise.all([deleteContact(db(), old.id, T0 + HOUR), logContact(db(), call(client.id, T0 + HOUR, 'no-answer'), T0 + HOUR)]);
    expect((await contactsForClient(db(), client.id)).map((c) => c.id)).toEqual([added.id]);
    const after = await getClient(db(), client.id);
    expect(after?.lastSuccessAt).toBeUndefined();
    expect(after?.lastAttemptAt).toBe(T0 + HOUR);
  });

  it('callbacks, pain points and suggestion handling added by two panels are all kept', async () => {
    await Promise.all([
      addCallback(db(), { clientId: 'c', dueAt: T0 + HOUR }, T0),
      addCallback(db(), { clientId: 'c', dueAt: T0 + 2 * HOUR }, T0),
      addPainPoint(db(), { clientId: 'c', text: 'Pharmacy closed' }, T0),
      addPainPoint(db(), { clientId: 'c', text: 'No ride' }, T0),
      recordDisposition(db(), { clientId: 'c', ruleId: 'birthday', key: 'a', action: 'done', at: T0 }, T0),
      recordDisposition(db(), { clientId: 'c', ruleId: 'birthday', key: 'b', action: 'dismissed', at: T0 }, T0),
    ]);
    expect(await callbacksForClient(db(), 'c')).toHaveLength(2);
    expect((await painPointsForClient(db(), 'c')).map((p) => p.text).sort()).toEqual(['No ride', 'Pharmacy closed']);
    expect(await dispositionsForClient(db(), 'c')).toHaveLength(2);
  });
});

describe('writes based on an earlier read carry the revision they saw', () => {
  it('relieving a pain point another panel already changed is refused, not overwritten', async () => {
    const point = await addPainPoint(db(), { clientId: 'c', text: 'No ride' }, T0);
    const [first, second] = await Promise.allSettled([
      setPainPointStatus(db(), point.id, 'relieved', T0 + HOUR, undefined, point.rev),
      setPainPointStatus(db(), point.id, 'relieved', T0 + 2 * HOUR, undefined, point.rev),
    ]);
    // Which panel's write lands first depends on how long each one's sealing took: exactly one does.
    const outcomes = [first, second];
    const won = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1 - won] as PromiseRejectedResult).reason).toBeInstanceOf(StaleWriteError);
    expect((await painPointsForClient(db(), 'c'))[0]).toMatchObject({ status: 'relieved', relievedAt: T0 + (won + 1) * HOUR, rev: 2 });
  });

  it('a callback returned in one panel is not returned again by another', async () => {
    const callback = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    const [first, second] = await Promise.allSettled([
      completeCallback(db(), callback.id, T0 + HOUR, callback.rev),
      completeCallback(db(), callback.id, T0 + 2 * HOUR, callback.rev),
    ]);
    const outcomes = [first, second];
    const won = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1 - won] as PromiseRejectedResult).reason).toBeInstanceOf(StaleWriteError);
    expect((await callbacksForClient(db(), 'c'))[0]).toMatchObject({ status: 'done', doneAt: T0 + (won + 1) * HOUR });
  });
});
