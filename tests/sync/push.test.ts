// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Communication, Patient, Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn } from './harness/sign-in';
import type { RapportDb } from '../../src/store/db';
import type { CallbackRecord } from '../../src/model/records';
import { createClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { addCallback, completeCallback } from '../../src/store/callbacks';
import { updateRecord } from '../../src/store/base';
import { enqueueChange, loadOutbox, loadServerIds } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { rapportIdentifierQuery } from '../../src/sync/bundle';
import { errorForStatus, SyncError } from '../../src/sync/errors';
import type { RequestOptions, Send } from '../../src/sync/transport';
import { useCaseloads } from './harness/caseloads';
import { countingServerIdLoads } from './harness/server-id-reads';

/**
 * The outbox pushed to Medplum's FHIR router over loopback HTTP, each caseload in its own
 * IndexedDB, each care manager signed in as themselves.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';

let server: LoopbackServer;
let alice: Send;
let bob: Send;
const caseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({
    users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' }, bob: { fhirUser: 'Practitioner/bob', role: 'care-manager' } },
  });
  alice = await signedIn(server, 'alice');
  bob = await signedIn(server, 'bob');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

let mrnSeq = 0;
const uniqueMrn = () => `MRN-${Date.now()}-${++mrnSeq}`;

async function search<T>(send: Send, query: string): Promise<T[]> {
  const { body } = await send<Bundle>('GET', query);
  return (body.entry ?? []).map((entry) => entry.resource as T);
}
const patientsWithMrn = (mrn: string) => search<Patient>(alice, `Patient?identifier=${encodeURIComponent(`${EHR}|${mrn}`)}`);

/** A client with a contact and a callback, every record queued as a new record is. */
async function seedClient(db: RapportDb, mrn: string, name: string) {
  const client = await createClient(db, { name, mrn, system: EHR, phone: '555-0100' }, T0);
  const contact = await logContact(db, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: `${name} asked about meals`, tags: [] }, T0);
  const callback = await addCallback(db, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Check the meal delivery' }, T0);
  await enqueueChange(db, 'clients', client.id, undefined, T0);
  await enqueueChange(db, 'contacts', contact.id, undefined, T0);
  await enqueueChange(db, 'callbacks', callback.id, undefined, T0);
  return { client, contact, callback };
}

/** A seeded client already on the server, its contact's note then edited and queued as a changed field. */
async function pushedThenNoteEdited(db: RapportDb, name: string, note: string) {
  const seeded = await seedClient(db, uniqueMrn(), name);
  await pushOutbox(db, alice, T0);
  await updateRecord(db, 'contacts', seeded.contact.id, { note }, T0 + 1);
  await enqueueChange(db, 'contacts', seeded.contact.id, ['note'], T0 + 1);
  return seeded;
}

describe('push', () => {
  test('a caseload reaches the server once: the contact and callback point at its Patient, and the outbox empties', async () => {
    const db = await caseload();
    const mrn = uniqueMrn();
    const { contact, callback } = await seedClient(db, mrn, 'Ada Quill');

    expect(await pushOutbox(db, alice, T0)).toEqual({ pushed: 3, merged: 0 });
    const [patient, ...others] = await patientsWithMrn(mrn);
    expect(others).toEqual([]);
    const [communication] = await search<Communication>(alice, `Communication?${rapportIdentifierQuery(contact.id)}`);
    const [task] = await search<Task>(alice, `Task?${rapportIdentifierQuery(callback.id)}`);
    expect(communication?.subject?.reference).toBe(`Patient/${patient?.id}`);
    expect(communication?.note?.[0]?.text).toBe('Ada Quill asked about meals');
    expect(task?.for?.reference).toBe(`Patient/${patient?.id}`);
    expect(task?.status).toBe('requested');
    expect(await loadOutbox(db)).toEqual([]);
    expect(await pushOutbox(db, alice, T0)).toEqual({ pushed: 0, merged: 0 });
  });

  test('two caseloads with the same patient converge on one Patient that carries both devices\' records', async () => {
    const [a, b] = [await caseload(), await caseload()];
    const mrn = uniqueMrn();
    const fromA = await seedClient(a, mrn, 'Bea Stone');
    const fromB = await seedClient(b, mrn, 'Bea Stone');

    await pushOutbox(a, alice, T0);
    // B finds A's Patient by its chart number and adds its own identifier to it in the push's second pass over clients.
    await pushOutbox(b, bob, T0);

    const [patient, ...others] = await patientsWithMrn(mrn);
    expect(others).toEqual([]);
    const values = (patient?.identifier ?? []).map((identifier) => identifier.value);
    expect(values).toEqual(expect.arrayContaining([mrn, fromA.client.id, fromB.client.id]));
    const contacts = await search<Communication>(alice, `Communication?subject=Patient/${patient?.id}`);
    expect(contacts.map((c) => c.note?.[0]?.text)).toEqual(['Bea Stone asked about meals', 'Bea Stone asked about meals']);
    expect(await loadOutbox(a)).toEqual([]);
    expect(await loadOutbox(b)).toEqual([]);
  });

  test('a colleague writing between the read and the write: 412, merged field by field, nothing lost', async () => {
    const [a, b] = [await caseload(), await caseload()];
    const mrn = uniqueMrn();
    const { client: clientA } = await seedClient(a, mrn, 'Cy Marsh');
    const { client: clientB } = await seedClient(b, mrn, 'Cy Marsh');
    await pushOutbox(a, alice, T0);
    await pushOutbox(b, bob, T0);
    await pushOutbox(b, bob, T0);

    await updateRecord(a, 'clients', clientA.id, { phone: '555-0199' }, T0 + 10);
    await enqueueChange(a, 'clients', clientA.id, ['phone'], T0 + 10);
    await updateRecord(b, 'clients', clientB.id, { name: 'Cyrus Marsh' }, T0 + 20);
    await enqueueChange(b, 'clients', clientB.id, ['name'], T0 + 20);

    // B's push lands after A has read the Patient and before A writes it.
    let bobPushed = false;
    const aliceRacing: Send = async <T>(method: string, url: string, options?: RequestOptions) => {
      if (method === 'POST' && !bobPushed) {
        bobPushed = true;
        await pushOutbox(b, bob, T0 + 20);
      }
      return alice<T>(method, url, options);
    };
    expect(await pushOutbox(a, aliceRacing, T0 + 30)).toEqual({ pushed: 1, merged: 1 });

    const [patient] = await patientsWithMrn(mrn);
    expect(patient?.name?.[0]?.text).toBe('Cyrus Marsh');
    expect(patient?.telecom?.[0]?.value).toBe('555-0199');
    expect(await loadOutbox(a)).toEqual([]);
  });

  test('a push whose answer is lost (worker stopped, network gone) resumes without duplicates', async () => {
    const db = await caseload();
    const mrn = uniqueMrn();
    const { contact, callback } = await seedClient(db, mrn, 'Dee Vale');
    // The server commits the first transaction, then the answer never arrives.
    let cut = false;
    const lossy: Send = async <T>(method: string, url: string, options?: RequestOptions) => {
      const response = await alice<T>(method, url, options);
      if (method === 'POST' && !cut) {
        cut = true;
        throw new SyncError('offline', 'gone');
      }
      return response;
    };
    await expect(pushOutbox(db, lossy, T0)).rejects.toMatchObject({ kind: 'offline', retryable: true });
    expect(await loadOutbox(db)).toHaveLength(3);

    await expect(pushOutbox(db, alice, T0 + 60_000)).resolves.toEqual({ pushed: 3, merged: 0 });
    expect(await patientsWithMrn(mrn)).toHaveLength(1);
    expect(await search(alice, `Communication?${rapportIdentifierQuery(contact.id)}`)).toHaveLength(1);
    expect(await search(alice, `Task?${rapportIdentifierQuery(callback.id)}`)).toHaveLength(1);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('an edit made while the push is on the wire stays queued for the next push; the entries sent as they were are cleared', async () => {
    const db = await caseload();
    const { contact } = await seedClient(db, uniqueMrn(), 'Gus Reed');
    await pushOutbox(db, alice, T0);
    const other = await logContact(db, { clientId: contact.clientId, at: T0 + 1, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Gus asked about the bus', tags: [] }, T0 + 1);
    await updateRecord(db, 'contacts', contact.id, { note: 'Gus asked about rides' }, T0 + 1);
    await enqueueChange(db, 'contacts', other.id, undefined, T0 + 1);
    await enqueueChange(db, 'contacts', contact.id, ['note'], T0 + 1);
    // The user edits the first contact again after the push read its entry, before the server answers.
    const editing: Send = async <T>(method: string, url: string, options?: RequestOptions) => {
      if (method === 'POST') {
        await updateRecord(db, 'contacts', contact.id, { note: 'Gus asked about rides, twice' }, T0 + 2);
        await enqueueChange(db, 'contacts', contact.id, ['note'], T0 + 2);
      }
      return alice<T>(method, url, options);
    };
    await pushOutbox(db, editing, T0 + 1);
    expect((await loadOutbox(db)).map((entry) => entry.id)).toEqual([contact.id]);
    expect(await pushOutbox(db, alice, T0 + 3)).toEqual({ pushed: 1, merged: 0 });
    expect(await loadOutbox(db)).toEqual([]);
    const [communication] = await search<Communication>(alice, `Communication?${rapportIdentifierQuery(contact.id)}`);
    expect(communication?.note?.[0]?.text).toBe('Gus asked about rides, twice');
  });

  test('a push reads the server ids of the records it sends and their clients by key, never every id remembered', async () => {
    const db = await caseload();
    const { contact } = await pushedThenNoteEdited(db, 'Cy Lark', 'Cy asked about rides');
    const counted = countingServerIdLoads(db);

    expect(await pushOutbox(counted.db, alice, T0 + 1)).toEqual({ pushed: 1, merged: 0 });
    expect([...counted.loads]).toEqual([]);
    const [communication] = await search<Communication>(alice, `Communication?${rapportIdentifierQuery(contact.id)}`);
    expect(communication?.note?.[0]?.text).toBe('Cy asked about rides');
  });

  test("a push reads each queued record's row once: the rows read for their clients are the ones it sends", async () => {
    const db = await caseload();
    const { client } = await seedClient(db, uniqueMrn(), 'Ed Marsh');
    await pushOutbox(db, alice, T0);
    const contacts = [];
    for (const note of ['Ed asked about rides', 'Ed asked about meals']) contacts.push(await logContact(db, { clientId: client.id, at: T0 + 1, channel: 'call', direction: 'outbound', outcome: 'reached', note, tags: [] }, T0 + 1));
    const callback = await addCallback(db, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Ask again' }, T0 + 1);
    for (const contact of contacts) await enqueueChange(db, 'contacts', contact.id, undefined, T0 + 1);
    await enqueueChange(db, 'callbacks', callback.id, undefined, T0 + 1);
    const [get, getAll] = [IDBObjectStore.prototype.get, IDBObjectStore.prototype.getAll];
    const reads = new Map<string, number>();
    const count = (store: string, n: number) => reads.set(store, (reads.get(store) ?? 0) + n);
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      count(this.name, 1);
      return get.apply(this, args);
    };
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      count(this.name, 1);
      return getAll.apply(this, args);
    };
    try {
      expect(await pushOutbox(db, alice, T0 + 2)).toEqual({ pushed: 3, merged: 0 });
    } finally {
      [IDBObjectStore.prototype.get, IDBObjectStore.prototype.getAll] = [get, getAll];
    }
    expect([reads.get('contacts'), reads.get('callbacks')]).toEqual([2, 1]);
    const [communication] = await search<Communication>(alice, `Communication?${rapportIdentifierQuery(contacts[1]!.id)}`);
    expect(communication?.note?.[0]?.text).toBe('Ed asked about meals');
  });

  test('settling reads the outbox entries it clears as one key range, not one request each: twelve contacts, one read of the meta store', async () => {
    const db = await caseload();
    const { client } = await seedClient(db, uniqueMrn(), 'Flo Reed');
    await pushOutbox(db, alice, T0);
    for (let i = 0; i < 12; i++) {
      const contact = await logContact(db, { clientId: client.id, at: T0 + 1, channel: 'call', direction: 'outbound', outcome: 'reached', note: `Flo call ${i}`, tags: [] }, T0 + 1);
      await enqueueChange(db, 'contacts', contact.id, undefined, T0 + 1);
    }
    const [get, getAll] = [IDBObjectStore.prototype.get, IDBObjectStore.prototype.getAll];
    const metaReads = { get: 0, getAll: 0 };
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      if (this.name === 'meta') metaReads.get++;
      return get.apply(this, args);
    };
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      if (this.name === 'meta') metaReads.getAll++;
      return getAll.apply(this, args);
    };
    try {
      expect(await pushOutbox(db, alice, T0 + 2)).toEqual({ pushed: 12, merged: 0 });
    } finally {
      [IDBObjectStore.prototype.get, IDBObjectStore.prototype.getAll] = [get, getAll];
    }
    // What waits is listed through the meta store's index; the entries are read back once, to clear them.
    expect(metaReads).toEqual({ get: 0, getAll: 1 });
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('an update settles without writing its server id again: a round of updates puts no serverIds row', async () => {
    const db = await caseload();
    const { contact } = await pushedThenNoteEdited(db, 'Di Moss', 'Di asked about the pharmacy');
    const put = IDBObjectStore.prototype.put;
    let serverIdPuts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'serverIds') serverIdPuts++;
      return put.apply(this, args);
    };
    try {
      expect(await pushOutbox(db, alice, T0 + 1)).toEqual({ pushed: 1, merged: 0 });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(serverIdPuts).toBe(0);
    expect(await loadOutbox(db)).toEqual([]);
    const [communication] = await search<Communication>(alice, `Communication?${rapportIdentifierQuery(contact.id)}`);
    expect((await loadServerIds(db, 'contacts')).get(contact.id)).toBe(communication?.id);
    expect(communication?.note?.[0]?.text).toBe('Di asked about the pharmacy');
  });

  test('updates go in one transaction up to the server\'s cap for updates; with a server copy gone, in parts within the conditional cap, the copy made again', async () => {
    const db = await caseload();
    const { client } = await seedClient(db, uniqueMrn(), 'Ed Batch');
    const callbacks: CallbackRecord[] = [];
    for (let i = 0; i < 20; i++) {
      const callback = await addCallback(db, { clientId: client.id, dueAt: T0 + i, reason: `Call back ${i}` }, T0);
      await enqueueChange(db, 'callbacks', callback.id, undefined, T0);
      callbacks.push(callback);
    }
    await pushOutbox(db, alice, T0);
    const posted: Bundle[] = [];
    const counting: Send = async <T>(method: string, url: string, options?: RequestOptions) => {
      if (method === 'POST') posted.push(options?.json as Bundle);
      return alice<T>(method, url, options);
    };
    const complete = async (some: readonly CallbackRecord[], at: number) => {
      for (const callback of some) {
        await completeCallback(db, callback.id, at);
        await enqueueChange(db, 'callbacks', callback.id, ['status', 'doneAt'], at);
      }
    };
    const onServer = async (callback: CallbackRecord) => search<Task>(alice, `Task?${rapportIdentifierQuery(callback.id)}`);

    await complete(callbacks.slice(0, 10), T0 + 10);
    expect(await pushOutbox(db, counting, T0 + 10)).toEqual({ pushed: 10, merged: 0 });
    expect(posted.map((bundle) => [bundle.type, bundle.entry?.length])).toEqual([['transaction', 10]]);
    for (const callback of callbacks.slice(0, 10)) expect(await onServer(callback)).toMatchObject([{ status: 'completed' }]);

    const [gone] = await onServer(callbacks[10]!);
    expect((await server.engine.handle('DELETE', `Task/${gone!.id}`)).status).toBeLessThan(300);
    posted.length = 0;
    await complete(callbacks.slice(10), T0 + 20);
    expect(await pushOutbox(db, counting, T0 + 20)).toEqual({ pushed: 10, merged: 0 });
    expect(posted.map((bundle) => [bundle.type, bundle.entry?.length])).toEqual([['transaction', 8], ['transaction', 2]]);
    for (const callback of callbacks.slice(10)) expect(await onServer(callback)).toMatchObject([{ status: 'completed' }]);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('a Bundle too large for the server (413) goes again in halves until each fits; every record once', async () => {
    const db = await caseload();
    const { client } = await seedClient(db, uniqueMrn(), 'Flo Long');
    await pushOutbox(db, alice, T0);
    const contacts: string[] = [];
    for (let i = 0; i < 40; i++) {
      const contact = await logContact(db, { clientId: client.id, at: T0 + i, channel: 'call', direction: 'outbound', outcome: 'reached', note: `Long note ${i} ${'x'.repeat(2_000)}`, tags: [] }, T0);
      await enqueueChange(db, 'contacts', contact.id, undefined, T0);
      contacts.push(contact.id);
    }
    const sizes: number[] = [];
    // A proxy in front of the server that takes at most 12 entries' worth of body.
    const capped: Send = async <T>(method: string, url: string, options?: RequestOptions) => {
      const entries = (options?.json as Bundle | undefined)?.entry?.length ?? 0;
      if (method === 'POST') sizes.push(entries);
      if (entries > 12) throw errorForStatus(413, undefined);
      return alice<T>(method, url, options);
    };
    expect(await pushOutbox(db, capped, T0 + 10)).toEqual({ pushed: 40, merged: 0 });
    expect(sizes).toEqual([40, 20, 10, 10, 20, 10, 10]);
    for (const id of contacts) expect(await search(alice, `Communication?${rapportIdentifierQuery(id)}`)).toHaveLength(1);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('offline before anything is sent: the outbox waits intact and the next push sends it all', async () => {
    const db = await caseload();
    await seedClient(db, uniqueMrn(), 'Eli Park');
    const offline: Send = async () => {
      throw new SyncError('offline', 'no network');
    };
    await expect(pushOutbox(db, offline, T0)).rejects.toMatchObject({ kind: 'offline' });
    expect(await loadOutbox(db)).toHaveLength(3);
    expect(await pushOutbox(db, alice, T0 + 1)).toEqual({ pushed: 3, merged: 0 });
  });
});
