import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HOUR, T0, useFreshDb } from '../store/helpers';
import { translate } from '../sidepanel/memory-host';
import { AuditView } from '../../../src/options/components/AuditView';
import { AUDIT_PAGE_SIZE } from '../../../src/options/components/audit-model';
import { createClient, updateClient } from '../../../src/store/clients';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { deleteRecord } from '../../../src/store/base';
import { saveSettings } from '../../../src/store/settings';
import { defaultSettings } from '../../../src/domain/settings/settings';

const USER_ZONE = 'Asia/Tokyo';

describe('the options audit view', () => {
  const db = useFreshDb();
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function mount() {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<AuditView t={translate} db={db()} browserTimeZone="America/New_York" />, root);
    });
    const view = root.querySelector<HTMLElement>('[data-testid="audit-view"]')!;
    const byTestId = <E extends HTMLElement = HTMLElement>(id: string) => view.querySelector<E>(`[data-testid="${id}"]`);
    const rows = () => [...view.querySelectorAll<HTMLTableRowElement>('[data-testid="audit-row"]')];
    const cells = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent);
    async function until(check: () => boolean) {
      for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(check()).toBe(true);
    }
    return { view, byTestId, rows, cells, until };
  }

  const call = (clientId: string, at: number) =>
    logContact(db(), { clientId, at, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, at);

  test('reads nothing until asked, then lists changes newest first with client names, in the user’s zone', async () => {
    const settings = defaultSettings(USER_ZONE);
    await saveSettings(db(), settings);
    const ann = await createClient(db(), { name: 'Ann Example' }, T0);
    const bob = await createClient(db(), { name: 'Bob Gone' }, T0 + HOUR);
    await call(ann.id, T0 + 2 * HOUR);
    const lost = await call(bob.id, T0 + 3 * HOUR);
    await deleteContact(db(), lost.id, T0 + 4 * HOUR);
    await deleteRecord(db(), 'clients', bob.id, T0 + 5 * HOUR);
    await updateClient(db(), ann.id, { phone: '555-0100' }, T0 + 6 * HOUR);

    const { view, byTestId, rows, cells, until } = await mount();
    expect(view.querySelector('table')).toBeNull();
    await act(async () => byTestId('audit-load')!.click());
    await until(() => rows().length === 4);

    const table = view.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toContain(USER_ZONE);
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    const when = (epochMs: number) =>
      new Intl.DateTimeFormat(undefined, { timeZone: USER_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
    expect(rows().map(cells)).toEqual([
      [when(T0 + 6 * HOUR), 'Clients', 'Ann Example', 'Changed (rev 2)', when(T0)],
      [when(T0 + 5 * HOUR), 'Clients', 'Deleted client', 'Deleted', when(T0 + HOUR)],
      [when(T0 + 4 * HOUR), 'Contacts', 'Not kept after deletion', 'Deleted', when(T0 + 3 * HOUR)],
      [when(T0 + 2 * HOUR), 'Contacts', 'Ann Example', 'Created', when(T0 + 2 * HOUR)],
    ]);
    expect(rows()[3]!.dataset.store).toBe('contacts');
    expect(rows()[0]!.querySelector('th')?.getAttribute('scope')).toBe('row');
  });

  test('filters by kind and by client name, and pages with "Show older" without repeats', async () => {
    const ann = await createClient(db(), { name: 'Ann Example' }, T0);
    const bob = await createClient(db(), { name: 'Bob Other' }, T0);
    for (let i = 1; i <= AUDIT_PAGE_SIZE; i++) await call(ann.id, T0 + i * 1000);
    await call(bob.id, T0 + HOUR);

    const { view, byTestId, rows, until } = await mount();
    await act(async () => byTestId('audit-load')!.click());
    await until(() => rows().length === AUDIT_PAGE_SIZE);
    const older = byTestId('audit-older')!;
    expect(older.textContent).toBe('Show older');
    await act(async () => older.click());
    expect(rows()).toHaveLength(AUDIT_PAGE_SIZE + 3);
    expect(new Set(rows().map((row) => row.dataset.id)).size).toBe(AUDIT_PAGE_SIZE + 3);
    expect(byTestId('audit-older')).toBeNull();
    // The button left with the last page: focus stays in the table instead of falling to <body>.
    expect(document.activeElement).toBe(view.querySelector('table'));

    const select = byTestId<HTMLSelectElement>('audit-filter-store')!;
    await act(async () => {
      select.value = 'clients';
      select.dispatchEvent(new Event('change'));
    });
    expect(rows().map((row) => row.dataset.store)).toEqual(['clients', 'clients']);

    const input = byTestId<HTMLInputElement>('audit-filter-client')!;
    await act(async () => {
      input.value = 'bob';
      input.dispatchEvent(new Event('input'));
    });
    expect(rows().map((row) => row.cells[2]?.textContent)).toEqual(['Bob Other']);

    await act(async () => {
      select.value = '';
      select.dispatchEvent(new Event('change'));
    });
    expect(rows().map((row) => row.dataset.store)).toEqual(['contacts', 'clients']);

    await act(async () => {
      input.value = 'nobody';
      input.dispatchEvent(new Event('input'));
    });
    expect(rows()).toHaveLength(0);
    expect(byTestId('audit-none')?.textContent).toBe('No records match.');
  });

  test('says when records changed after it read them, and a refresh shows them', async () => {
    const ann = await createClient(db(), { name: 'Ann Example' }, T0);
    const { byTestId, rows, until } = await mount();
    await act(async () => byTestId('audit-load')!.click());
    await until(() => rows().length === 1);
    expect(byTestId('audit-status')?.textContent).toBe('');

    await call(ann.id, T0 + HOUR);
    await until(() => byTestId('audit-status')?.textContent === 'Records changed since this list was read. Refresh to see them.');
    expect(byTestId('audit-load')?.textContent).toBe('Refresh');
    await act(async () => byTestId('audit-load')!.click());
    await until(() => rows().length === 2);
    expect(byTestId('audit-status')?.textContent).toBe('');
  });
});
