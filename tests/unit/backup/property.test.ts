import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { applyImport, exportBackup, planImport, readAllOpened, readAllStores, type StoredStores } from '../../../src/store/backup';
import { createClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { BackupError } from '../../../src/domain/backup/format';
import { canonicalJson } from '../../../src/domain/canonical-json';
import { contactSummary } from '../../../src/domain/contacts/contacts';
import { clientKeys, identityKey } from '../../../src/domain/identity/identity';
import { normaliseSettings } from '../../../src/domain/settings/settings';
import { DERIVED_CLIENT_FIELDS, STORE_NAMES, type ClientRecord, type StoreName } from '../../../src/model/records';
import { openText, signed } from './fixtures';
import { ORIGIN, seedEverything, T0 } from './seed';
import { SEALED, sealIfAsked } from '../store/sealed-mode';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

/**
 * "Any file either imports exactly or is refused with nothing changed", checked by dumping the
 * database after every case. Random bytes and damaged files mostly die at the parser or the
 * checksum; the near-valid files are what test the schemas and the transaction: a valid backup
 * with one field mutated, a key added, a number out of range, an identity duplicated or a store
 * dropped, re-signed so the checksum holds.
 *
 * How many: the space is 8 kinds of mutation, 5 of them aimed at one of 7 stores, 38 kinds and
 * targets in all; 3,000 files hit each some 80 times, each side of the claim (imported, refused) far
 * past its floor below, and fast-check draws a new seed every run (printed on failure), so the runs
 * together keep walking the whole space. The sealed pass re-checks the same import and refusal
 * paths on sealed rows: 1,000. `npm run bench` runs the earlier full sample (10,000 and 2,000,
 * BACKUP_FULL_SAMPLE=1), 40 s of CPU that CI spent on every run.
 */
const NEAR_VALID_RUNS = process.env.BACKUP_FULL_SAMPLE === '1' ? (SEALED ? 2_000 : 10_000) : SEALED ? 1_000 : 3_000;

/** The database as the user would see it: every store opened, records in a fixed order. */
async function snapshot(db: RapportDb): Promise<Record<string, string[]>> {
  return canonicalStores(await readAllOpened(db));
}
function canonicalStores(stores: StoredStores): Record<string, string[]> {
  return Object.fromEntries(
    [...STORE_NAMES, 'meta' as const].map((name) => [name, (stores[name] as object[]).map((record) => canonicalJson(record)).sort()]),
  );
}

/** The target keeps one client of its own, on a chart the near-valid files sometimes claim. */
const LOCAL_MRN = 'L1';
let validText = '';
let validFile: Record<string, any>;
let sourceSnapshot: Record<string, string[]>;
let target: RapportDb;
let baselineRaw: StoredStores;
let baseline: Record<string, string[]>;

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  // The valid file comes from a second database, so a good import really changes the target.
  const source = await openRapportDb('source');
  await sealIfAsked(source);
  await seedEverything(source);
  validText = JSON.stringify(await exportBackup(source, T0));
  validFile = JSON.parse(validText);
  // What describes the source database itself (its passphrase envelope) never travels.
  const { meta, ...records } = await snapshot(source);
  sourceSnapshot = { ...records, meta: (meta ?? []).filter((entry) => !entry.includes('"key":"vault"')) };
  source.close();

  target = await openRapportDb('target');
  await sealIfAsked(target);
  const local = await createClient(target, { name: 'Lou Local', mrn: LOCAL_MRN, system: ORIGIN }, T0 - 1000);
  await logContact(target, { clientId: local.id, at: T0 - 500, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, T0 - 500);
  baselineRaw = await readAllStores(target);
  baseline = await snapshot(target);
});

/** Puts the target back as it was (raw rows: sealed ones stay sealed under the same key). */
async function resetTarget(): Promise<void> {
  const tx = target.transaction([...STORE_NAMES, 'meta' as const], 'readwrite');
  for (const name of [...STORE_NAMES, 'meta'] as const) {
    const store = tx.objectStore(name);
    await store.clear();
    for (const row of baselineRaw[name] as object[]) await store.put(row as never);
  }
  await tx.done;
}

type Outcome = 'imported' | 'refused';

/** Opens, plans and applies; on a refusal, the database must be exactly as before. */
async function importOrRefuse(db: RapportDb, text: string, unchanged: Record<string, string[]>): Promise<Outcome> {
  try {
    await applyImport(db, await planImport(db, await openText(text)), IMPORTED_AT);
    return 'imported';
  } catch (error) {
    expect(error, String((error as { cause?: unknown }).cause ?? error)).toBeInstanceOf(BackupError);
    expect(await snapshot(db)).toEqual(unchanged);
    return 'refused';
  }
}

describe('any byte string either imports exactly or is refused with nothing changed', () => {
  test('random and damaged bytes', async () => {
    const valid = new TextEncoder().encode(validText);
    const damaged = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean())
      .map(([at, xor, cut]) => (cut ? valid.slice(0, at) : valid.map((b, i) => (i === at ? b ^ xor : b))));
    const files = fc.oneof(
      { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 3 },
      { arbitrary: fc.string().map((s) => new TextEncoder().encode(s)), weight: 2 },
      { arbitrary: damaged, weight: 4 },
      { arbitrary: fc.constant(valid), weight: 1 },
    );
    const tally = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(files, async (bytes) => {
        // Bytes as a file reader hands them over: UTF-8, with replacement for broken sequences.
        let outcome: Outcome | undefined;
        try {
          outcome = await importOrRefuse(target, new TextDecoder().decode(bytes), baseline);
          tally[outcome]++;
          if (outcome === 'imported') expect(await snapshot(target)).toEqual(merged(sourceSnapshot));
        } finally {
          if (outcome !== 'refused') await resetTarget();
        }
      }),
      { numRuns: 300 },
    );
    expect(tally.imported).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(200);
  });
});

/** The baseline plus every record of the file: what an import into the target must give. */
function merged(file: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.keys(baseline).map((name) => [name, [...new Set([...(baseline[name] ?? []), ...(file[name] ?? [])])].sort()]));
}

// ——— near-valid files ———

const TRICKY_VALUES: unknown[] = [
  1e16, -1e16, 8.64e15 + 1, 8.64e15, Date.UTC(9000, 0, 1), Date.UTC(9000, 0, 1) + 1, -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, null, true, false, '', 'x', 'x'.repeat(100_001),
  '2023-02-30', '1950-01-01', 'javascript:alert(1)', 'https://evil.example/chart', `${ORIGIN}/chart/other`, {}, [], [1], { iv: 'AA', data: 'AA' },
];
const EXTRA_KEYS = ['sealed', 'deleted', 'identityKeys', 'enrolledAt', '__proto__', 'constructor', 'extra', 'clientId'];

type Mutation =
  | { kind: 'set'; store: string; index: number; path: string[]; value: unknown }
  | { kind: 'add'; store: string; index: number; path: string[]; key: string; value: unknown }
  | { kind: 'remove'; store: string; index: number; path: string[] }
  | { kind: 'duplicate-record'; store: string; index: number; freshId: boolean }
  | { kind: 'claim-local-chart'; index: number }
  | { kind: 'duplicate-identity'; from: number; to: number }
  | { kind: 'drop-store'; store: string }
  | { kind: 'meta'; key: string; value: unknown };

const storeNames = [...STORE_NAMES] as string[];
const anyValue = fc.constantFrom(...TRICKY_VALUES);
/** A field path inside a record: a top-level field, or one inside its first nested object or list. */
const fieldPath = fc.tuple(fc.nat(), fc.nat(), fc.boolean());

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), store: fc.constantFrom(...storeNames), index: fc.nat(), path: fieldPath.map(String).map((p) => p.split(',')), value: anyValue }),
  fc.record({ kind: fc.constant('add' as const), store: fc.constantFrom(...storeNames), index: fc.nat(), path: fieldPath.map(String).map((p) => p.split(',')), key: fc.constantFrom(...EXTRA_KEYS), value: anyValue }),
  fc.record({ kind: fc.constant('remove' as const), store: fc.constantFrom(...storeNames), index: fc.nat(), path: fieldPath.map(String).map((p) => p.split(',')) }),
  fc.record({ kind: fc.constant('duplicate-record' as const), store: fc.constantFrom(...storeNames), index: fc.nat(), freshId: fc.boolean() }),
  fc.record({ kind: fc.constant('claim-local-chart' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-identity' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('drop-store' as const), store: fc.constantFrom(...storeNames) }),
  fc.record({ kind: fc.constant('meta' as const), key: fc.constantFrom('settings.lockAfterMinutes', 'settings.schedule.endMinutes', 'settings.extra', 'notify:checkedThrough', 'vault', 'unknown'), value: anyValue }),
);

const own = (object: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

/** Where a path of picks lands: [record, field] or [record, field, nested key]. */
function target3(record: Record<string, any>, [a, b, deep]: string[]): { parent: Record<string, any>; key: string } | undefined {
  const keys = Object.keys(record);
  const key = keys[Number(a) % keys.length] as string;
  const value = record[key];
  if (deep !== 'true' || typeof value !== 'object' || value === null) return { parent: record, key };
  const inner = Array.isArray(value) ? value[0] : value;
  if (typeof inner !== 'object' || inner === null) return { parent: value, key: Array.isArray(value) ? '0' : key };
  const innerKeys = Object.keys(inner);
  return innerKeys.length ? { parent: inner, key: innerKeys[Number(b) % innerKeys.length] as string } : undefined;
}

function mutate(file: Record<string, any>, m: Mutation): void {
  const stores = file.stores as Record<string, any[]>;
  const pick = (store: string, index: number) => (stores[store]?.length ? stores[store]![index % stores[store]!.length] : undefined);
  switch (m.kind) {
    case 'set':
    case 'add':
    case 'remove': {
      const record = pick(m.store, m.index);
      const at = record && target3(record, m.path);
      if (!at) return;
      if (m.kind === 'set') own(at.parent, at.key, m.value);
      else if (m.kind === 'add') {
        // A list has no keys a file could carry.
        if (!Array.isArray(at.parent)) own(at.parent, m.key, m.value);
      }
      else delete at.parent[at.key];
      return;
    }
    case 'duplicate-record': {
      const record = pick(m.store, m.index);
      if (record) stores[m.store]!.push({ ...structuredClone(record), ...(m.freshId ? { id: `copy-${record.id}` } : {}) });
      return;
    }
    case 'claim-local-chart': {
      const client = pick('clients', m.index);
      if (client && !client.deleted) client.identities = [...client.identities, { system: ORIGIN, mrn: LOCAL_MRN }];
      return;
    }
    case 'duplicate-identity': {
      const from = pick('clients', m.from);
      const to = pick('clients', m.to);
      if (from && to && !from.deleted && !to.deleted) to.identities = [...to.identities, ...structuredClone(from.identities)];
      return;
    }
    case 'drop-store':
      delete stores[m.store];
      return;
    case 'meta': {
      const [key, ...path] = m.key.split('.');
      if (!path.length) {
        stores.meta!.push({ key, value: m.value });
        return;
      }
      const entry = stores.meta!.find((e) => e.key === key);
      let node = entry?.value;
      for (const step of path.slice(0, -1)) node = node?.[step];
      if (node) own(node, path.at(-1) as string, m.value);
    }
  }
}

/**
 * What an accepted file must have done: the baseline untouched but for what the file adds, each
 * file record stored as the file has it, less any chart the local client already holds (that one
 * becomes a proposed merge), with every derived field recomputed from the rest.
 */
async function expectExactImport(file: Record<string, any>): Promise<void> {
  const stores = await readAllOpened(target);
  const localKey = identityKey(ORIGIN, LOCAL_MRN);
  const localId = (baselineRaw.clients[0] as ClientRecord).id;
  for (const name of STORE_NAMES) {
    const byId = new Map((stores[name] as { id: string }[]).map((record) => [record.id, record]));
    const expected = [...(baselineRaw[name] as { id: string }[]).filter((r) => name !== 'clients' || r.id === localId), ...((file.stores[name] ?? []) as { id: string }[])];
    expect(byId.size, name).toBe(new Set(expected.map((r) => r.id)).size);
    for (const record of file.stores[name] ?? []) {
      const stored = byId.get(record.id) as Record<string, any>;
      expect(stored, `${name}/${record.id}`).toBeDefined();
      expect(comparable(name, stored, localKey)).toEqual(comparable(name, JSON.parse(JSON.stringify(record)), localKey));
    }
  }
  expect(stores.clients.find((c) => c.id === localId)).toEqual(baselineOpened);
  for (const client of stores.clients) {
    if ('deleted' in client) continue;
    expect(client).toMatchObject(JSON.parse(JSON.stringify(clientKeys(client))));
    const contacts = stores.contacts.filter((c) => !('deleted' in c) && c.clientId === client.id);
    const summary = contactSummary(contacts as never, 0);
    expect([client.lastSuccessAt, client.lastAttemptAt]).toEqual([summary.lastSuccessAt, summary.lastAttemptAt]);
  }
  const settings = file.stores.meta?.find((e: any) => e.key === 'settings');
  if (settings) {
    const value = stores.meta.find((e) => e.key === 'settings')?.value as { schedule: { timeZone: string } };
    expect(value).toEqual(normaliseSettings(settings.value, value.schedule.timeZone));
  }
}

let baselineOpened: ClientRecord | undefined;

/** A record as a comparison sees it: derived fields and enrolment (the store keeps those) aside. */
function comparable(store: StoreName, record: Record<string, any>, localKey: string): unknown {
  if (store !== 'clients' || record.deleted) return record;
  const out: Record<string, any> = { ...record };
  for (const field of [...DERIVED_CLIENT_FIELDS, 'enrolledAt']) delete out[field];
  out.identities = (out.identities as { system: string; mrn: string }[]).filter((i) => !i.mrn || identityKey(i.system, i.mrn) !== localKey);
  return out;
}

describe('near-valid files: one mutation of a valid backup, re-signed', () => {
  test(`${NEAR_VALID_RUNS} files each import exactly or are refused with nothing changed`, async () => {
    baselineOpened = (await readAllOpened(target)).clients[0] as ClientRecord;
    const tally = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const file = structuredClone(validFile);
        mutate(file, m);
        const text = await signed(file);
        let outcome: Outcome | undefined;
        try {
          outcome = await importOrRefuse(target, text, baseline);
          tally[outcome]++;
          if (outcome === 'imported') await expectExactImport(JSON.parse(text));
        } finally {
          // A failing case must not leave the next one a changed database.
          if (outcome !== 'refused') await resetTarget();
        }
      }),
      { numRuns: NEAR_VALID_RUNS },
    );
    // Both sides of the claim were exercised, many times each.
    expect(tally.imported).toBeGreaterThan(NEAR_VALID_RUNS / 10);
    expect(tally.refused).toBeGreaterThan(NEAR_VALID_RUNS / 10);
    console.log(`near-valid backups: ${tally.imported} imported exactly, ${tally.refused} refused with nothing changed`);
  }, 600_000);
});
