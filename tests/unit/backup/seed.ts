import type { RapportDb } from '../../../src/store/db';
import { getClient, recordSeenClient, updateClient } from '../../../src/store/clients';
import { addCallback, completeCallback } from '../../../src/store/callbacks';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { tickItem } from '../../../src/store/checklists';
import { addPainPoint } from '../../../src/store/pain-points';
import { recordDisposition } from '../../../src/store/dispositions';
import { saveSiteProfile } from '../../../src/store/sites';
import { saveSettings } from '../../../src/store/settings';
import { defaultSettings } from '../../../src/domain/settings/settings';
import { readAllOpened } from '../../../src/store/backup';
import type { ClientRecord } from '../../../src/model/records';
import { DAY_MS } from '../../../src/domain/time/dates';

export const T0 = Date.UTC(2026, 10, 2, 15, 0);
export const ORIGIN = 'http://127.0.0.1:8765';

/** A small caseload touching every store, with a tombstone in several of them. */
export async function seedEverything(db: RapportDb): Promise<{ ann: ClientRecord; bob: ClientRecord }> {
  const seen = async (name: string, mrn: string, dob: string, sex: string) =>
    (
      await recordSeenClient(
        db,
        { context: { name, mrn, dob, sex, phone: '555-0100', source: 'demo', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/${mrn}` },
        T0,
      )
    ).client;
  let ann = await seen('Ann Marie Example', 'A1', '1950-03-04', 'F');
  const bob = await seen('Bob Example', 'B1', '1948-12-31', 'M');
  ann = await updateClient(db, ann.id, { tier: 'high', cadence: { idealDays: 7, maxDays: 14 } }, T0 + 1);
  await logContact(db, { clientId: ann.id, at: T0 + DAY_MS, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Talked about meds', tags: ['teach-back'] }, T0 + DAY_MS);
  await logContact(db, { clientId: ann.id, at: T0 + 2 * DAY_MS, channel: 'text', direction: 'inbound', outcome: 'message-sent', tags: [] }, T0 + 2 * DAY_MS);
  const gone = await logContact(db, { clientId: bob.id, at: T0 + DAY_MS, channel: 'visit', direction: 'outbound', outcome: 'no-answer', tags: [] }, T0 + DAY_MS);
  await deleteContact(db, gone.id, T0 + 3 * DAY_MS);
  await addCallback(db, { clientId: ann.id, dueAt: T0 + 5 * DAY_MS, reason: 'Pharmacy question' }, T0 + DAY_MS);
  const done = await addCallback(db, { clientId: bob.id, dueAt: T0 + 2 * DAY_MS }, T0 + DAY_MS);
  await completeCallback(db, done.id, T0 + 2 * DAY_MS);
  await tickItem(db, { clientId: ann.id, templateId: 'trust', itemId: 'trust.respect.on-time' }, T0 + DAY_MS);
  await addPainPoint(db, { clientId: ann.id, text: 'Cannot afford inhaler', rootCause: 'Copay' }, T0 + DAY_MS);
  await recordDisposition(db, { clientId: ann.id, ruleId: 'birthday', key: 'k1', action: 'dismissed', at: T0 + DAY_MS }, T0 + DAY_MS);
  await saveSiteProfile(db, { origin: 'https://ehr.example.org', selectors: { name: 'h1' }, dateOrder: 'MDY' }, T0);
  await saveSettings(db, defaultSettings('America/New_York'));
  return { ann: (await getClient(db, ann.id))!, bob: (await getClient(db, bob.id))! };
}

/** Everything in the database, sorted, for before/after comparisons. */
/** Every store as written (opened when sealed: seals carry fresh IVs, so raw bytes never repeat). */
export async function dump(db: RapportDb) {
  const stores = await readAllOpened(db);
  return JSON.parse(JSON.stringify(stores)) as typeof stores;
}
