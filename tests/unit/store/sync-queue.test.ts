import { describe, expect, test } from 'vitest';
import { createClient, recordSeenClient, updateClient } from '../../../src/store/clients';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { addCallback, completeCallback, reopenCallback } from '../../../src/store/callbacks';
import { enrolClient } from '../../../src/store/enrolment';
import { deleteRecord, StaleWriteError } from '../../../src/store/base';
import { addPainPoint } from '../../../src/store/pain-points';
import { tickItem } from '../../../src/store/checklists';
import { recordDisposition } from '../../../src/store/dispositions';
import { DISCHARGE_TEMPLATE_ID, RISK_YES_TEMPLATE_ID } from '../../../src/domain/checklists/checklist';
import { loadOutbox } from '../../../src/sync/outbox';
import { saveSyncSettings, SYNC_OFF } from '../../../src/sync/settings';
import type { RapportDb } from '../../../src/store/db';
import type { ClientContext } from '../../../src/model/context';
import { HOUR, T0, useFreshDb } from './helpers';

/**
 * Team sync's outbox is filled by the store's own writes, in their transactions: on, every change
 * the team shares is queued (with the fields it changed); off, nothing is.
 */
const db = useFreshDb();
const EHR = 'https://ehr.example';
const page = (over: Partial<ClientContext> = {}): ClientContext => ({ name: 'Maria Garcia', mrn: 'MRN-001', dob: '1948-07-04', source: 'generic', confidence: 0.9, ...over });
const call = (clientId: string, at = T0) => ({ clientId, at, channel: 'call' as const, direction: 'outbound' as const, outcome: 'reached' as const, tags: [] });

const turnSyncOn = (database: RapportDb) => saveSyncSettings(database, { enabled: true, fhirBase: 'https://fhir.example.org/R4/', clientId: 'rapport' });
const STORE_ORDER = ['clients', 'contacts', 'callbacks', 'painPoints', 'checklists'];
/** The outbox, clients first (the order a push takes them in). */
const queued = async () =>
  (await loadOutbox(db()))
    .map(({ store, id, fields }) => ({ store, id, ...(fields ? { fields: [...fields].sort() } : {}) }))
    .sort((a, b) => STORE_ORDER.indexOf(a.store) - STORE_ORDER.indexOf(b.store));

/** Everything a care manager does in a day, through the store's public writes. */
async function aDayOfWork(database: RapportDb) {
  const { client } = await recordSeenClient(database, { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
  await enrolClient(database, client.id, T0);
  const contact = await logContact(database, call(client.id), T0 + HOUR);
  const callback = await addCallback(database, { clientId: client.id, dueAt: T0 + 24 * HOUR }, T0 + HOUR);
  await completeCallback(database, callback.id, T0 + 2 * HOUR);
  await updateClient(database, client.id, { phone: '555-0199' }, T0 + 2 * HOUR);
  await deleteContact(database, contact.id, T0 + 3 * HOUR);
  return { client, contact, callback };
}

describe('the store queues changes for the team', () => {
  test('with sync off nothing is queued and the meta store holds no outbox', async () => {
    await aDayOfWork(db());
    expect(await queued()).toEqual([]);
    expect((await db().getAllKeys('meta')).filter((key) => key.startsWith('sync'))).toEqual([]);
  });

  test('with sync on every shared write is queued once per record, new and deleted records whole', async () => {
    await turnSyncOn(db());
    const { client, contact, callback } = await aDayOfWork(db());
    expect(await queued()).toEqual([
      { store: 'clients', id: client.id },
      { store: 'contacts', id: contact.id },
      { store: 'callbacks', id: callback.id },
    ]);
    expect((await loadOutbox(db())).map((entry) => entry.edits)).toEqual([2, 2, 2]);
  });

  test('a form that saves every field it shows queues only the ones whose value changed', async () => {
    const { client } = await recordSeenClient(db(), { context: page({ phone: '555-0100' }), system: EHR, url: `${EHR}/chart/1` }, T0);
    await enrolClient(db(), client.id, T0);
    await turnSyncOn(db());
    const shown = await updateClient(db(), client.id, { dob: '1948-07-04' }, T0 + HOUR);
    expect(await queued()).toEqual([]);

    await updateClient(db(), client.id, { name: shown.name, phone: shown.phone, dob: '1948-07-05' }, T0 + HOUR);
    expect(await queued()).toEqual([{ store: 'clients', id: client.id, fields: ['dob'] }]);
  });

  test('an edit queues only the shared fields it changed; an edit of nothing shared queues nothing', async () => {
    const { client } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
    await enrolClient(db(), client.id, T0);
    const callback = await addCallback(db(), { clientId: client.id, dueAt: T0 + HOUR }, T0);
    await turnSyncOn(db());

    await updateClient(db(), client.id, { tier: 'high' }, T0 + HOUR);
    expect(await queued()).toEqual([]);
    await updateClient(db(), client.id, { name: 'Maria L Garcia' }, T0 + HOUR);
    await updateClient(db(), client.id, { phone: '555-0199' }, T0 + HOUR);
    await completeCallback(db(), callback.id, T0 + 2 * HOUR);
    await reopenCallback(db(), callback.id, T0 + 3 * HOUR);
    expect(await queued()).toEqual([
      { store: 'clients', id: client.id, fields: ['name', 'phone'] },
      { store: 'callbacks', id: callback.id, fields: ['doneAt', 'status'] },
    ]);
  });

  test('a client only looked at never leaves the machine; the caseload\'s clients do, one added by hand at once', async () => {
    await turnSyncOn(db());
    const { client } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
    await recordSeenClient(db(), { context: page({ phone: '555-0100' }), system: EHR, url: `${EHR}/chart/1` }, T0 + HOUR);
    expect(await queued()).toEqual([]);
    const byHand = await createClient(db(), { name: 'Ada Quill' }, T0 + HOUR);
    await updateClient(db(), byHand.id, { phone: '555-0142' }, T0 + HOUR);
    expect(await queued()).toEqual([{ store: 'clients', id: byHand.id }]);

    await enrolClient(db(), client.id, T0 + 2 * HOUR);
    await enrolClient(db(), client.id, T0 + 3 * HOUR);
    expect(await queued()).toEqual([{ store: 'clients', id: byHand.id }, { store: 'clients', id: client.id }]);
  });

  test('a visit queues what the page changed and a new chart number, not the re-stamp of where it was seen', async () => {
    const { client } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
    await enrolClient(db(), client.id, T0);
    await turnSyncOn(db());

    await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0 + HOUR);
    expect(await queued()).toEqual([]);
    await recordSeenClient(db(), { context: page({ phone: '555-0100' }), system: EHR, url: `${EHR}/chart/1` }, T0 + 2 * HOUR);
    await recordSeenClient(db(), { context: page(), system: 'https://other-ehr.example', url: 'https://other-ehr.example/p/9' }, T0 + 3 * HOUR);
    expect(await queued()).toEqual([{ store: 'clients', id: client.id, fields: ['phone'] }]);
  });

  test('a call logged with a visit is queued with it; records the team does not share are not', async () => {
    await turnSyncOn(db());
    const { client, contact } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0, {
      at: T0,
      channel: 'call',
      direction: 'outbound',
      outcome: 'reached',
      tags: [],
    });
    const point = await addPainPoint(db(), { clientId: client.id, text: 'Stairs at home' }, T0);
    const discharge = await tickItem(db(), { clientId: client.id, templateId: DISCHARGE_TEMPLATE_ID, itemId: 'med-reconciliation' }, T0);
    await tickItem(db(), { clientId: client.id, templateId: RISK_YES_TEMPLATE_ID, itemId: 'problem-medications' }, T0);
    await recordDisposition(db(), { clientId: client.id, ruleId: 'birthday', key: 'k', action: 'done', at: T0 }, T0);
    expect(await queued()).toEqual([
      { store: 'contacts', id: contact?.id },
      { store: 'painPoints', id: point.id },
      { store: 'checklists', id: discharge.id },
    ]);
  });

  test('a refused write queues nothing, and a deleted record is queued whole', async () => {
    const { client } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
    const callback = await addCallback(db(), { clientId: client.id, dueAt: T0 + HOUR }, T0);
    await turnSyncOn(db());
    await expect(updateClient(db(), client.id, { phone: '555-0199' }, T0, 99)).rejects.toBeInstanceOf(StaleWriteError);
    expect(await queued()).toEqual([]);
    await deleteRecord(db(), 'callbacks', callback.id, T0 + HOUR);
    expect(await queued()).toEqual([{ store: 'callbacks', id: callback.id }]);
  });

  test('turning sync off stops the queueing', async () => {
    await turnSyncOn(db());
    await saveSyncSettings(db(), { ...SYNC_OFF, fhirBase: 'https://fhir.example.org/R4/', clientId: 'rapport' });
    const { client } = await recordSeenClient(db(), { context: page(), system: EHR, url: `${EHR}/chart/1` }, T0);
    await logContact(db(), call(client.id), T0);
    expect(await queued()).toEqual([]);
  });
});
