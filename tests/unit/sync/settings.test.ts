import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import {
  checkConnectionInput,
  loadSyncSettings,
  originPattern,
  parseSyncSettings,
  saveSyncSettings,
  SYNC_OFF,
  SYNC_SETTINGS_KEY,
} from '../../../src/sync/settings';
import { SyncError } from '../../../src/sync/errors';

let db: RapportDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
});

describe('sync settings', () => {
  test('off by default: a fresh database reads as sync off with no server', async () => {
    expect(await loadSyncSettings(db)).toEqual(SYNC_OFF);
  });

  test('a saved connection reads back as saved', async () => {
    const saved = { enabled: true, fhirBase: 'https://fhir.example.org/R4/', clientId: 'rapport', fhirUser: 'Practitioner/abc-1', connectedAt: 5 };
    await saveSyncSettings(db, saved);
    expect(await loadSyncSettings(db)).toEqual(saved);
  });

  test.each([
    ['not an object', 'sync please'],
    ['enabled is not a boolean', { enabled: 'yes', fhirBase: '', clientId: '' }],
    ['fhirUser is a script', { enabled: true, fhirBase: 'https://a.example/', clientId: 'x', fhirUser: 'javascript:alert(1)' }],
    ['unknown role', { enabled: true, fhirBase: 'https://a.example/', clientId: 'x', role: 'root' }],
  ])('a damaged entry (%s) reads as sync off, never half-connected', async (_why, value) => {
    await db.put('meta', { key: SYNC_SETTINGS_KEY, value });
    expect(await loadSyncSettings(db)).toEqual(SYNC_OFF);
    expect(parseSyncSettings(value)).toEqual(SYNC_OFF);
  });

  test('saving an invalid record is refused, not stored', async () => {
    await expect(saveSyncSettings(db, { ...SYNC_OFF, fhirUser: 'no spaces allowed/1' } as never)).rejects.toThrow();
    expect(await db.get('meta', SYNC_SETTINGS_KEY)).toBeUndefined();
  });
});

describe('what the user types to connect', () => {
  test('an https base is normalised with a trailing slash, query and fragment dropped', () => {
    expect(checkConnectionInput(' https://fhir.example.org/R4?x=1#y ', ' rapport-app ', false)).toEqual({
      fhirBase: 'https://fhir.example.org/R4/',
      clientId: 'rapport-app',
    });
  });

  test.each(['http://fhir.example.org/R4', 'ftp://fhir.example.org', 'fhir.example.org', 'https://user:pw@fhir.example.org/'])(
    '%s is refused with words saying why',
    (input) => {
      expect(() => checkConnectionInput(input, 'rapport', false)).toThrow(SyncError);
    },
  );

  test('loopback http only when the build allows it (test builds), and never another http host', () => {
    expect(() => checkConnectionInput('http://127.0.0.1:8080/fhir', 'rapport', false)).toThrow(/https/);
    expect(checkConnectionInput('http://127.0.0.1:8080/fhir', 'rapport', true).fhirBase).toBe('http://127.0.0.1:8080/fhir/');
    expect(checkConnectionInput('http://localhost:9/fhir', 'rapport', true).fhirBase).toBe('http://localhost:9/fhir/');
    expect(() => checkConnectionInput('http://fhir.example.org/', 'rapport', true)).toThrow(/https/);
  });

  test.each(['', '   ', 'has space', 'x'.repeat(257)])('client id %j is refused', (clientId) => {
    expect(() => checkConnectionInput('https://fhir.example.org/', clientId, false)).toThrow(/client id/);
  });

  test('the permission pattern is the base origin, whatever the path', () => {
    expect(originPattern('https://fhir.example.org:8443/R4/')).toBe('https://fhir.example.org:8443/*');
    expect(originPattern('http://127.0.0.1:4321/fhir/')).toBe('http://127.0.0.1:4321/*');
  });
});
