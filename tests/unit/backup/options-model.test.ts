import { describe, expect, test, vi } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, ORIGIN, seedEverything, T0 } from './seed';
import { openText, resigned } from './fixtures';
import { applyImport, exportBackup } from '../../../src/store/backup';
import { getClient, recordSeenClient } from '../../../src/store/clients';
import { codecOf } from '../../../src/store/vault/codec';
import type { ClientRecord } from '../../../src/model/records';
import { createBackupModel, say, type BackupHost } from '../../../src/options/components/backup-model';
import { createDangerModel } from '../../../src/options/components/danger-model';
import { lastBackupAt } from '../../../src/store/backup-meta';
import messages from '../../../public/_locales/en/messages.json';
import { translate } from '../sidepanel/memory-host';
import { DAY_MS } from '../../../src/domain/time/dates';

// The real import unless a test says otherwise: only then can a failure the database never confirmed be staged.
vi.mock('../../../src/store/backup', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/backup')>();
  return { ...actual, applyImport: vi.fn(actual.applyImport) };
});

function fakeHost() {
  const files: { name: string; text: string }[] = [];
  const host: BackupHost = {
    download: (name, text) => void files.push({ name, text }),
    dataChanged: vi.fn(async () => {}),
    now: () => T0,
    timeZone: 'America/New_York',
    t: translate,
  };
  return { host, files };
}

describe('the options page backup model', () => {
  const db = useFreshDb();

  test('export records the time; an encrypted export asks for the passphrase on import, and a wrong one can be retried', async () => {
    await seedEverything(db());
    const { host, files } = fakeHost();
    const model = createBackupModel(host, db());
    await model.exportBackup('s3cret');
    expect(files[0]!.name).toBe('rapport-backup-2026-11-02.encrypted.json');
    expect(await lastBackupAt(db())).toBe(T0);

    await model.chooseFile(new File([files[0]!.text], 'b.json'));
    expect(model.phase.value.kind).toBe('passphrase');
    expect(model.error.value).toBeNull();
    await model.unlock('nope');
    expect(model.error.value?.key).toBe('backupErrorWrongPassphrase');
    expect(model.phase.value.kind).toBe('passphrase');
    await model.unlock('s3cret');
    expect(model.error.value).toBeNull();
    expect(model.phase.value.kind).toBe('ready');
    await model.confirm();
    expect(model.phase.value.kind).toBe('done');
    expect(host.dataChanged).toHaveBeenCalled();
  });

  test('a refused file says why in words the user has, and nothing is written', async () => {
    await seedEverything(db());
    const before = await dump(db());
    const model = createBackupModel(fakeHost().host, db());
    await model.chooseFile(new File(['{"format":"rapport-backup","version":1,"stor'], 'b.json'));
    expect(model.error.value?.key).toBe('backupErrorTruncated');
    expect(model.error.value!.key in messages).toBe(true);
    expect(model.phase.value.kind).toBe('idle');
    expect(await dump(db())).toEqual(before);
  });

  test('deleting a client needs the name typed; erase all needs the word', async () => {
    const { ann } = await seedEverything(db());
    const danger = createDangerModel(fakeHost().host, db());
    await danger.search('ann');
    expect(danger.matches.value.map((c) => c.id)).toEqual([ann.id]);
    danger.choose(ann);
    await danger.deleteChosen('Ann');
    expect(await db().get('clients', ann.id)).not.toHaveProperty('deleted');
    await danger.deleteChosen('  ann marie EXAMPLE ');
    expect(await db().get('clients', ann.id)).toHaveProperty('deleted', true);
    await danger.eraseAll('erase please', 'ERASE');
    expect((await dump(db())).clients).toHaveLength(2);
    await danger.eraseAll('ERASE', 'ERASE');
    expect((await dump(db())).clients).toHaveLength(0);
  });

  describe('a restore that fails says "nothing was changed" only when the database confirmed the rollback', () => {
    const nothingChanged = /nothing was changed/i;

    async function readyToRestore(edit: (file: Record<string, any>) => void) {
      await seedEverything(db());
      const { host } = fakeHost();
      const model = createBackupModel(host, db());
      const text = await resigned(JSON.stringify(await exportBackup(db(), T0)), edit);
      await model.chooseFile(new File([text], 'b.json'));
      expect(model.phase.value.kind).toBe('ready');
      return { model, host };
    }

    test('a write that fails inside the transaction: rolled back, and said so', async () => {
      const { model, host } = await readyToRestore((f) => {
        for (const r of f.stores.contacts) Object.assign(r, { id: `${r.id}-new`, rev: 1 });
      });
      const before = await dump(db());
      const phase = model.phase.value;
      // A value IndexedDB cannot store, met after every record write was queued.
      if (phase.kind === 'ready') phase.plan.meta.push({ key: 'poison', value: () => undefined });
      await model.confirm();
      expect(model.error.value?.key).toBe('backupErrorNotApplied');
      expect(say(translate, model.error.value!)).toMatch(nothingChanged);
      expect(await dump(db())).toEqual(before);
      expect(host.dataChanged).not.toHaveBeenCalled();
    });

    test('a chart taken here after the file was checked: rolled back, and the user is asked to choose the file again', async () => {
      const { model } = await readyToRestore((f) => {
        const bob = f.stores.clients.find((c: any) => c.name === 'Bob Example');
        Object.assign(bob, { id: 'late', rev: 1, identities: [{ system: ORIGIN, mrn: 'N1' }] });
      });
      await recordSeenClient(db(), { context: { name: 'Nina New', mrn: 'N1', source: 'demo', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/N1` }, T0 + DAY_MS);
      const before = await dump(db());
      await model.confirm();
      expect(model.error.value?.key).toBe('backupErrorStalePlan');
      expect(say(translate, model.error.value!)).toMatch(nothingChanged);
      expect(await dump(db())).toEqual(before);
    });

    test('a failure whose rollback was not confirmed never claims that nothing was changed', async () => {
      const { model } = await readyToRestore(() => {});
      vi.mocked(applyImport).mockRejectedValueOnce(new Error('disk full'));
      await model.confirm();
      expect(model.error.value?.key).toBe('backupErrorApplyUnknown');
      expect(say(translate, model.error.value!)).not.toMatch(nothingChanged);
    });
  });

  describe('an export that a record would make unrestorable', () => {
    /** As an older version could have left a client: a chart link to another site, and a stray field. */
    async function damaged(): Promise<ClientRecord> {
      const { ann } = await seedEverything(db());
      const bad = { ...ann, identities: [{ ...ann.identities[0]!, lastUrl: 'https://elsewhere.example/x' }], legacy: 1 };
      await db().put('clients', (await codecOf(db()).seal('clients', bad as ClientRecord)) as never);
      return ann;
    }

    /** With a passphrase set, an export must be encrypted: the tests use one then, and open the file with it. */
    const passFor = (model: ReturnType<typeof createBackupModel>) => (model.passphraseRequired() ? 'backup pass' : '');
    async function restores(model: ReturnType<typeof createBackupModel>, text: string): Promise<void> {
      await model.chooseFile(new File([text], 'b.json'));
      if (model.phase.value.kind === 'passphrase') await model.unlock(passFor(model));
      expect(model.phase.value.kind).toBe('ready');
    }

    test('names the record and writes no file; repaired, the next export is written and restores', async () => {
      const ann = await damaged();
      const { host, files } = fakeHost();
      const model = createBackupModel(host, db());
      await model.exportBackup(passFor(model));
      expect(files).toEqual([]);
      expect(model.exportStatus.value).toMatchObject({ key: 'backupExportBlocked', substitutions: ['1'], tone: 'error' });
      expect(model.exportProblems.value).toEqual([{ store: 'clients', id: ann.id, problem: expect.any(String), client: ann.name }]);
      expect(await lastBackupAt(db())).toBeUndefined();

      expect(await model.repair(model.exportProblems.value[0]!)).toBe(true);
      expect(model.exportProblems.value).toEqual([]);
      expect((await getClient(db(), ann.id))?.name).toBe(ann.name);
      await model.exportBackup(passFor(model));
      expect(files).toHaveLength(1);
      await restores(model, files[0]!.text);
    });

    test('left out, the client and everything about them stay behind, and the file restores', async () => {
      const ann = await damaged();
      const { host, files } = fakeHost();
      const model = createBackupModel(host, db());
      await model.exportBackup(passFor(model));
      await model.exportLeavingOut(passFor(model));
      expect(files).toHaveLength(1);
      const { stores } = await openText(files[0]!.text, passFor(model));
      expect(stores.clients.map((c) => c.id)).not.toContain(ann.id);
      for (const store of ['contacts', 'callbacks', 'checklists', 'painPoints', 'dispositions'] as const) {
        expect((stores[store] as { clientId?: string }[]).filter((r) => r.clientId === ann.id), store).toEqual([]);
      }
      expect(stores.clients.length).toBeGreaterThan(0);
      await restores(model, files[0]!.text);
    });
  });
});
