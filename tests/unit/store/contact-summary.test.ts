import { describe, expect, it } from 'vitest';
import { createClient, getClient } from '../../../src/store/clients';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { HOUR, T0, useFreshDb } from './helpers';

const db = useFreshDb();
const call = (clientId: string, at: number, outcome: 'reached' | 'voicemail') =>
  logContact(db(), { clientId, at, channel: 'call', direction: 'outbound', outcome, tags: [] }, at);

describe("a client's last success and last attempt", () => {
  it('follow every contact written, without bumping the revision the user edits against', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace' }, T0);
    await call(client.id, T0 + HOUR, 'reached');
    await call(client.id, T0 + 2 * HOUR, 'voicemail');
    const after = await getClient(db(), client.id);
    expect(after).toMatchObject({ lastSuccessAt: T0 + HOUR, lastAttemptAt: T0 + 2 * HOUR, rev: client.rev });
  });

  it('a contact logged for an earlier time does not move them back', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace' }, T0);
    await call(client.id, T0 + 5 * HOUR, 'reached');
    await call(client.id, T0 + HOUR, 'reached');
    expect((await getClient(db(), client.id))?.lastSuccessAt).toBe(T0 + 5 * HOUR);
  });

  it('a contact that moves neither leaves the client row unwritten; one that moves either writes it', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace' }, T0);
    await call(client.id, T0 + 5 * HOUR, 'reached');
    const puts: unknown[] = [];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'clients') puts.push(args[0]);
      return put.apply(this, args);
    };
    try {
      await call(client.id, T0 + HOUR, 'reached');
      await call(client.id, T0 + 2 * HOUR, 'voicemail');
      expect(puts).toHaveLength(0);
      await call(client.id, T0 + 6 * HOUR, 'voicemail');
      expect(puts).toHaveLength(1);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await getClient(db(), client.id)).toMatchObject({ lastSuccessAt: T0 + 5 * HOUR, lastAttemptAt: T0 + 6 * HOUR, rev: client.rev });
  });

  it('deleting the latest success falls back to the one before, or to none', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace' }, T0);
    const first = await call(client.id, T0 + HOUR, 'reached');
    const second = await call(client.id, T0 + 2 * HOUR, 'reached');
    await deleteContact(db(), second.id, T0 + 3 * HOUR);
    expect((await getClient(db(), client.id))?.lastSuccessAt).toBe(T0 + HOUR);
    await deleteContact(db(), first.id, T0 + 4 * HOUR);
    const none = await getClient(db(), client.id);
    expect(none?.lastSuccessAt).toBeUndefined();
    expect(none?.lastAttemptAt).toBeUndefined();
  });

  it('deleting twice is harmless, deleting nothing is an error', async () => {
    const client = await createClient(db(), { name: 'Ada Lovelace' }, T0);
    const contact = await call(client.id, T0 + HOUR, 'reached');
    const tombstone = await deleteContact(db(), contact.id, T0 + 2 * HOUR);
    expect(await deleteContact(db(), contact.id, T0 + 3 * HOUR)).toEqual(tombstone);
    await expect(deleteContact(db(), 'missing', T0)).rejects.toThrow(/missing/);
  });
});
