import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openRapportDb, whenOpen, type RapportDb } from '../../../../src/store/db';
import { findClients, getClient, listClients, recordSeenClient, updateClient } from '../../../../src/store/clients';
import { contactsForClient, logContact } from '../../../../src/store/contacts';
import { addCallback, callbacksForClient, countOverdue } from '../../../../src/store/callbacks';
import { addPainPoint } from '../../../../src/store/pain-points';
import { type KeyRing } from '../../../../src/store/vault/keyring';
import { Vault, VAULT_META_KEY, VaultStateError } from '../../../../src/store/vault/vault';
import { LockedError, WrongPassphraseError } from '../../../../src/store/vault/codec';
import { EnvelopeError, type WrappedKey } from '../../../../src/store/vault/crypto';
import { sealIntoFreshDatabase, SealingContentionError } from '../../../../src/store/vault/fresh';
import { checklistsForClient, tickItem } from '../../../../src/store/checklists';
import { getSiteProfile, saveSiteProfile } from '../../../../src/store/sites';
import { dispositionsForClient, recordDisposition } from '../../../../src/store/dispositions';
import { applyImport, exportBackup, planImport } from '../../../../src/store/backup';
import { DEVICE_META_KEYS } from '../../../../src/model/meta';
import { TEST_ITERATIONS } from '../sealed-mode';
import { STORE_NAMES } from '../../../../src/model/records';
import { PBKDF2_ITERATIONS } from '../../../../src/domain/crypto/passphrase';
import { memoryKeyRing } from './memory-keyring';
import { DAY_MS } from '../../../../src/domain/time/dates';
import { loadServerIds, serverIdEntry } from '../../../../src/sync/outbox';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

const T0 = Date.UTC(2026, 10, 2, 15, 0);
const PASS = 'a long enough passphrase';
const ORIGIN = 'https://ehr.example.org';

let db: RapportDb;
let ring: KeyRing;
let vault: Vault;
const others: RapportDb[] = [];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  ring = memoryKeyRing();
  vault = await Vault.attach(db, ring, { iterations: TEST_ITERATIONS });
});
afterEach(() => {
  vault.detach();
  db.close();
  for (const other of others.splice(0)) other.close();
});

/** Another window: its own connection and vault, sharing the browser's session key ring. */
async function anotherWindow(): Promise<{ db: RapportDb; vault: Vault }> {
  const second = await openRapportDb();
  others.push(second);
  return { db: second, vault: await Vault.attach(second, ring, { iterations: TEST_ITERATIONS }) };
}

async function seed() {
  const { client } = await recordSeenClient(
    db,
    { context: { name: 'Ann Marie Example', mrn: 'AT-1912', dob: '1950-03-04', phone: '555-0100', source: 'demo', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/AT-1912` },
    T0,
  );
  await logContact(db, { clientId: client.id, at: T0 + DAY_MS, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Worried about the inhaler copay', tags: ['teach-back'] }, T0 + DAY_MS);
  await addCallback(db, { clientId: client.id, dueAt: T0 + 2 * DAY_MS, reason: 'Pharmacy called back about Ann' }, T0 + DAY_MS);
  await addPainPoint(db, { clientId: client.id, text: 'Cannot afford inhaler', rootCause: 'Copay' }, T0 + DAY_MS);
  return client;
}

/** Every record as IndexedDB holds it, as text: what someone reading the profile folder would see. */
async function rawText(database = db): Promise<string> {
  const parts: unknown[] = [];
  for (const store of [...STORE_NAMES, 'meta' as const]) parts.push(await database.getAll(store));
  return JSON.stringify(parts);
}

const SECRETS = ['Ann Marie', 'ann marie', 'AT-1912', 'AT1912', '1950-03-04', '555-0100', 'inhaler', 'Pharmacy called', 'teach-back', 'Copay'];

describe('encryption at rest', () => {
  test('with a passphrase set, no identifying value or free text is left in the clear, and everything still reads', async () => {
    const client = await seed();
    expect(await rawText()).toContain('Ann Marie');
    const progress: number[] = [];
    await vault.enable(PASS, (p) => progress.push(p.done / p.total));
    expect(progress.at(-1)).toBe(1);

    const raw = await rawText();
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect(await getClient(db, client.id)).toMatchObject({ name: 'Ann Marie Example', dob: '1950-03-04', phone: '555-0100' });
    expect((await contactsForClient(db, client.id))[0]).toMatchObject({ note: 'Worried about the inhaler copay', tags: ['teach-back'] });
    expect((await callbacksForClient(db, client.id))[0]?.reason).toBe('Pharmacy called back about Ann');
    // Look-ups go through keyed hashes: by MRN (exact), by name prefix, by words, by MRN fragment.
    const again = await recordSeenClient(db, { context: { name: 'Ann Marie Example', mrn: 'AT-1912', source: 'demo', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/x` }, T0 + 3 * DAY_MS);
    expect(again.created).toBe(false);
    expect(again.client.id).toBe(client.id);
    for (const query of ['ann', 'example marie', '1912']) expect((await findClients(db, query)).map((c) => c.id)).toEqual([client.id]);
  });

  test('new writes after enabling are sealed too, and the client summary stays right', async () => {
    const client = await seed();
    await vault.enable(PASS);
    await logContact(db, { clientId: client.id, at: T0 + 5 * DAY_MS, channel: 'visit', direction: 'outbound', outcome: 'reached', note: 'Brought a pill organiser', tags: [] }, T0 + 5 * DAY_MS);
    await updateClient(db, client.id, { location: 'Ward 9, Bed 2' }, T0 + 5 * DAY_MS);
    const raw = await rawText();
    expect(raw).not.toContain('pill organiser');
    expect(raw).not.toContain('Ward 9');
    const opened = await getClient(db, client.id);
    expect(opened).toMatchObject({ location: 'Ward 9, Bed 2', lastSuccessAt: T0 + 5 * DAY_MS });
  });

  test('team sync\'s server ids are carried into the fresh database', async () => {
    const client = await seed();
    await db.put('serverIds', serverIdEntry('clients', client.id, 'patient-1'));
    await vault.enable(PASS);
    expect(await loadServerIds(db, 'clients')).toEqual(new Map([[client.id, 'patient-1']]));
  });

  test('locked: nothing opens or is written, but the overdue count still works', async () => {
    const client = await seed();
    await vault.enable(PASS);
    await vault.lock();
    expect(vault.status).toBe('locked');
    await expect(getClient(db, client.id)).rejects.toBeInstanceOf(LockedError);
    await expect(listClients(db)).rejects.toBeInstanceOf(LockedError);
    await expect(logContact(db, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, T0)).rejects.toBeInstanceOf(LockedError);
    expect(await countOverdue(db, T0 + 3 * DAY_MS)).toBe(1);
  });

  test('a wrong passphrase changes nothing; the right one opens', async () => {
    const client = await seed();
    await vault.enable(PASS);
    await vault.lock();
    const before = await rawText();
    await expect(vault.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.disable('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.changePassphrase('not the passphrase', 'another long passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await rawText()).toBe(before);
    expect(vault.status).toBe('locked');
    await vault.unlock(PASS);
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('changing the passphrase rewraps one key and rewrites no record', async () => {
    const client = await seed();
    await vault.enable(PASS);
    const recordsBefore = JSON.stringify(await Promise.all(STORE_NAMES.map((s) => db.getAll(s))));
    await vault.changePassphrase(PASS, 'the new passphrase here');
    expect(JSON.stringify(await Promise.all(STORE_NAMES.map((s) => db.getAll(s))))).toBe(recordsBefore);
    await vault.lock();
    await expect(vault.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.unlock('the new passphrase here');
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('removing the passphrase opens every record and drops the envelope', async () => {
    const client = await seed();
    await vault.enable(PASS);
    await vault.lock();
    await vault.disable(PASS);
    expect(vault.status).toBe('off');
    expect(await db.get('meta', VAULT_META_KEY)).toBeUndefined();
    expect(await ring.load()).toBeUndefined();
    const raw = await rawText();
    expect(raw).toContain('Ann Marie Example');
    expect(raw).not.toContain('"sealed"');
    expect((await contactsForClient(db, client.id))[0]?.note).toBe('Worried about the inhaler copay');
    expect((await findClients(db, 'ann')).map((c) => c.id)).toEqual([client.id]);
  });

  test('a record sealed by another window while the passphrase is being removed is opened too', async () => {
    const client = await seed();
    await vault.enable(PASS);
    const second = await anotherWindow();
    expect(second.vault.status).toBe('unlocked');
    let wrote = false;
    await vault.disable(PASS, () => {
      if (wrote) return;
      wrote = true;
      // Fire and forget: the second window writes while the first is mid-way.
      void logContact(second.db, { clientId: client.id, at: T0 + 6 * DAY_MS, channel: 'text', direction: 'inbound', outcome: 'reached', note: 'Sent in the middle', tags: [] }, T0 + 6 * DAY_MS);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const notes = (await contactsForClient(db, client.id)).map((c) => c.note);
    expect(notes).toContain('Sent in the middle');
    expect(await rawText()).not.toContain('"sealed"');
  });

  test('windows follow each other: lock in one locks all, unlock in one unlocks all', async () => {
    await seed();
    await vault.enable(PASS);
    const second = await anotherWindow();
    expect(second.vault.status).toBe('unlocked');
    await vault.lock();
    await expect.poll(() => second.vault.status).toBe('locked');
    await second.vault.unlock(PASS);
    await expect.poll(() => vault.status).toBe('unlocked');
    expect((await listClients(db)).map((c) => c.name)).toEqual(['Ann Marie Example']);
  });

  test('a window that opens later finds the vault locked when no key is in the session (a browser restart)', async () => {
    await seed();
    await vault.enable(PASS);
    ring = memoryKeyRing();
    const restarted = await anotherWindow();
    expect(restarted.vault.status).toBe('locked');
    await expect(listClients(restarted.db)).rejects.toBeInstanceOf(LockedError);
  });

  test('a record written in the clear by a window that had not yet heard of the passphrase is sealed at the next unlock', async () => {
    const client = await seed();
    await vault.enable(PASS);
    const late = { id: 'late-contact', createdAt: T0, updatedAt: T0, rev: 1, clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Written by a stale window', tags: [] } as const;
    await db.put('contacts', { ...late, tags: [] });
    await vault.lock();
    await vault.unlock(PASS);
    await expect.poll(async () => (await rawText()).includes('stale window')).toBe(false);
    expect((await contactsForClient(db, client.id)).map((c) => c.note)).toContain('Written by a stale window');
  });

  test('a backup carries the records opened and never the envelope; an import never writes one', async () => {
    expect(DEVICE_META_KEYS).toContain(VAULT_META_KEY);
    const client = await seed();
    await vault.enable(PASS);
    const file = await exportBackup(db, T0 + 3 * DAY_MS);
    expect(file.stores.meta.map((entry) => entry.key)).not.toContain(VAULT_META_KEY);
    expect(JSON.stringify(file.stores.clients)).toContain('Ann Marie Example');

    const forged = { key: VAULT_META_KEY, value: { forged: true } };
    const plan = await planImport(db, { ...file, stores: { ...file.stores, meta: [...file.stores.meta, forged] } });
    await applyImport(db, plan, IMPORTED_AT);
    expect((await db.get('meta', VAULT_META_KEY))?.value).not.toEqual({ forged: true });
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('a sealed blob moved onto another record does not open', async () => {
    await seed();
    const bob = (await recordSeenClient(db, { context: { name: 'Bob Other', mrn: 'B-2', source: 'demo', confidence: 1 }, system: ORIGIN, url: ORIGIN }, T0)).client;
    await vault.enable(PASS);
    const [annRaw] = (await db.getAll('clients')).filter((c) => c.id !== bob.id);
    const bobRaw = await db.get('clients', bob.id);
    await db.put('clients', { ...bobRaw!, sealed: (annRaw as unknown as { sealed: unknown }).sealed } as never);
    await expect(getClient(db, bob.id)).rejects.toThrow();
  });

  test('the shipped envelope uses at least 600,000 PBKDF2 iterations', async () => {
    const real = await Vault.attach(db, memoryKeyRing());
    real.detach();
    await real.enable(PASS);
    const envelope = (await db.get('meta', VAULT_META_KEY))?.value as WrappedKey;
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(envelope.iterations).toBe(PBKDF2_ITERATIONS);
    await expect(real.enable(PASS)).rejects.toBeInstanceOf(VaultStateError);
  });

  test('a short passphrase is refused before anything is written', async () => {
    await seed();
    const before = await rawText();
    await expect(vault.enable('short')).rejects.toBeInstanceOf(RangeError);
    expect(await rawText()).toBe(before);
    expect(vault.status).toBe('off');
  });

  test('checklist ticks, taught selectors and the dates inside suggestion keys are sealed too', async () => {
    const client = await seed();
    await tickItem(db, { clientId: client.id, templateId: 'discharge', itemId: 'discharge.red.teach-back' }, T0 + DAY_MS);
    await saveSiteProfile(db, { origin: ORIGIN, selectors: { mrn: '#banner-ann-marie-mrn' } }, T0);
    await recordDisposition(db, { clientId: client.id, ruleId: 'birthday', key: 'birthday:1950-03-04', action: 'done', at: T0 }, T0);
    await vault.enable(PASS);
    const raw = await rawText();
    for (const secret of [...SECRETS, 'discharge.red', 'banner-ann', 'birthday:']) expect(raw).not.toContain(secret);
    // The rule id stays readable; the key only as a keyed hash, still equal for equal keys.
    expect(raw).toContain('"ruleId":"birthday"');
    expect((await checklistsForClient(db, client.id))[0]?.itemId).toBe('discharge.red.teach-back');
    expect((await getSiteProfile(db, ORIGIN))?.selectors).toEqual({ mrn: '#banner-ann-marie-mrn' });
    expect((await dispositionsForClient(db, client.id))[0]?.key).toBe('birthday:1950-03-04');
  });

  test('enabling writes a fresh database: another window\'s handle follows it and keeps working', async () => {
    const client = await seed();
    const other = await anotherWindow();
    await vault.enable(PASS);
    await whenOpen(other.db);
    await expect.poll(() => other.vault.status).toBe('unlocked');
    expect((await getClient(other.db, client.id))?.name).toBe('Ann Marie Example');
    await logContact(other.db, { clientId: client.id, at: T0 + 3 * DAY_MS, channel: 'text', direction: 'outbound', outcome: 'message-sent', note: 'After the swap', tags: [] }, T0 + 3 * DAY_MS);
    expect((await contactsForClient(db, client.id)).map((c) => c.note)).toContain('After the swap');
    expect(await rawText()).not.toContain('After the swap');
  });

  test('a contact another window logs while the records are being sealed is in the fresh database', async () => {
    const client = await seed();
    const other = await anotherWindow();
    let writes = 0;
    const sealMeanwhile = async <T,>(_store: unknown, record: T): Promise<T> => {
      if (writes++ === 0) await logContact(other.db, { clientId: client.id, at: T0 + 3 * DAY_MS, channel: 'call', direction: 'inbound', outcome: 'reached', note: 'Logged mid-sealing', tags: [] }, T0 + 3 * DAY_MS);
      return record;
    };
    await sealIntoFreshDatabase(db, sealMeanwhile, async (entry) => entry, { marker: 'envelope' });
    await whenOpen(db);
    expect((await contactsForClient(db, client.id)).map((c) => c.note)).toContain('Logged mid-sealing');
  });

  test('a window that writes on every round makes sealing give up with nothing changed', async () => {
    const client = await seed();
    const other = await anotherWindow();
    const before = await rawText();
    let round = 0;
    const writeEveryRound = async <T,>(_store: unknown, record: T): Promise<T> => {
      await updateClient(other.db, client.id, { phone: `555-01${round++ % 10}0` }, T0 + 2 * DAY_MS + round);
      return record;
    };
    await expect(sealIntoFreshDatabase(db, writeEveryRound, async (entry) => entry, { marker: 'envelope' })).rejects.toBeInstanceOf(SealingContentionError);
    expect(JSON.parse(await rawText())).toHaveLength(JSON.parse(before).length);
    expect(await rawText()).not.toContain('marker');
    expect((await indexedDB.databases()).map((info) => info.name)).toEqual(['rapport']);
  });

  test('an envelope asking for too little or too much PBKDF2 work is refused before any work', async () => {
    await seed();
    const real = await Vault.attach(db, memoryKeyRing());
    real.detach();
    await vault.enable(PASS);
    const envelope = (await db.get('meta', VAULT_META_KEY))?.value as WrappedKey;
    for (const iterations of [1, 599_999, 10_000_001, 1e12]) {
      await db.put('meta', { key: VAULT_META_KEY, value: { ...envelope, iterations } });
      await expect(real.unlock(PASS)).rejects.toBeInstanceOf(EnvelopeError);
    }
    await db.put('meta', { key: VAULT_META_KEY, value: { ...envelope, salt: 'not bytes' } });
    await expect(vault.unlock(PASS)).rejects.toBeInstanceOf(EnvelopeError);
  });

  test('one record that does not open is skipped and reported; the others still read', async () => {
    const client = await seed();
    await logContact(db, { clientId: client.id, at: T0 + 2 * DAY_MS, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Second call', tags: [] }, T0 + 2 * DAY_MS);
    await vault.enable(PASS);
    const [first, second] = await db.getAll('contacts');
    await db.put('contacts', { ...first!, sealed: (second as unknown as { sealed: unknown }).sealed } as never);
    const reported: string[] = [];
    const opened = await vault.openAll('contacts', await db.getAll('contacts'), ({ store, id }) => reported.push(`${store}/${id}`));
    expect(opened.map((c) => c.id)).toEqual([second!.id]);
    expect(reported).toEqual([`contacts/${first!.id}`]);
  });
});
