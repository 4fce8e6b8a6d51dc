import { beforeEach, describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, ORIGIN, seedEverything, T0 } from './seed';
import { openText, resigned, signed, tryImport } from './fixtures';
import { applyImport, exportBackup, ExportBlockedError, ImportNotAppliedError, planImport, repairForExport } from '../../../src/store/backup';
import { caseloadSnapshot } from '../../../src/store/caseload';
import { getClient, lookupSeenClient, recordSeenClient } from '../../../src/store/clients';
import { exportFhir } from '../../../src/store/fhir';
import { codecOf } from '../../../src/store/vault/codec';
import { newlyDue } from '../../../src/background/due-notify';
import { addCallback } from '../../../src/store/callbacks';
import { META_KEYS } from '../../../src/model/meta';
import type { MergePlan } from '../../../src/domain/backup/merge';
import type { ClientRecord } from '../../../src/model/records';
import { DAY_MS } from '../../../src/domain/time/dates';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

/**
 * Each file here was crafted to slip past the old hand-written checks, and did real damage then
 * (issue 11). Every one is now refused with nothing written, or imported without the harm.
 */
const db = useFreshDb();
let text = '';
let before: unknown;

const chartOf = (mrn: string) => lookupSeenClient(db(), { context: { name: 'x', mrn, source: 'demo', confidence: 1 }, system: ORIGIN });

beforeEach(async () => {
  await seedEverything(db());
  text = JSON.stringify(await exportBackup(db(), T0));
  before = await dump(db());
});

describe('crafted files are refused and change nothing', () => {
  test('a record carrying an extra "sealed" key (it locked the caseload and left its PHI in the clear)', async () => {
    const file = await resigned(text, (f) => {
      f.stores.clients[0].id = 'smuggled';
      f.stores.clients[0].identities = [];
      f.stores.clients[0].sealed = { iv: 'AAAA', data: 'AAAA' };
    });
    expect(await tryImport(db(), file)).toBe('invalid');
    expect(await dump(db())).toEqual(before);
    // The caseload, the backup and the FHIR export still work.
    await expect(caseloadSnapshot(db(), T0)).resolves.toBeDefined();
    await expect(exportBackup(db(), T0)).resolves.toBeDefined();
    await expect(exportFhir(db(), { now: T0, timeZone: 'UTC', itemText: (id) => id })).resolves.toBeDefined();
  });

  test('a "deleted" key on a live record, or data on a tombstone', async () => {
    expect(await tryImport(db(), await resigned(text, (f) => (f.stores.callbacks[0].deleted = true)))).toBe('invalid');
    expect(await tryImport(db(), await resigned(text, (f) => (f.stores.contacts.find((c: any) => c.deleted).note = 'x')))).toBe('invalid');
    expect(await dump(db())).toEqual(before);
  });

  test('a timestamp beyond the range of a Date (it committed its writes, then said nothing had changed)', async () => {
    for (const at of [1e16, -1e16, 8.64e15 + 1, 1.5]) {
      expect(await tryImport(db(), await resigned(text, (f) => (f.stores.contacts[0].at = at)))).toBe('invalid');
    }
    expect(await dump(db())).toEqual(before);
  });

  test('a revision that is not a safe whole number, and text past its length cap', async () => {
    expect(await tryImport(db(), await resigned(text, (f) => (f.stores.clients[0].rev = 2 ** 60)))).toBe('invalid');
    expect(await tryImport(db(), await resigned(text, (f) => (f.stores.clients[0].name = 'x'.repeat(501))))).toBe('invalid');
    expect(await dump(db())).toEqual(before);
  });

  test('a chart link that leaves the client\'s own system (a phishing page, a script)', async () => {
    for (const url of ['https://evil.example/login', 'javascript:alert(1)', 'http://127.0.0.1:9999/chart/A1']) {
      expect(await tryImport(db(), await resigned(text, (f) => (f.stores.clients[0].identities[0].lastUrl = url)))).toBe('invalid');
    }
    expect(await dump(db())).toEqual(before);
  });

  test('an unknown meta key, or a setting with a value it cannot hold', async () => {
    const withMeta = (entry: unknown) => resigned(text, (f) => f.stores.meta.push(entry));
    expect(await tryImport(db(), await withMeta({ key: 'featureFlag', value: true }))).toBe('invalid');
    const settings = (edit: (value: any) => void) =>
      resigned(text, (f) => edit(f.stores.meta.find((entry: any) => entry.key === 'settings').value));
    expect(await tryImport(db(), await settings((value) => (value.lockAfterMinutes = 8.64e15)))).toBe('invalid');
    expect(await tryImport(db(), await settings((value) => (value.surprise = 1)))).toBe('invalid');
    expect(await dump(db())).toEqual(before);
  });

  test('two clients in one file on the same chart', async () => {
    const file = await resigned(text, (f) => {
      const copy = structuredClone(f.stores.clients[0]);
      f.stores.clients.push({ ...copy, id: 'twin' });
    });
    expect(await tryImport(db(), file)).toBe('invalid');
    expect(await dump(db())).toEqual(before);
  });
});

describe('crafted files that import without the harm', () => {
  test('a device checkpoint in the file is ignored: it cannot silence this device\'s due notifications', async () => {
    const file = await resigned(text, (f) => f.stores.meta.push({ key: META_KEYS.notifyCheckpoint, value: 8.64e15 }));
    await newlyDue(db(), T0);
    expect(await tryImport(db(), file)).toBe('ok');
    const { ann } = (await seedIds())!;
    await addCallback(db(), { clientId: ann, dueAt: T0 + 2 * DAY_MS }, T0);
    expect((await newlyDue(db(), T0 + 3 * DAY_MS)).length).toBeGreaterThan(0);
  });

  test('identity keys are derived, never taken from the file: a client cannot claim another\'s chart through them', async () => {
    const file = await resigned(text, (f) => {
      const bob = f.stores.clients.find((c: any) => c.name === 'Bob Example');
      Object.assign(bob, { id: 'intruder', rev: 1, identities: [{ system: ORIGIN, mrn: 'Z9' }], identityKeys: [`${ORIGIN}|A1`], searchName: 'ann marie example' });
    });
    expect(await tryImport(db(), file)).toBe('ok');
    expect((await chartOf('A1'))?.name).toBe('Ann Marie Example');
    expect((await chartOf('Z9'))?.id).toBe('intruder');
    expect((await getClient(db(), 'intruder'))?.identityKeys).toEqual([`${ORIGIN}|Z9`]);
  });

  test('a client claiming an existing patient\'s (system, MRN) comes in without it, as a proposed merge', async () => {
    const file = await resigned(text, (f) => {
      const bob = f.stores.clients.find((c: any) => c.name === 'Bob Example');
      Object.assign(bob, { id: 'intruder', rev: 1, name: 'Mallory', identities: [{ system: ORIGIN, mrn: 'A1', lastUrl: `${ORIGIN}/chart/A1` }] });
      f.stores.clients = [bob];
    });
    const plan = await planImport(db(), await openText(file));
    const ann = (await chartOf('A1'))!;
    expect(plan.proposedMerges).toEqual([{ incomingId: 'intruder', localId: ann.id, system: ORIGIN }]);
    await applyImport(db(), plan, IMPORTED_AT);
    expect((await chartOf('A1'))?.id).toBe(ann.id);
    expect((await getClient(db(), 'intruder'))?.identities).toEqual([]);
  });

  test('two devices that recorded the same patient: the second one\'s client does not take over the chart', async () => {
    // Another device saw Ann's chart first and wrote its own record of her.
    const other = JSON.parse(text);
    const ann = other.stores.clients.find((c: any) => c.name === 'Ann Marie Example');
    other.stores = { ...other.stores, clients: [{ ...ann, id: 'other-device-ann', rev: 1 }], contacts: [], callbacks: [], checklists: [], painPoints: [], dispositions: [] };
    const plan = await planImport(db(), await openText(await signed(other)));
    expect(plan.proposedMerges).toHaveLength(1);
    await applyImport(db(), plan, IMPORTED_AT);
    expect((await chartOf('A1'))?.name).toBe('Ann Marie Example');
    expect((await chartOf('A1'))?.id).not.toBe('other-device-ann');
  });

  test('a chart taken here after the file was checked stops the import, which then changes nothing', async () => {
    const file = await resigned(text, (f) => {
      const bob = f.stores.clients.find((c: any) => c.name === 'Bob Example');
      Object.assign(bob, { id: 'late', rev: 1, identities: [{ system: ORIGIN, mrn: 'N1' }] });
    });
    const plan = await planImport(db(), await openText(file));
    await recordSeenClient(db(), { context: { name: 'Nina New', mrn: 'N1', source: 'demo', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/N1` }, T0 + DAY_MS);
    const now = await dump(db());
    await expect(applyImport(db(), plan, IMPORTED_AT)).rejects.toBeInstanceOf(ImportNotAppliedError);
    expect(await dump(db())).toEqual(now);
  });

  test('an older file that lacks stores added since restores', async () => {
    const older = await resigned(text, (f) => {
      delete f.stores.sites;
      delete f.stores.painPoints;
      delete f.stores.dispositions;
      f.schemaVersion = 1;
    });
    expect(await tryImport(db(), older)).toBe('ok');
    expect(await dump(db())).toEqual(before);
  });

  test('derived fields an older file carries are recomputed, whatever they say', async () => {
    const older = await resigned(text, (f) => {
      for (const client of f.stores.clients) Object.assign(client, { identityKeys: ['bogus'], searchName: 'bogus', nameDobKey: 'bogus', lastSuccessAt: 1, lastAttemptAt: 1 });
    });
    expect(await tryImport(db(), older)).toBe('ok');
    expect(await dump(db())).toEqual(before);
  });
});

describe('a failure inside the import transaction', () => {
  test('aborts it: the writes already queued are undone, and only then is "nothing was changed" said', async () => {
    const plan: MergePlan = await planImport(db(), await openText(await resigned(text, (f) => {
      for (const store of ['contacts', 'callbacks'] as const) for (const r of f.stores[store]) Object.assign(r, { id: `${r.id}-new`, rev: 1 });
    })));
    // A value IndexedDB cannot store, reached after every record write was queued.
    plan.meta.push({ key: 'poison', value: () => undefined });
    await expect(applyImport(db(), plan, IMPORTED_AT)).rejects.toBeInstanceOf(ImportNotAppliedError);
    expect(await dump(db())).toEqual(before);
  });
});

describe('export writes only what import accepts', () => {
  async function damage(): Promise<ClientRecord> {
    const { ann } = (await seedIds())!;
    const client = (await getClient(db(), ann))!;
    // As an older version could have left it: a chart link to another site, and a stray field.
    const damaged = { ...client, identities: [{ ...client.identities[0]!, lastUrl: 'https://elsewhere.example/x' }], legacy: 1 };
    await db().put('clients', (await codecOf(db()).seal('clients', damaged as ClientRecord)) as never);
    return client;
  }

  test('a malformed record is named, and nothing is written until the user decides', async () => {
    const client = await damage();
    const blocked = await exportBackup(db(), T0).catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(ExportBlockedError);
    expect((blocked as ExportBlockedError).problems).toEqual([{ store: 'clients', id: client.id, problem: expect.stringMatching(/legacy|lastUrl/), client: client.name }]);
  });

  test('a malformed record about a client is named by that client, not by its id alone', async () => {
    const { ann } = (await seedIds())!;
    const [contact] = (await dump(db())).contacts.filter((c) => !('deleted' in c) && c.clientId === ann);
    await db().put('contacts', (await codecOf(db()).seal('contacts', { ...contact!, stray: true } as never)) as never);
    const blocked = (await exportBackup(db(), T0).catch((error: unknown) => error)) as ExportBlockedError;
    expect(blocked.problems).toEqual([{ store: 'contacts', id: contact!.id, problem: expect.stringContaining('stray'), client: 'Ann Marie Example' }]);
  });

  test('left out, the client and everything about them stay behind; the file restores', async () => {
    const client = await damage();
    const file = JSON.stringify(await exportBackup(db(), T0, [{ store: 'clients', id: client.id }]));
    expect(file).not.toContain(client.id);
    expect(await tryImport(db(), file)).toBe('ok');
  });

  test('repaired, what does not fit is dropped and the rest is kept; the file restores', async () => {
    const client = await damage();
    expect(await repairForExport(db(), { store: 'clients', id: client.id }, T0 + DAY_MS)).toBe(true);
    const repaired = (await getClient(db(), client.id))!;
    expect(repaired).toMatchObject({ name: client.name, identities: [{ system: ORIGIN, mrn: 'A1' }] });
    expect(repaired.identities[0]?.lastUrl).toBeUndefined();
    expect('legacy' in repaired).toBe(false);
    const file = JSON.stringify(await exportBackup(db(), T0 + DAY_MS));
    expect(await tryImport(db(), file)).toBe('ok');
  });
});

async function seedIds() {
  const ann = await chartOf('A1');
  return ann ? { ann: ann.id } : undefined;
}
