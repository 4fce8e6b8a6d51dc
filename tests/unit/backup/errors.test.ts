import { beforeEach, describe, expect, test } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, seedEverything, T0 } from './seed';
import { resigned, tryImport } from './fixtures';
import { exportBackup } from '../../../src/store/backup';
import type { BackupErrorCode } from '../../../src/domain/backup/format';
import { encryptBackup } from '../../../src/domain/backup/crypto';
import { DB_VERSION } from '../../../src/store/db';

describe('a refused import changes nothing', () => {
  const db = useFreshDb();
  let text = '';
  let before: unknown;

  beforeEach(async () => {
    await seedEverything(db());
    text = JSON.stringify(await exportBackup(db(), T0));
    // Something for a bad import to damage: a local edit the file does not have.
    await db().put('meta', { key: 'marker', value: 1 });
    before = await dump(db());
  });

  const cases: [string, () => Promise<string> | string, BackupErrorCode][] = [
    ['not JSON', () => 'hello, world', 'not-json'],
    ['JSON that is not a Rapport backup', () => '{"resourceType":"Bundle"}', 'not-rapport'],
    ['a truncated file', () => text.slice(0, Math.floor(text.length / 2)), 'truncated'],
    ['a changed byte (checksum)', () => text.replace('Cannot afford inhaler', 'Cannot afford inhalor'), 'checksum'],
    ['a missing checksum', () => resigned(text, () => {}).then((t) => JSON.stringify({ ...JSON.parse(t), checksum: undefined })), 'checksum'],
    ['an unknown file version', () => resigned(text, (f) => (f.version = 2)), 'version'],
    ['a newer schema', () => resigned(text, (f) => (f.schemaVersion = DB_VERSION + 1)), 'schema-newer'],
    ['an unknown store', () => resigned(text, (f) => (f.stores.secrets = [])), 'invalid'],
    ['a record without id', () => resigned(text, (f) => delete f.stores.clients[0].id), 'invalid'],
    ['a wrong type', () => resigned(text, (f) => (f.stores.callbacks[0].dueAt = 'tomorrow')), 'invalid'],
    ['a bad status', () => resigned(text, (f) => (f.stores.callbacks[0].status = 'maybe')), 'invalid'],
    ['a tombstone with data', () => resigned(text, (f) => (f.stores.contacts.find((c: any) => c.deleted).name = 'x')), 'invalid'],
    ['duplicate ids', () => resigned(text, (f) => f.stores.clients.push(f.stores.clients[0])), 'invalid'],
    ['a store that is not a list', () => resigned(text, (f) => (f.stores.contacts = {})), 'invalid'],
  ];

  test.each(cases)('%s', async (_name, make, code) => {
    expect(await tryImport(db(), await make())).toBe(code);
    expect(await dump(db())).toEqual(before);
  });

  test('an encrypted file imports with its passphrase, and carries no plain PHI', async () => {
    const sealed = JSON.stringify(await encryptBackup(text, 'correct horse'));
    expect(sealed).not.toContain('Example');
    expect(sealed).toContain('"iterations":600000');
    expect(await tryImport(db(), sealed)).toBe('passphrase-needed');
    expect(await tryImport(db(), sealed, 'wrong horse')).toBe('wrong-passphrase');
    expect(await dump(db())).toEqual(before);
    expect(await tryImport(db(), sealed, 'correct horse')).toBe('ok');
    expect(await dump(db())).toEqual(before);
  });

  test('a tampered ciphertext is caught by GCM and changes nothing', async () => {
    const envelope = await encryptBackup(text, 'pw');
    const bytes = atob(envelope.ciphertext);
    const flipped = bytes.slice(0, 100) + String.fromCharCode(bytes.charCodeAt(100) ^ 1) + bytes.slice(101);
    expect(await tryImport(db(), JSON.stringify({ ...envelope, ciphertext: btoa(flipped) }), 'pw')).toBe('wrong-passphrase');
    // Lowering the work factor is refused before any decryption is tried.
    expect(await tryImport(db(), JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } }), 'pw')).toBe('invalid');
    expect(await dump(db())).toEqual(before);
  });
});
