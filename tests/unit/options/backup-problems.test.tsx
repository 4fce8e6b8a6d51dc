import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useFreshDb } from '../store/helpers';
import { seedEverything, T0 } from '../backup/seed';
import { translate } from '../sidepanel/memory-host';
import { BackupSection } from '../../../src/options/components/BackupSection';
import { createBackupModel } from '../../../src/options/components/backup-model';
import { codecOf } from '../../../src/store/vault/codec';
import type { ClientRecord } from '../../../src/model/records';

describe('an export refused for a record', () => {
  const db = useFreshDb();
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  test('names the client the record is about, in the words of the page, with repair and leave-out offered', async () => {
    const { ann } = await seedEverything(db());
    const damaged = { ...ann, identities: [{ ...ann.identities[0]!, lastUrl: 'https://elsewhere.example/x' }] };
    await db().put('clients', (await codecOf(db()).seal('clients', damaged as ClientRecord)) as never);
    const model = createBackupModel({ download: vi.fn(), dataChanged: async () => {}, now: () => T0, timeZone: 'UTC', t: translate }, db());
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<BackupSection model={model} t={translate} />, root));
    await act(async () => model.exportBackup(model.passphraseRequired() ? 'backup pass' : ''));
    const item = root.querySelector('[data-testid="export-problem"]');
    expect(item?.textContent).toContain(`Ann Marie Example — Clients record ${ann.id}: identities.0.lastUrl`);
    expect(item?.querySelector('[data-testid="export-repair"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="export-leave-out"]')).not.toBeNull();
  });
});
