import { sealIfAsked } from '../store/sealed-mode';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { checklistFor, tickItem } from '../../../src/store/checklists';
import { createClient, getClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { tcmDeadlines } from '../../../src/domain/discharge/tcm';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

// Friday 27 November 2026, 10:00 in New York; Thursday 26 November is Thanksgiving.
const NOW = Date.UTC(2026, 10, 27, 15, 0);
const DAY = 86_400_000;
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };
type Context = NonNullable<TabContext['context']>;

let db: RapportDb;
let root: HTMLElement;
let panel: Panel;

async function mount(context: Context = jane) {
  const fake = memoryHost({ tabId: 7, now: () => NOW, db, enrolShown: true });
  const url = `http://127.0.0.1:8765/classic/chart/${context.mrn}`;
  await fake.showInTab({ tabId: 7, url, frameUrl: url, context, readAt: NOW });
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
  await until(() => byTestId('trust-checklist') !== null, 'trust checklist');
  return panel.client.client.peek()!;
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const item = (id: string) => root.querySelector<HTMLElement>(`[data-testid="checklist-item"][data-item-id="${id}"]`);
const box = (id: string) => item(id)?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;

async function until(check: () => boolean, what: string) {
  // A deadline, not a count of polls: on a loaded machine each poll takes far longer than 10 ms.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}\n${root.textContent}`);
}

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function choose(select: HTMLSelectElement | null, value: string) {
  if (!select) throw new Error('no select');
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
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

describe('trust checklist', () => {
  const ON_TIME = 'trust.respect.on-time';

  test('shows the five strategies as collapsible groups with labelled checkboxes and their source', async () => {
    await mount();
    const groups = byTestId('trust-checklist')!.querySelectorAll('details');
    expect(groups).toHaveLength(5);
    expect(byTestId('trust-checklist')!.querySelectorAll('[data-testid="checklist-item"]')).toHaveLength(20);
    const checkbox = box(ON_TIME)!;
    expect(groups[0]?.querySelector('summary .group-title')?.textContent).toBe('Respect');
    expect(groups[0]?.textContent).toContain("Be aware of the client's time and needs, so they learn they can rely on you.");
    expect(root.querySelector(`label[for="${checkbox.id}"]`)?.textContent).toBe('Called or arrived at the time you said, or warned the client before running late');
    expect(document.getElementById(checkbox.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Why: Holding to estimated times is the everyday proof of respect. Source: Relationship Building 101: five practical strategies for care managers',
    );
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
  });

  test('ticking records a dated tick that is stored; Undo takes it back', async () => {
    const client = await mount();
    await click(box(ON_TIME));
    await until(() => item(ON_TIME)?.dataset.checked === 'true', 'ticked');
    expect(item(ON_TIME)?.dataset.lastDone).toBe('2026-11-27');
    expect(item(ON_TIME)?.textContent).toContain('Last done');
    expect(byTestId('notice')?.textContent).toContain('Ticked “Called or arrived at the time you said, or warned the client before running late” for Jane M Doe');
    expect((await checklistFor(db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([NOW]);

    await click(byTestId('undo'));
    await until(() => item(ON_TIME)?.dataset.checked === 'false', 'undone');
    expect((await checklistFor(db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([]);
  });

  test('unticking takes the latest tick off; Undo puts it back at its own time', async () => {
    const client = await mount();
    const earlier = NOW - 3 * DAY;
    await tickItem(db, { clientId: client.id, templateId: 'trust', itemId: ON_TIME }, earlier);
    await act(async () => {
      await panel.checklists.get().reload();
    });
    await until(() => item(ON_TIME)?.dataset.checked === 'true', 'ticked three days ago');
    expect(item(ON_TIME)?.dataset.lastDone).toBe('2026-11-24');

    await click(box(ON_TIME));
    await until(() => item(ON_TIME)?.dataset.checked === 'false', 'unticked');
    await click(byTestId('undo'));
    await until(() => item(ON_TIME)?.dataset.checked === 'true', 'restored');
    expect((await checklistFor(db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([earlier]);
  });

  test('an act done more than 30 days ago is history, not checked, and can be done again', async () => {
    const client = await mount();
    await tickItem(db, { clientId: client.id, templateId: 'trust', itemId: ON_TIME }, NOW - 40 * DAY);
    await act(async () => {
      await panel.checklists.get().reload();
    });
    await until(() => item(ON_TIME)?.dataset.lastDone === '2026-10-18', 'old tick shown');
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
    await click(box(ON_TIME));
    await until(() => item(ON_TIME)?.dataset.checked === 'true', 'done again');
    expect(item(ON_TIME)?.textContent).toContain('done 2 times');
  });

  test('a failed write says why and leaves the box unticked', async () => {
    await mount();
    panel.checklists.get().tick = () => Promise.reject(new Error('disk full'));
    await click(box(ON_TIME));
    await until(() => byTestId('notice')?.textContent?.includes('disk full') ?? false, 'failure shown');
    expect(box(ON_TIME)?.checked).toBe(false);
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
  });

  test('an act the record proves ticks itself and says why', async () => {
    const client = await mount();
    const call = 'trust.more.unexpected-call';
    expect(item(call)?.dataset.checked).toBe('false');
    await logContact(
      db,
      { clientId: client.id, at: NOW - DAY, channel: 'call', direction: 'outbound', outcome: 'no-answer', tags: ['extra-mile'] },
      NOW,
    );
    await act(() => panel.contacts.reload());
    await until(() => item(call)?.dataset.checked === 'true', 'auto tick');
    expect(item(call)?.textContent).toContain('Ticked automatically: Contact on 2026-11-26 tagged "Extra mile"');
    expect(box(call)?.disabled).toBe(true);
  });
});

describe('discharge anticipation and the TCM clock', () => {
  test('no checklist, TCM clock or LACE without admission or discharge dates', async () => {
    await mount();
    expect(byTestId('discharge-checklist')).toBeNull();
    expect(byTestId('tcm-contact-due')).toBeNull();
    expect(byTestId('lace')).toBeNull();
  });

  test('an expected discharge shows the checklist with owners and due dates, but no TCM clock', async () => {
    await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30', dischargeActual: false });
    await until(() => byTestId('discharge-checklist') !== null, 'discharge checklist');
    const checklist = byTestId('discharge-checklist')!;
    expect([...checklist.querySelectorAll('summary .group-title')].map((title) => title.textContent)).toEqual([
      'Re-Engineered Discharge (Project RED)',
      'IDEAL discharge planning',
      'Readmission risk screen (BOOST 8Ps)',
    ]);
    expect(checklist.textContent).toContain('Expected discharge');
    const language = item('discharge.red.language')!;
    expect(language.textContent).toContain('Owner: care manager');
    expect(language.querySelector('time:last-of-type')?.getAttribute('datetime')).toBe('2026-11-27');
    expect(language.querySelector('label')?.textContent).toBe('Ask whether language assistance is needed and arrange an interpreter for discharge teaching');
    expect(language.textContent).toContain('Source: AHRQ Re-Engineered Discharge (Project RED) Toolkit');
    expect(byTestId('tcm-contact-due')).toBeNull();
  });

  test('a discharge date still to come does not start TCM even without a label', async () => {
    await mount({ ...jane, dischargeDate: '2026-11-28' });
    await until(() => byTestId('discharge-checklist') !== null, 'discharge checklist');
    expect(byTestId('tcm-contact-due')).toBeNull();
  });

  test('discharge items tick into the same store, under the discharge template', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30' });
    await until(() => item('discharge.red.language') !== null, 'discharge items');
    await click(box('discharge.red.language'));
    await until(() => item('discharge.red.language')?.dataset.checked === 'true', 'ticked');
    expect((await checklistFor(db, client.id, 'discharge')).map((row) => row.itemId)).toEqual(['discharge.red.language']);
  });

  test('an actual discharge starts the TCM clock: contact due on the 2nd business day, holidays skipped', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-25', dischargeActual: true });
    await until(() => byTestId('tcm-contact-due') !== null, 'TCM clock');
    const due = tcmDeadlines({ date: '2026-11-25', actual: true }, '2026-11-27', 'moderate')!;
    expect(due.interactiveContactDue).toBe('2026-11-30');
    expect(byTestId('tcm-contact-due')?.dataset.due).toBe(due.interactiveContactDue);
    expect(byTestId('tcm-contact-due')?.dataset.status).toBe('open');
    expect(byTestId('tcm-contact-due')?.textContent).toContain('Open');
    expect(byTestId('tcm-face-to-face-due')?.dataset.due).toBe('2026-12-09');
    expect(byTestId('discharge-checklist')?.textContent).toContain('Discharged');

    await logContact(db, { clientId: client.id, at: NOW - 60_000, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
    await act(() => panel.contacts.reload());
    await until(() => byTestId('tcm-contact-due')?.dataset.status === 'met', 'contact met');
    expect(byTestId('tcm-contact-due')?.textContent).toContain('Met');
  });

  test('an expected discharge date that has passed asks the user; only "yes" starts the TCM clock', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-26' });
    await until(() => byTestId('discharge-question') !== null, 'the question');
    expect(byTestId('discharge-question')?.textContent).toContain('Was Jane M Doe discharged?');
    expect(byTestId('tcm-contact-due')).toBeNull();
    await click(byTestId('discharge-yes'));
    await until(() => byTestId('tcm-contact-due') !== null, 'TCM clock');
    expect(byTestId('tcm-contact-due')?.dataset.due).toBe('2026-11-30');
    expect(byTestId('discharge-question')).toBeNull();
    expect((await getClient(db, client.id))?.dischargeActual).toBe(true);
  });

  test('"not yet" takes a new expected date, which stands while the page shows the old one', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-26' });
    await until(() => byTestId('discharge-question') !== null, 'the question');
    await click(byTestId('discharge-not-yet'));
    await type(byTestId('discharge-new-date') as HTMLInputElement, '2026-11-30');
    await act(async () => (byTestId('discharge-new-date-save') as HTMLButtonElement).form?.requestSubmit());
    await until(() => byTestId('discharge-question') === null, 'question answered');
    expect(byTestId('tcm-contact-due')).toBeNull();
    expect((await getClient(db, client.id))?.dischargeDate).toBe('2026-11-30');
  });

  test('a client chosen by hand never borrows the stay of the client on the page', async () => {
    await mount({ ...jane, dischargeDate: '2026-11-25', dischargeActual: true });
    await until(() => byTestId('tcm-contact-due') !== null, 'TCM clock for the page client');
    const other = await createClient(db, { name: 'Ann Other' }, NOW);
    await act(() => panel.client.select(other.id));
    await until(() => byTestId('client-name')?.textContent === 'Ann Other', 'chosen client');
    expect(byTestId('tcm-contact-due')).toBeNull();
    expect(byTestId('discharge-checklist')).toBeNull();
  });

  test('high complexity moves the visit to 7 days and is stored on the client; Undo restores it', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-25', dischargeActual: true });
    await until(() => byTestId('tcm-complexity') !== null, 'complexity');
    await choose(byTestId('tcm-complexity') as HTMLSelectElement, 'high');
    await until(() => byTestId('tcm-face-to-face-due')?.dataset.due === '2026-12-02', '7-day visit');
    const stored = await getClient(db, client.id);
    expect(stored?.tcmComplexity).toBe('high');
    expect(stored!.rev).toBeGreaterThan(client.rev);
    await click(byTestId('undo'));
    await until(() => byTestId('tcm-face-to-face-due')?.dataset.due === '2026-12-09', 'back to 14 days');
    expect((await getClient(db, client.id))?.tcmComplexity).toBeUndefined();
  });
});

describe('BOOST risk screen', () => {
  const question = (n: number) => root.querySelectorAll<HTMLElement>('[data-testid="risk-question"]')[n]!;
  const answer = (n: number, value: 'yes' | 'no' | 'unknown') =>
    click(question(n).querySelector<HTMLInputElement>(`input[value="${value}"]`));

  test('answers count as risks, and the risks offer a contact rhythm that one click applies', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30' });
    await until(() => byTestId('risk-screen') !== null, 'risk screen');
    expect(question(0).dataset.answer).toBe('unknown');
    expect(byTestId('tier-advice')).toBeNull();

    await answer(0, 'yes');
    await until(() => byTestId('risk-screen')?.dataset.risks === '1', 'one risk');
    expect(byTestId('risk-screen')?.textContent).toContain('1 readmission risk found');
    expect(byTestId('tier-advice')?.dataset.tier).toBe('medium');

    await answer(1, 'no');
    await answer(2, 'yes');
    await answer(3, 'yes');
    await until(() => byTestId('risk-screen')?.dataset.risks === '3', 'three risks');
    expect(byTestId('tier-advice')?.dataset.tier).toBe('high');

    await click(byTestId('tier-apply'));
    await until(() => byTestId('tier-advice') === null, 'advice taken');
    expect((await getClient(db, client.id))?.tier).toBe('high');

    await answer(3, 'unknown');
    await until(() => byTestId('risk-screen')?.dataset.risks === '2', 'an answer taken back');
    await answer(2, 'no');
    await until(() => byTestId('risk-screen')?.dataset.risks === '1', 'an answer changed');
    expect(byTestId('tier-advice')?.dataset.tier).toBe('medium');
  });
});

describe('LACE', () => {
  test('prefills the length of stay, computes the score and flags 10 or more as high risk', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-25', dischargeActual: true });
    await until(() => byTestId('lace') !== null, 'LACE');
    // The form opens on demand.
    expect(byTestId('lace-length')).toBeNull();
    await click(byTestId('lace-open'));
    expect((byTestId('lace-length') as HTMLInputElement).value).toBe('5');
    expect(byTestId('lace-score')?.dataset.score).toBe('');
    await type(byTestId('lace-charlson') as HTMLInputElement, '2');
    await type(byTestId('lace-ed') as HTMLInputElement, '0');
    expect(byTestId('lace-score')?.dataset.score).toBe('6');
    expect(byTestId('lace-score')?.dataset.highRisk).toBe('false');
    await click(byTestId('lace-acute'));
    await type(byTestId('lace-ed') as HTMLInputElement, '1');
    expect(byTestId('lace-score')?.dataset.score).toBe('10');
    expect(byTestId('lace-score')?.textContent).toContain('High risk');

    await click(byTestId('lace-save'));
    await until(() => byTestId('notice')?.textContent?.includes('LACE score 10') ?? false, 'saved');
    expect((await getClient(db, client.id))?.lace).toEqual({
      lengthOfStayDays: 5,
      acuteAdmission: true,
      charlson: 2,
      edVisits6m: 1,
      at: NOW,
    });
  });
});
