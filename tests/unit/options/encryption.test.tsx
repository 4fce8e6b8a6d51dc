import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { Vault, VAULT_META_KEY } from '../../../src/store/vault/vault';
import { createEncryptionModel, type EncryptionWork } from '../../../src/options/components/encryption-model';
import { createBackupModel, type BackupHost } from '../../../src/options/components/backup-model';
import { createDangerModel } from '../../../src/options/components/danger-model';
import { createOptionsModel, type OptionsHost } from '../../../src/options/model';
import { OptionsApp } from '../../../src/options/components/OptionsApp';
import { BackupSection } from '../../../src/options/components/BackupSection';
import { seedEverything, T0 } from '../backup/seed';
import { translate } from '../sidepanel/memory-host';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import messages from '../../../public/_locales/en/messages.json';

const PASSPHRASE = 'correct horse battery staple';
const NEXT = 'a different long passphrase';

let db: RapportDb;
let vault: Vault;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  vault = await Vault.attach(db, memoryKeyRing(), { iterations: 1000 });
});
afterEach(() => {
  vault.detach();
  db.close();
});

/** Every stored client as IndexedDB holds it, as one string: what a thief of the disk would read. */
const rawClients = async () => JSON.stringify(await db.getAll('clients'));
const envelope = async () => JSON.stringify((await db.get('meta', VAULT_META_KEY))?.value ?? null);

describe('the options page encryption model', () => {
  test('a passphrase too short or typed differently is refused before anything is sealed', async () => {
    await seedEverything(db);
    const model = createEncryptionModel(vault);
    expect(await model.enable('short', 'short')).toBe(false);
    expect(model.error.value).toEqual({ key: 'encryptionErrorTooShort', substitutions: ['10'] });
    expect(await model.enable(PASSPHRASE, `${PASSPHRASE}!`)).toBe(false);
    expect(model.error.value?.key).toBe('encryptionErrorMismatch');
    expect(model.status.value).toBe('off');
    expect(await rawClients()).toContain('Ann Marie Example');
  });

  test('setting a passphrase seals every record, with progress up to the total', async () => {
    await seedEverything(db);
    const model = createEncryptionModel(vault);
    const seen: EncryptionWork[] = [];
    const stop = effect(() => void (model.work.value && seen.push(model.work.value)));
    expect(await model.enable(PASSPHRASE, PASSPHRASE)).toBe(true);
    stop();
    expect(model.status.value).toBe('unlocked');
    expect(model.done.value?.key).toBe('encryptionEnabled');
    expect(model.work.value).toBeNull();
    const last = seen.at(-1)!;
    expect(last.action).toBe('enable');
    expect(last.total).toBeGreaterThan(5);
    expect(last.done).toBe(last.total);
    const raw = await rawClients();
    expect(raw).not.toContain('Ann Marie Example');
    // Base64 hashes may hold any short run of letters: check what they cannot contain, and field names.
    for (const secret of ['1950-03-04', '555-0100', '"mrn"', '"name"']) expect(raw).not.toContain(secret);
    expect(raw).toContain('sealed');
  });

  test('a wrong passphrase unlocks nothing, changes nothing and removes nothing', async () => {
    await seedEverything(db);
    const model = createEncryptionModel(vault);
    await model.enable(PASSPHRASE, PASSPHRASE);
    await model.lock();
    expect(model.status.value).toBe('locked');
    const before = { clients: await rawClients(), envelope: await envelope() };

    expect(await model.unlock('wrong passphrase!')).toBe(false);
    expect(model.error.value?.key).toBe('encryptionErrorWrong');
    expect(model.status.value).toBe('locked');
    expect(await model.unlock(PASSPHRASE)).toBe(true);
    expect(model.status.value).toBe('unlocked');

    expect(await model.changePassphrase('wrong passphrase!', NEXT, NEXT)).toBe(false);
    expect(model.error.value?.key).toBe('encryptionErrorWrong');
    expect(await model.disable('wrong passphrase!', 'DECRYPT', 'DECRYPT')).toBe(false);
    expect(model.error.value?.key).toBe('encryptionErrorWrong');
    expect(await model.disable(PASSPHRASE, 'yes', 'DECRYPT')).toBe(false);
    expect(model.error.value).toEqual({ key: 'encryptionErrorConfirm', substitutions: ['DECRYPT'] });
    expect({ clients: await rawClients(), envelope: await envelope() }).toEqual(before);
    expect(model.status.value).toBe('unlocked');
  });

  test('changing the passphrase: the old one stops working, the new one opens the same data', async () => {
    await seedEverything(db);
    const model = createEncryptionModel(vault);
    await model.enable(PASSPHRASE, PASSPHRASE);
    expect(await model.changePassphrase(PASSPHRASE, NEXT, 'typo')).toBe(false);
    expect(model.error.value?.key).toBe('encryptionErrorMismatch');
    expect(await model.changePassphrase(PASSPHRASE, NEXT, NEXT)).toBe(true);
    await model.lock();
    expect(await model.unlock(PASSPHRASE)).toBe(false);
    expect(await model.unlock(NEXT)).toBe(true);
  });

  test('removing the passphrase opens every record and goes back to off', async () => {
    await seedEverything(db);
    const model = createEncryptionModel(vault);
    await model.enable(PASSPHRASE, PASSPHRASE);
    expect(await model.disable(PASSPHRASE, ' decrypt ', 'DECRYPT')).toBe(true);
    expect(model.status.value).toBe('off');
    expect(model.done.value?.key).toBe('encryptionDisabled');
    expect(await rawClients()).toContain('Ann Marie Example');
    expect(await envelope()).toBe('null');
  });

  test('a lock made elsewhere (panel, idle) shows here, and the last outcome is no longer said', async () => {
    const model = createEncryptionModel(vault);
    await model.enable(PASSPHRASE, PASSPHRASE);
    expect(model.done.value?.key).toBe('encryptionEnabled');
    await vault.lock();
    expect(model.status.value).toBe('locked');
    expect(model.done.value).toBeNull();
  });

  test('every message the model can say exists in English', () => {
    const keys = ['encryptionErrorTooShort', 'encryptionErrorMismatch', 'encryptionErrorWrong', 'encryptionErrorUnexpected', 'encryptionErrorConfirm'];
    for (const key of [...keys, 'encryptionEnabled', 'encryptionUnlocked', 'encryptionLocked', 'encryptionChanged', 'encryptionDisabled']) {
      expect(key in messages).toBe(true);
    }
  });
});

describe('a backup while encryption is on', () => {
  function backupHost() {
    const files: string[] = [];
    const host: BackupHost = { download: (name) => void files.push(name), dataChanged: vi.fn(async () => {}), now: () => T0, timeZone: 'America/New_York', t: translate };
    return { host, files };
  }

  test('needs a passphrase of its own: no plain file lands in Downloads', async () => {
    await seedEverything(db);
    const { host, files } = backupHost();
    const model = createBackupModel(host, db);
    expect(model.passphraseRequired()).toBe(false);
    await vault.enable(PASSPHRASE);
    expect(model.passphraseRequired()).toBe(true);
    await model.exportBackup('');
    expect(files).toEqual([]);
    expect(model.exportStatus.value).toMatchObject({ key: 'backupPassphraseMissing', tone: 'error' });
    expect(model.exportStatus.value!.key in messages).toBe(true);
    await model.exportBackup('backup secret');
    expect(files).toEqual(['rapport-backup-2026-11-02.encrypted.json']);
  });

  test('Export without a passphrase says why, as an error, and moves focus to the passphrase', async () => {
    await seedEverything(db);
    await vault.enable(PASSPHRASE);
    const { host, files } = backupHost();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<BackupSection model={createBackupModel(host, db)} t={translate} />, root));
    const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    await act(async () => byTestId('export-backup').click());
    for (let i = 0; i < 50 && byTestId('export-status').textContent === ''; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    expect(files).toEqual([]);
    const status = byTestId('export-status');
    expect(status.textContent).toBe(translate('backupPassphraseMissing'));
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.className).toBe('field-error');
    expect(byTestId('backup-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(byTestId('backup-passphrase'));
    render(null, root);
    root.remove();
  });
});

describe('the options page while locked', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function mountOptions() {
    const host: OptionsHost = {
      grantedOrigins: async () => [],
      staticMatches: () => [],
      revoke: async () => true,
      onAccessChanged: () => {},
      profilesChanged: async () => {},
      t: translate,
      now: () => T0,
    };
    const backupHost: BackupHost = { download: () => {}, dataChanged: async () => {}, now: () => T0, timeZone: 'America/New_York', t: translate };
    const encryption = createEncryptionModel(vault);
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <OptionsApp
          model={createOptionsModel(host, db)}
          backup={{ model: createBackupModel(backupHost, db), danger: createDangerModel(backupHost, db) }}
          db={db}
          encryption={encryption}
          t={translate}
        />,
        root,
      );
    });
    const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const type = (id: string, value: string) =>
      act(async () => {
        const input = byTestId(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const submit = (id: string) => act(async () => (byTestId(id) as HTMLFormElement).requestSubmit());
    async function until(check: () => boolean) {
      for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(check()).toBe(true);
    }
    return { encryption, byTestId, type, submit, until };
  }

  test('shows the unlock form first and the data sections only after the right passphrase', async () => {
    await seedEverything(db);
    await vault.enable(PASSPHRASE);
    await vault.lock();
    const page = await mountOptions();
    const sections = () => [...root.querySelectorAll('main > section')].map((section) => section.getAttribute('data-testid'));
    expect(sections()[0]).toBe('encryption-section');
    expect(page.byTestId('encryption-status')?.textContent).toContain('locked');
    for (const id of ['audit-locked', 'backup-locked', 'danger-locked']) expect(page.byTestId(id)?.textContent).toContain('unlock');
    expect(page.byTestId('audit-view')).toBeNull();
    expect(page.byTestId('backup-section')).toBeNull();
    expect(page.byTestId('danger-zone')).toBeNull();

    await page.type('options-unlock-passphrase', 'not it at all');
    await page.submit('options-unlock-form');
    await page.until(() => page.byTestId('encryption-error')?.textContent !== '');
    expect(page.byTestId('encryption-error')?.getAttribute('role')).toBe('alert');
    expect(page.byTestId('encryption-error')?.textContent).toBe('That is not the passphrase. Nothing was changed.');
    expect(page.byTestId('backup-section')).toBeNull();

    await page.type('options-unlock-passphrase', PASSPHRASE);
    await page.submit('options-unlock-form');
    await page.until(() => page.byTestId('backup-section') !== null);
    expect(page.byTestId('audit-view')).not.toBeNull();
    expect(page.byTestId('danger-zone')).not.toBeNull();
    expect(sections()[0]).not.toBe('encryption-section');
    expect(page.byTestId('encryption-lock')).not.toBeNull();
    expect(page.byTestId('encryption-error')?.textContent).toBe('');
  });

  test('unlocked: backup comes first, encryption beside it, and each section has one h2 with h3s inside', async () => {
    const page = await mountOptions();
    await page.until(() => page.byTestId('backup-section') !== null);
    const sections = [...root.querySelectorAll('main > section')];
    expect(sections.slice(0, 2).map((section) => section.getAttribute('data-testid'))).toEqual(['backup-section', 'encryption-section']);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    for (const section of sections) {
      const label = section.getAttribute('data-testid');
      expect(section.querySelectorAll('h2'), label!).toHaveLength(1);
      expect(section.querySelector('h1, h2, h3, h4, h5, h6')?.tagName, label!).toBe('H2');
      expect(section.querySelectorAll('h4, h5, h6'), label!).toHaveLength(0);
    }
    expect([...root.querySelectorAll('h2, h3')].every((heading) => heading.closest('main > section'))).toBe(true);
    // The no-recovery warning sits with the passphrase fields it is about, and they point to it.
    const warning = page.byTestId('encryption-warning')!;
    expect(warning.closest('[data-testid="encryption-section"]')).not.toBeNull();
    expect(page.byTestId('encryption-new')?.getAttribute('aria-describedby')).toContain(warning.id);
  });

  test('setting a passphrase from the form shows progress, then the unlocked controls', async () => {
    await seedEverything(db);
    const page = await mountOptions();
    expect(page.byTestId('encryption-warning')?.textContent).toContain('cannot be recovered');
    await page.type('encryption-new', PASSPHRASE);
    await page.type('encryption-repeat', PASSPHRASE);
    const sawProgress = new Promise<boolean>((resolve) => {
      const stop = effect(() => {
        if (page.encryption.work.value) {
          resolve(true);
          queueMicrotask(() => stop());
        }
      });
    });
    await page.submit('encryption-enable-form');
    expect(await sawProgress).toBe(true);
    await page.until(() => page.byTestId('encryption-done')?.textContent?.includes('now encrypted') ?? false);
    expect(page.byTestId('encryption-lock')).not.toBeNull();
    expect(page.byTestId('encryption-progress')).toBeNull();
    expect(await rawClients()).not.toContain('Ann Marie Example');
  });
});
