import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import { mountPanel, type MountedPanel } from './render';
import { contactsForClient, logContact } from '../../../src/store/contacts';
import { createClient } from '../../../src/store/clients';
import { createNotices } from '../../../src/sidepanel/models/notices';
import { createShortcutNotices, type BackgroundRequestsHost } from '../../../src/sidepanel/models/shortcut-notices';
import type { BindingModel } from '../../../src/sidepanel/models/binding';
import type { ShortcutRecord } from '../../../src/messaging/schema';
import type { PanelView } from '../../../src/sidepanel/models/caseload';
import { translate } from './memory-host';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
let mounted: MountedPanel | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe('a shortcut result in the panel', () => {
  test('names the client the call was logged for, and Undo removes that contact', async () => {
    mounted = await mountPanel({ now: NOW, tabId: 7 });
    const { db, panel } = mounted;
    const client = await createClient(db, { name: 'Jane M. Doe' }, NOW);
    const contact = await logContact(db, { clientId: client.id, at: NOW, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
    await act(async () =>
      panel.shortcutNotices.showShortcut({ kind: 'logged', tabId: 7, at: NOW, contactId: contact.id, clientId: client.id, name: 'Jane M. Doe' }),
    );
    expect(mounted.byTestId('notice')?.textContent).toContain('Logged a call for Jane M. Doe');
    await mounted.click('undo');
    await mounted.until(() => mounted!.byTestId('notice')?.textContent?.includes('Removed the call logged for Jane M. Doe') ?? false, 'undo');
    expect(await contactsForClient(db, client.id)).toEqual([]);
    expect(mounted.fake.dataChanges()).toBeGreaterThan(0);
  });

  test('says nobody was on screen; a record for another tab is not shown here', async () => {
    mounted = await mountPanel({ now: NOW, tabId: 7 });
    await act(async () => mounted!.panel.shortcutNotices.showShortcut({ kind: 'no-client', tabId: 8, at: NOW }));
    expect(mounted.byTestId('notice')?.textContent).toBe('');
    await act(async () => mounted!.panel.shortcutNotices.showShortcut({ kind: 'no-client', tabId: 7, at: NOW }));
    expect(mounted.byTestId('notice')?.textContent).toContain('No client on screen');
    expect(mounted.byTestId('undo')).toBeNull();
  });
});

describe('what the background kept for a panel opening now', () => {
  function fakeHost(shortcut: ShortcutRecord | null, show: { view: 'caseload'; at: number } | null) {
    const listeners = new Set<(record: ShortcutRecord) => void>();
    const host: BackgroundRequestsHost = {
      pending: async () => ({ shortcut, show }),
      onShortcut: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
      onShow: () => () => undefined,
    };
    return { host, emit: (record: ShortcutRecord) => listeners.forEach((l) => l(record)) };
  }
  const binding = (tabId: number) => ({ tabId: signal<number | undefined>(tabId), ready: signal(true) }) as unknown as BindingModel;
  const deps = (now: number) => ({
    db: undefined as never,
    binding: binding(7),
    notices: createNotices(),
    view: signal<PanelView>('client'),
    now: () => now,
    t: translate,
    afterWrite: async () => undefined,
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('a fresh record is shown once (not again when its broadcast arrives), a stale one never', async () => {
    const record: ShortcutRecord = { kind: 'logged', tabId: 7, at: NOW - 2000, contactId: 'c1', clientId: 'k1', name: 'Jane M. Doe' };
    const fresh = deps(NOW);
    const { host, emit } = fakeHost(record, { view: 'caseload', at: NOW - 1000 });
    const model = createShortcutNotices(host, fresh);
    await flush();
    expect(fresh.notices.current.value?.text).toContain('Jane M. Doe');
    expect(fresh.view.value).toBe('caseload');
    fresh.notices.clear();
    emit(record);
    expect(fresh.notices.current.value).toBeNull();
    model.dispose();

    const late = deps(NOW + 10 * 60_000);
    const stale = createShortcutNotices(fakeHost(record, null).host, late);
    await flush();
    stale.dispose();
    expect(late.notices.current.value).toBeNull();
    expect(late.view.value).toBe('client');
  });
});
