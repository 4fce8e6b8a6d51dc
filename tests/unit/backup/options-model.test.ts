import { describe, expect, test, vi } from 'vitest';
import { useFreshDb } from '../store/helpers';
import { dump, seedEverything, T0 } from './seed';
import { createBackupModel, type BackupHost } from '../../../src/options/components/backup-model';
import { createDangerModel } from '../../../src/options/components/danger-model';
import { lastBackupAt } from '../../../src/store/backup-meta';
import messages from '../../../public/_locales/en/messages.json';
import { translate } from '../sidepanel/memory-host';

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
});
