import { sealIfAsked } from '../store/sealed-mode';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { contactsForClient } from '../../../src/store/contacts';
import { listClients } from '../../../src/store/clients';
import { dispositionsForClient } from '../../../src/store/dispositions';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';
import { DAY_MS as DAY } from '../../../src/domain/time/dates';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

const START = Date.UTC(2026, 10, 27, 15, 0); // Friday 10:00 in New York
const HOUR = 3_600_000;
// In hospital since Wednesday; discharge expected well after the 72-hour window.
const jane = {
  name: 'Jane M Doe',
  mrn: 'MRN-100234',
  dob: '1950-01-05',
  admitDate: '2026-11-25',
  dischargeDate: '2026-12-08',
  location: '4 West, Room 412',
  source: 'demo-classic',
  confidence: 0.95,
};
const tab = (context: TabContext['context']): TabContext => ({
  tabId: 7,
  url: 'http://127.0.0.1:8765/classic/chart/1',
  frameUrl: 'http://127.0.0.1:8765/classic/chart/1',
  context,
  readAt: START,
});

let db: RapportDb;
let root: HTMLElement;
let panel: Panel | undefined;
let now = START;

async function mount(context: TabContext['context'] = jane) {
  panel?.dispose();
  render(null, root);
  const fake = memoryHost({ tabId: 7, now: () => now, db, enrolShown: true });
  await fake.showInTab(tab(context));
  const mounted = createPanel(fake.host, db);
  panel = mounted;
  await act(async () => {
    render(
      <PanelContext.Provider value={mounted}>
        <App />
      </PanelContext.Provider>,
      root,
    );
    await mounted.start();
  });
}

const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const suggestion = (rule: string) => root.querySelector<HTMLElement>(`[data-testid="suggestion"][data-rule="${rule}"]`);
const within = (element: HTMLElement | null, id: string) => element?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null;

async function until(check: () => boolean, what: string) {
  // A deadline, not a count of polls: on a loaded machine each poll takes far longer than 10 ms.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function press(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to press');
  await act(async () => element.click());
}

/** Moves the panel's clock, as its 30-second tick would. */
async function advanceTo(at: number) {
  now = at;
  await act(async () => {
    panel?.clock.refresh();
  });
}

async function janeId() {
  const [client] = await listClients(db);
  if (!client) throw new Error('Jane not recorded');
  return client.id;
}

beforeEach(async () => {
  now = START;
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  panel?.dispose();
  panel = undefined;
  db.close();
});

describe('extra-mile suggestions', () => {
  test('an inpatient gets "drop in to say hi", with the reason and its source', async () => {
    await mount();
    await until(() => suggestion('inpatient-visit') !== null, 'inpatient suggestion');
    const item = suggestion('inpatient-visit');
    expect(item?.querySelector('strong')?.textContent).toBe('Drop in to say hi (4 West, Room 412)');
    expect(item?.textContent).toContain('Jane M Doe has been in hospital since Nov 25, 2026 (day 3).');
    expect(item?.textContent).toContain('Why: Relationship Building 101: five practical strategies for care managers');
  });

  test('Done logs an extra-mile contact and a disposition; Undo takes both back', async () => {
    await mount();
    await until(() => suggestion('inpatient-visit') !== null, 'inpatient suggestion');
    await press(within(suggestion('inpatient-visit'), 'suggestion-done'));
    await until(() => suggestion('inpatient-visit') === null, 'suggestion handled');

    const id = await janeId();
    const [contact] = await contactsForClient(db, id);
    expect(contact).toMatchObject({ channel: 'visit', outcome: 'reached', tags: ['extra-mile'], at: START, note: 'Drop in to say hi (4 West, Room 412)' });
    expect(await dispositionsForClient(db, id)).toMatchObject([{ ruleId: 'inpatient-visit', action: 'done', at: START }]);
    expect(all('notice')[0]?.textContent).toContain('Jane M Doe');

    await press(all('undo')[0] ?? null);
    await until(() => suggestion('inpatient-visit') !== null, 'suggestion back after Undo');
    expect(await contactsForClient(db, id)).toEqual([]);
    expect(await dispositionsForClient(db, id)).toEqual([]);
  });

  test('snoozed until tomorrow: hidden for the rest of the day, back the next morning', async () => {
    await mount();
    await until(() => suggestion('inpatient-visit') !== null, 'inpatient suggestion');
    await press(within(suggestion('inpatient-visit'), 'suggestion-snooze'));
    await press(within(suggestion('inpatient-visit'), 'suggestion-snooze-tomorrow'));
    await until(() => suggestion('inpatient-visit') === null, 'snoozed');

    await advanceTo(START + 8 * HOUR); // 18:00 the same day
    await mount();
    await until(() => suggestion('check-in') !== null, 'other suggestions shown');
    expect(suggestion('inpatient-visit')).toBeNull();

    await advanceTo(START + DAY - 2 * HOUR); // 08:00 the next day
    await until(() => suggestion('inpatient-visit') !== null, 'back the next day');
  });

  test('snoozed for 3 days stays hidden tomorrow', async () => {
    await mount();
    await until(() => suggestion('inpatient-visit') !== null, 'inpatient suggestion');
    await press(within(suggestion('inpatient-visit'), 'suggestion-snooze'));
    await press(within(suggestion('inpatient-visit'), 'suggestion-snooze-3d'));
    await until(() => suggestion('inpatient-visit') === null, 'snoozed');
    await advanceTo(START + DAY);
    expect(suggestion('inpatient-visit')).toBeNull();
    await advanceTo(START + 3 * DAY);
    await until(() => suggestion('inpatient-visit') !== null, 'back after 3 days');
  });

  test('dismissed with a reason: the reason is kept and the suggestion does not come back', async () => {
    await mount();
    await until(() => suggestion('check-in') !== null, 'check-in suggestion');
    await press(within(suggestion('check-in'), 'suggestion-dismiss'));
    const select = within(suggestion('check-in'), 'suggestion-dismiss-reason') as HTMLSelectElement;
    const note = within(suggestion('check-in'), 'suggestion-dismiss-note') as HTMLInputElement;
    await act(async () => {
      select.value = 'client-declined';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      note.value = 'prefers her daughter calls';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const confirm = within(suggestion('check-in'), 'suggestion-dismiss-confirm') as HTMLButtonElement;
    await act(async () => confirm.form?.requestSubmit(confirm));
    await until(() => suggestion('check-in') === null, 'dismissed');

    const id = await janeId();
    expect(await dispositionsForClient(db, id)).toMatchObject([
      { ruleId: 'check-in', action: 'dismissed', reason: 'client-declined: prefers her daughter calls' },
    ]);
    expect(await contactsForClient(db, id)).toEqual([]);
    await advanceTo(START + 6 * HOUR);
    await mount();
    await until(() => suggestion('inpatient-visit') !== null, 'panel reopened');
    expect(suggestion('check-in')).toBeNull();
  });

  test('"anticipate discharge" takes the user to the discharge checklist', async () => {
    await mount({ ...jane, dischargeDate: '2026-11-29' });
    await until(() => suggestion('discharge-prep') !== null, 'discharge suggestion');
    await until(() => all('discharge-checklist').length === 1, 'checklist rendered');
    await press(within(suggestion('discharge-prep'), 'suggestion-open'));
    expect(document.activeElement?.getAttribute('data-testid')).toBe('discharge-checklist');
  });

  test('a recently discharged client gets the TCM contact call', async () => {
    await mount({ ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-26', dischargeActual: true });
    await until(() => suggestion('tcm-contact') !== null, 'TCM suggestion');
    expect(suggestion('tcm-contact')?.textContent).toContain('Call after discharge: status, needs and medicines');
    expect(suggestion('tcm-contact')?.textContent).toContain('Discharged Nov 26, 2026; the interactive contact (2 business days) is due by Nov 30, 2026.');
    expect(suggestion('inpatient-visit')).toBeNull();
  });
});
