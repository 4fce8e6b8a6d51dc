import { sealIfAsked } from '../store/sealed-mode';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { contactsForClient } from '../../../src/store/contacts';
import { listClients } from '../../../src/store/clients';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

const NOW = Date.UTC(2026, 10, 27, 15, 0); // 10:00 in New York
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };
const jose = { name: 'José Núñez', mrn: 'MRN-100318', dob: '1948-11-23', source: 'demo-classic', confidence: 0.95 };
const tabShowing = (tabId: number, context: TabContext['context']): TabContext => ({
  tabId,
  url: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
  frameUrl: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
  context,
  readAt: NOW,
});

let db: RapportDb;
let root: HTMLElement;
let panel: Panel;
let fake: ReturnType<typeof memoryHost>;

async function mount(tabId = 7, initial: TabContext['context'] = jane) {
  fake = memoryHost({ tabId, now: () => NOW, db, enrolShown: true });
  if (initial !== undefined) await fake.showInTab(tabShowing(tabId, initial));
  panel = createPanel(fake.host, db);
  await act(async () => {
    render(
      <PanelContext.Provider value={panel}>
        <App />
      </PanelContext.Provider>,
      root,
    );
    await panel.start();
  });
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

async function until(check: () => boolean, what: string) {
  // A deadline, not a count of polls: on a loaded machine each poll takes far longer than 10 ms.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits for the element first: the form dialogs' code loads after the first paint, as a person would wait for it. */
async function click(id: string) {
  await until(() => byTestId(id) !== null, id);
  await act(async () => byTestId(id)?.click());
}

async function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(id: string) {
  await until(() => byTestId(id) !== null, id);
  const button = byTestId(id) as HTMLButtonElement;
  await act(async () => button.form?.requestSubmit(button));
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  panel.dispose();
  db.close();
});

describe('side panel', () => {
  test('shows the client read from the page and records them as known', async () => {
    await mount();
    await until(() => byTestId('client-name')?.textContent === 'Jane M Doe', 'client name');
    expect(byTestId('client-mrn')?.textContent).toBe('MRN-100234');
    expect(byTestId('client-dob')?.getAttribute('datetime')).toBe('1950-01-05');
    expect(byTestId('client-dob')?.textContent).toBe('Jan 5, 1950');
    expect(byTestId('client-age')?.textContent).toBe('(age 76)');
    await until(() => byTestId('last-contact') !== null, 'last contact');
    const clients = await listClients(db);
    expect(clients.map((client) => client.name)).toEqual(['Jane M Doe']);
  });

  test('says so when the page shows no single client, and can ask for a fresh read', async () => {
    await mount(7, null);
    await until(() => byTestId('no-client') !== null, 'no-client message');
    expect(byTestId('no-client')?.textContent).toContain('does not show a single client');
    await click('read-this-page');
    expect(fake.rereads).toEqual([7]);
  });

  test('logging a contact with the defaults makes the last contact "today"', async () => {
    await mount();
    await until(() => byTestId('last-contact')?.dataset.days === '', 'no contact yet');
    // Never reached, and joined today: not late yet, and said in its own words.
    expect(byTestId('cadence-status')?.dataset.status).toBe('ok');
    expect(byTestId('cadence-status')?.dataset.state).toBe('no-contact-yet');
    expect(byTestId('cadence-status')?.textContent).toBe('No contact yet · joined today');
    await click('log-contact');
    await submit('log-contact-save');
    await until(() => byTestId('last-contact')?.dataset.days === '0', 'contact today');
    expect(byTestId('last-contact')?.textContent).toContain('today');
    expect(byTestId('cadence-status')?.dataset.status).toBe('ok');
    expect(fake.dataChanges()).toBe(1);
    expect(byTestId('notice')?.textContent).toContain('Jane M Doe');
  });

  test('a past-due callback is overdue; completing it logs the call and Undo restores both', async () => {
    await mount();
    await until(() => byTestId('add-callback') !== null, 'add callback');
    await click('add-callback');
    await until(() => byTestId('callback-due') !== null, 'the callback form');
    await type(byTestId('callback-due') as HTMLInputElement, '2026-11-26T09:00');
    await submit('callback-save');
    await until(() => allByTestId('callback').length === 1, 'one callback');
    expect(byTestId('callback')?.dataset.overdue).toBe('true');
    await click('callback-done');
    await until(() => allByTestId('callback').length === 0, 'callback done');
    await until(() => byTestId('last-contact')?.dataset.days === '0', 'return call logged');
    await click('undo');
    await until(() => allByTestId('callback').length === 1, 'callback back');
    await until(() => byTestId('last-contact')?.dataset.days === '', 'contact undone');
  });

  test('a callback due later is not overdue', async () => {
    await mount();
    await until(() => byTestId('add-callback') !== null, 'add callback');
    await click('add-callback');
    await submit('callback-save');
    await until(() => allByTestId('callback').length === 1, 'one callback');
    expect(byTestId('callback')?.dataset.overdue).toBe('false');
  });

  test('a half-written note stays with its client when the page switches to someone else', async () => {
    await mount();
    await until(() => byTestId('log-contact') !== null, 'log contact');
    await click('log-contact');
    await act(async () => fake.showInTab(tabShowing(7, jose)));
    await until(() => byTestId('client-name')?.textContent === 'José Núñez', 'page switched');
    await until(() => byTestId('draft-other-client')?.textContent?.includes('Jane M Doe') ?? false, 'the draft still for Jane');
    await submit('log-contact-save');
    await until(() => byTestId('notice')?.textContent?.includes('Jane M Doe') ?? false, 'saved for Jane');
    // The panel names José from the page at once; his record is written alongside (slower when sealed).
    await expect.poll(async () => (await listClients(db)).map((client) => client.name)).toContain('José Núñez');
    const [janeRecord, joseRecord] = await listClients(db).then((clients) =>
      ['Jane M Doe', 'José Núñez'].map((name) => clients.find((client) => client.name === name)!),
    );
    expect(await contactsForClient(db, janeRecord!.id)).toHaveLength(1);
    expect(await contactsForClient(db, joseRecord!.id)).toHaveLength(0);
  });

  test('stops showing a client the moment the tab no longer shows one', async () => {
    await mount();
    await until(() => byTestId('client-name')?.textContent === 'Jane M Doe', 'client');
    await act(async () => fake.forgetTab(7));
    await until(() => byTestId('no-client') !== null, 'no client');
    expect(byTestId('client-name')).toBeNull();
  });

  test('follows the active tab', async () => {
    await mount();
    await until(() => byTestId('client-name')?.textContent === 'Jane M Doe', 'first tab');
    await fake.showInTab(tabShowing(9, jose));
    await act(async () => fake.activateTab(9));
    await until(() => byTestId('client-name')?.textContent === 'José Núñez', 'second tab');
  });
});
