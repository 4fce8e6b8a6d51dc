import { afterEach, describe, expect, test } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { mountPanel, type MountedPanel } from './render';
import { getClient, listClients } from '../../../src/store/clients';
import { callbacksForClient } from '../../../src/store/callbacks';
import { contactsForClient } from '../../../src/store/contacts';
import { painPointsForClient } from '../../../src/store/pain-points';
import type { StoreName } from '../../../src/model/records';

const NOW = Date.UTC(2026, 10, 27, 15, 0); // Friday 10:00 in New York
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95, location: 'Ward 1' };

type Fault = 'quota' | 'abort';
const SAYS: Record<Fault, string> = { quota: 'storage for Rapport is full', abort: 'stopped the write before it finished' };

type Writable = Record<'add' | 'put', (this: FakeStore, ...args: unknown[]) => unknown>;
interface FakeStore {
  name: string;
  transaction: { abort(): void };
  _rawObjectStore: { storeRecord: (...args: unknown[]) => unknown };
}
const proto = IDBObjectStore.prototype as unknown as Writable;
const originals: Writable = { add: proto.add, put: proto.put };
afterEach(() => Object.assign(proto, originals));

/**
 * The next add or put to `store` fails as a browser's does. 'quota': the request errors with
 * QuotaExceededError and its transaction aborts, undoing the transaction's earlier writes (fake-
 * indexeddb runs the store's own write step, so it is swapped for one that throws, once). 'abort':
 * the transaction is aborted under the write, as when the browser gives up on it.
 */
function failNextWrite(store: StoreName, fault: Fault) {
  let armed = true;
  for (const method of ['add', 'put'] as const) {
    proto[method] = function (this: FakeStore, ...args: unknown[]) {
      if (!armed || this.name !== store) return originals[method].apply(this, args);
      armed = false;
      if (fault === 'quota') {
        const raw = this._rawObjectStore;
        const storeRecord = raw.storeRecord;
        raw.storeRecord = () => {
          raw.storeRecord = storeRecord;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        return originals[method].apply(this, args);
      }
      const request = originals[method].apply(this, args);
      this.transaction.abort();
      return request;
    };
  }
  return { fired: () => !armed };
}

let view: MountedPanel;
afterEach(() => view?.unmount());

async function open(ready: string) {
  view = await mountPanel({ now: NOW, context: jane });
  await view.until(() => view.byTestId(ready) !== null, ready);
  const [client] = await listClients(view.db);
  return client!;
}
const notice = () => view.byTestId('notice');
const value = (id: string) => (view.byTestId(id) as HTMLInputElement | null)?.value;

/** The failure is announced with its cause, and the same notice never claims a save. */
async function expectFailureTold(fault: Fault) {
  await view.until(() => notice()?.textContent?.includes(SAYS[fault]) ?? false, `${fault} announced`);
  expect(notice()?.getAttribute('role')).toBe('status');
  expect(notice()?.textContent).toContain('What you typed is kept');
  expect(notice()?.textContent).toContain('nothing was saved');
}

describe.each<Fault>(['quota', 'abort'])('a write that fails (%s)', (fault) => {
  test('logging a contact with a note: the note stays, nothing is stored, a retry saves it once', async () => {
    const client = await open('log-contact');
    await view.click('log-contact');
    await view.type('contact-note', 'Daughter picks up the new inhaler on Monday');
    // The contact's add succeeds inside the transaction; the client summary write after it fails.
    const armed = failNextWrite('clients', fault);
    await view.submit('log-contact-save');
    await expectFailureTold(fault);
    expect(armed.fired()).toBe(true);
    expect(value('contact-note')).toBe('Daughter picks up the new inhaler on Monday');
    expect(await contactsForClient(view.db, client.id)).toEqual([]);
    expect(await getClient(view.db, client.id)).toEqual(client);

    await view.submit('log-contact-save');
    await view.until(() => notice()?.textContent?.startsWith('Contact logged') ?? false, 'saved on retry');
    const contacts = await contactsForClient(view.db, client.id);
    expect(contacts.map((contact) => contact.note)).toEqual(['Daughter picks up the new inhaler on Monday']);
    expect((await getClient(view.db, client.id))?.lastSuccessAt).toBe(contacts[0]!.at);
    expect(view.byTestId('log-contact-form')).toBeNull();
  });

  test('adding a pain point: the text stays, nothing is stored, a retry saves it once', async () => {
    const client = await open('add-pain-point');
    await view.click('add-pain-point');
    await view.type('pain-point-text', 'Cannot afford the copay');
    const armed = failNextWrite('painPoints', fault);
    await view.submit('pain-point-save');
    await expectFailureTold(fault);
    expect(armed.fired()).toBe(true);
    expect(value('pain-point-text')).toBe('Cannot afford the copay');
    expect(await painPointsForClient(view.db, client.id)).toEqual([]);

    await view.submit('pain-point-save');
    await view.until(() => notice()?.textContent?.startsWith('Pain point noted') ?? false, 'saved on retry');
    expect((await painPointsForClient(view.db, client.id)).map((point) => point.text)).toEqual(['Cannot afford the copay']);
    expect(view.byTestId('pain-point-text')).toBeNull();
  });

  test('returning a callback: its contact fails, so the callback is open again and a retry returns it once', async () => {
    const client = await open('owe-callback');
    await view.click('owe-callback');
    await view.until(() => view.allByTestId('callback').length === 1, 'callback owed');
    const armed = failNextWrite('contacts', fault);
    await view.click('callback-done');
    await expectFailureTold(fault);
    expect(armed.fired()).toBe(true);
    expect((await callbacksForClient(view.db, client.id)).map((callback) => callback.status)).toEqual(['open']);
    expect(await contactsForClient(view.db, client.id)).toEqual([]);

    await view.until(() => view.allByTestId('callback').length === 1, 'callback still shown');
    await view.click('callback-done');
    await view.until(() => notice()?.textContent?.startsWith('Callback done') ?? false, 'returned on retry');
    expect((await callbacksForClient(view.db, client.id)).map((callback) => callback.status)).toEqual(['done']);
    expect(await contactsForClient(view.db, client.id)).toHaveLength(1);
  });

  test('editing client details: the typed value stays, the record is untouched, a retry saves it once', async () => {
    const client = await open('details-location');
    await view.type('details-location', 'ICU, Bed 6');
    const armed = failNextWrite('clients', fault);
    await view.submit('details-save');
    await expectFailureTold(fault);
    expect(armed.fired()).toBe(true);
    expect(value('details-location')).toBe('ICU, Bed 6');
    expect(await getClient(view.db, client.id)).toEqual(client);

    await view.submit('details-save');
    await view.until(() => notice()?.textContent?.startsWith('Saved') ?? false, 'saved on retry');
    expect(await getClient(view.db, client.id)).toMatchObject({ location: 'ICU, Bed 6', rev: client.rev + 1 });
  });
});
