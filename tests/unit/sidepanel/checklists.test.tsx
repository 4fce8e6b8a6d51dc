import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { checklistFor, tickItem } from '../../../src/store/checklists';
import { createClient, getClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { tcmDeadlines } from '../../../src/domain/discharge/tcm';
import type { TabContext } from '../../../src/messaging/schema';
import { mountPanel, type MountedPanel } from './render';
import { DAY_MS as DAY } from '../../../src/domain/time/dates';

// Friday 27 November 2026, 10:00 in New York; Thursday 26 November is Thanksgiving.
const NOW = Date.UTC(2026, 10, 27, 15, 0);
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };
type Context = NonNullable<TabContext['context']>;

let view: MountedPanel;
afterEach(() => view.unmount());

async function mount(context: Context = jane) {
  view = await mountPanel({ now: NOW, context });
  await view.until(() => view.byTestId('trust-checklist') !== null, 'trust checklist');
  return view.panel.client.client.peek()!;
}

const item = (id: string) => view.root.querySelector<HTMLElement>(`[data-testid="checklist-item"][data-item-id="${id}"]`);
const box = (id: string) => item(id)?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;

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

describe('trust checklist', () => {
  const ON_TIME = 'trust.respect.on-time';

  test('shows the five strategies as collapsible groups with labelled checkboxes and their source', async () => {
    await mount();
    const groups = view.byTestId('trust-checklist')!.querySelectorAll('details');
    expect(groups).toHaveLength(5);
    expect(view.byTestId('trust-checklist')!.querySelectorAll('[data-testid="checklist-item"]')).toHaveLength(20);
    const checkbox = box(ON_TIME)!;
    expect(groups[0]?.querySelector('summary .group-title')?.textContent).toBe('Respect');
    expect(groups[0]?.textContent).toContain("Be aware of the client's time and needs, so they learn they can rely on you.");
    expect(view.root.querySelector(`label[for="${checkbox.id}"]`)?.textContent).toBe('Called or arrived at the time you said, or warned the client before running late');
    expect(document.getElementById(checkbox.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Why: Holding to estimated times is the everyday proof of respect. Source: Relationship Building 101: five practical strategies for care managers',
    );
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
  });

  test('ticking records a dated tick that is stored; Undo takes it back', async () => {
    const client = await mount();
    await view.press(box(ON_TIME));
    await view.until(() => item(ON_TIME)?.dataset.checked === 'true', 'ticked');
    expect(item(ON_TIME)?.dataset.lastDone).toBe('2026-11-27');
    expect(item(ON_TIME)?.textContent).toContain('Last done');
    expect(view.byTestId('notice')?.textContent).toContain('Ticked “Called or arrived at the time you said, or warned the client before running late” for Jane M Doe');
    expect((await checklistFor(view.db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([NOW]);

    await view.press(view.byTestId('undo'));
    await view.until(() => item(ON_TIME)?.dataset.checked === 'false', 'undone');
    expect((await checklistFor(view.db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([]);
  });

  test('unticking takes the latest tick off; Undo puts it back at its own time', async () => {
    const client = await mount();
    const earlier = NOW - 3 * DAY;
    await tickItem(view.db, { clientId: client.id, templateId: 'trust', itemId: ON_TIME }, earlier);
    await act(async () => {
      await view.panel.checklists.get().reload();
    });
    await view.until(() => item(ON_TIME)?.dataset.checked === 'true', 'ticked three days ago');
    expect(item(ON_TIME)?.dataset.lastDone).toBe('2026-11-24');

    await view.press(box(ON_TIME));
    await view.until(() => item(ON_TIME)?.dataset.checked === 'false', 'unticked');
    await view.press(view.byTestId('undo'));
    await view.until(() => item(ON_TIME)?.dataset.checked === 'true', 'restored');
    expect((await checklistFor(view.db, client.id, 'trust')).find((row) => row.itemId === ON_TIME)?.ticks).toEqual([earlier]);
  });

  test('an act done more than 30 days ago is history, not checked, and can be done again', async () => {
    const client = await mount();
    await tickItem(view.db, { clientId: client.id, templateId: 'trust', itemId: ON_TIME }, NOW - 40 * DAY);
    await act(async () => {
      await view.panel.checklists.get().reload();
    });
    await view.until(() => item(ON_TIME)?.dataset.lastDone === '2026-10-18', 'old tick shown');
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
    await view.press(box(ON_TIME));
    await view.until(() => item(ON_TIME)?.dataset.checked === 'true', 'done again');
    expect(item(ON_TIME)?.textContent).toContain('done 2 times');
  });

  test('a failed write says why and leaves the box unticked', async () => {
    await mount();
    view.panel.checklists.get().tick = () => Promise.reject(new Error('disk full'));
    await view.press(box(ON_TIME));
    await view.until(() => view.byTestId('notice')?.textContent?.includes('disk full') ?? false, 'failure shown');
    expect(box(ON_TIME)?.checked).toBe(false);
    expect(item(ON_TIME)?.dataset.checked).toBe('false');
  });

  test('an act the record proves ticks itself and says why', async () => {
    const client = await mount();
    const call = 'trust.more.unexpected-call';
    expect(item(call)?.dataset.checked).toBe('false');
    await logContact(
      view.db,
      { clientId: client.id, at: NOW - DAY, channel: 'call', direction: 'outbound', outcome: 'no-answer', tags: ['extra-mile'] },
      NOW,
    );
    await view.until(() => item(call)?.dataset.checked === 'true', 'auto tick');
    expect(item(call)?.textContent).toContain('Ticked automatically: Contact on 2026-11-26 tagged "Extra mile"');
    expect(box(call)?.disabled).toBe(true);
  });
});

describe('discharge anticipation and the TCM clock', () => {
  test('no checklist, TCM clock or LACE without admission or discharge dates', async () => {
    await mount();
    expect(view.byTestId('discharge-checklist')).toBeNull();
    expect(view.byTestId('tcm-contact-due')).toBeNull();
    expect(view.byTestId('lace')).toBeNull();
  });

  test('an expected discharge shows the checklist with owners and due dates, but no TCM clock', async () => {
    await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30', dischargeActual: false });
    await view.until(() => view.byTestId('discharge-checklist') !== null, 'discharge checklist');
    const checklist = view.byTestId('discharge-checklist')!;
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
    expect(view.byTestId('tcm-contact-due')).toBeNull();
  });

  test('a discharge date still to come does not start TCM even without a label', async () => {
    await mount({ ...jane, dischargeDate: '2026-11-28' });
    await view.until(() => view.byTestId('discharge-checklist') !== null, 'discharge checklist');
    expect(view.byTestId('tcm-contact-due')).toBeNull();
  });

  test('discharge items tick into the same store, under the discharge template', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30' });
    await view.until(() => item('discharge.red.language') !== null, 'discharge items');
    await view.press(box('discharge.red.language'));
    await view.until(() => item('discharge.red.language')?.dataset.checked === 'true', 'ticked');
    expect((await checklistFor(view.db, client.id, 'discharge')).map((row) => row.itemId)).toEqual(['discharge.red.language']);
  });

  test('an actual discharge starts the TCM clock: contact due on the 2nd business day, holidays skipped', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-25', dischargeActual: true });
    await view.until(() => view.byTestId('tcm-contact-due') !== null, 'TCM clock');
    const due = tcmDeadlines({ date: '2026-11-25', actual: true }, '2026-11-27', 'moderate')!;
    expect(due.interactiveContactDue).toBe('2026-11-30');
    expect(view.byTestId('tcm-contact-due')?.dataset.due).toBe(due.interactiveContactDue);
    expect(view.byTestId('tcm-contact-due')?.dataset.status).toBe('open');
    expect(view.byTestId('tcm-contact-due')?.textContent).toContain('Open');
    expect(view.byTestId('tcm-face-to-face-due')?.dataset.due).toBe('2026-12-09');
    expect(view.byTestId('discharge-checklist')?.textContent).toContain('Discharged');

    await logContact(view.db, { clientId: client.id, at: NOW - 60_000, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
    await view.until(() => view.byTestId('tcm-contact-due')?.dataset.status === 'met', 'contact met');
    expect(view.byTestId('tcm-contact-due')?.textContent).toContain('Met');
  });

  test('an expected discharge date that has passed asks the user; only "yes" starts the TCM clock', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-26' });
    await view.until(() => view.byTestId('discharge-question') !== null, 'the question');
    expect(view.byTestId('discharge-question')?.textContent).toContain('Was Jane M Doe discharged?');
    expect(view.byTestId('tcm-contact-due')).toBeNull();
    await view.press(view.byTestId('discharge-yes'));
    await view.until(() => view.byTestId('tcm-contact-due') !== null, 'TCM clock');
    expect(view.byTestId('tcm-contact-due')?.dataset.due).toBe('2026-11-30');
    expect(view.byTestId('discharge-question')).toBeNull();
    expect((await getClient(view.db, client.id))?.dischargeActual).toBe(true);
  });

  test('"not yet" takes a new expected date, which stands while the page shows the old one', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-26' });
    await view.until(() => view.byTestId('discharge-question') !== null, 'the question');
    await view.press(view.byTestId('discharge-not-yet'));
    await type(view.byTestId('discharge-new-date') as HTMLInputElement, '2026-11-30');
    await act(async () => (view.byTestId('discharge-new-date-save') as HTMLButtonElement).form?.requestSubmit());
    await view.until(() => view.byTestId('discharge-question') === null, 'question answered');
    expect(view.byTestId('tcm-contact-due')).toBeNull();
    expect((await getClient(view.db, client.id))?.dischargeDate).toBe('2026-11-30');
  });

  test('a client chosen by hand never borrows the stay of the client on the page', async () => {
    await mount({ ...jane, dischargeDate: '2026-11-25', dischargeActual: true });
    await view.until(() => view.byTestId('tcm-contact-due') !== null, 'TCM clock for the page client');
    const other = await createClient(view.db, { name: 'Ann Other' }, NOW);
    await act(() => view.panel.client.select(other.id));
    await view.until(() => view.byTestId('client-name')?.textContent === 'Ann Other', 'chosen client');
    expect(view.byTestId('tcm-contact-due')).toBeNull();
    expect(view.byTestId('discharge-checklist')).toBeNull();
  });

  test('high complexity moves the visit to 7 days and is stored on the client; Undo restores it', async () => {
    const client = await mount({ ...jane, dischargeDate: '2026-11-25', dischargeActual: true });
    await view.until(() => view.byTestId('tcm-complexity') !== null, 'complexity');
    await choose(view.byTestId('tcm-complexity') as HTMLSelectElement, 'high');
    await view.until(() => view.byTestId('tcm-face-to-face-due')?.dataset.due === '2026-12-02', '7-day visit');
    const stored = await getClient(view.db, client.id);
    expect(stored?.tcmComplexity).toBe('high');
    expect(stored!.rev).toBeGreaterThan(client.rev);
    await view.press(view.byTestId('undo'));
    await view.until(() => view.byTestId('tcm-face-to-face-due')?.dataset.due === '2026-12-09', 'back to 14 days');
    expect((await getClient(view.db, client.id))?.tcmComplexity).toBeUndefined();
  });
});

describe('BOOST risk screen', () => {
  const question = (n: number) => view.root.querySelectorAll<HTMLElement>('[data-testid="risk-question"]')[n]!;
  const answer = (n: number, value: 'yes' | 'no' | 'unknown') =>
    view.press(question(n).querySelector<HTMLInputElement>(`input[value="${value}"]`));

  test('answers count as risks, and the risks offer a contact rhythm that one click applies', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-24', dischargeDate: '2026-11-30' });
    await view.until(() => view.byTestId('risk-screen') !== null, 'risk screen');
    expect(question(0).dataset.answer).toBe('unknown');
    expect(view.byTestId('tier-advice')).toBeNull();

    await answer(0, 'yes');
    await view.until(() => view.byTestId('risk-screen')?.dataset.risks === '1', 'one risk');
    expect(view.byTestId('risk-screen')?.textContent).toContain('1 readmission risk found');
    expect(view.byTestId('tier-advice')?.dataset.tier).toBe('medium');

    await answer(1, 'no');
    await answer(2, 'yes');
    await answer(3, 'yes');
    await view.until(() => view.byTestId('risk-screen')?.dataset.risks === '3', 'three risks');
    expect(view.byTestId('tier-advice')?.dataset.tier).toBe('high');

    await view.press(view.byTestId('tier-apply'));
    await view.until(() => view.byTestId('tier-advice') === null, 'advice taken');
    expect((await getClient(view.db, client.id))?.tier).toBe('high');

    await answer(3, 'unknown');
    await view.until(() => view.byTestId('risk-screen')?.dataset.risks === '2', 'an answer taken back');
    await answer(2, 'no');
    await view.until(() => view.byTestId('risk-screen')?.dataset.risks === '1', 'an answer changed');
    expect(view.byTestId('tier-advice')?.dataset.tier).toBe('medium');
  });
});

describe('LACE', () => {
  test('prefills the length of stay, computes the score and flags 10 or more as high risk', async () => {
    const client = await mount({ ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-25', dischargeActual: true });
    await view.until(() => view.byTestId('lace') !== null, 'LACE');
    // The form opens on demand.
    expect(view.byTestId('lace-length')).toBeNull();
    await view.press(view.byTestId('lace-open'));
    expect((view.byTestId('lace-length') as HTMLInputElement).value).toBe('5');
    expect(view.byTestId('lace-score')?.dataset.score).toBe('');
    await type(view.byTestId('lace-charlson') as HTMLInputElement, '2');
    await type(view.byTestId('lace-ed') as HTMLInputElement, '0');
    expect(view.byTestId('lace-score')?.dataset.score).toBe('6');
    expect(view.byTestId('lace-score')?.dataset.highRisk).toBe('false');
    await view.press(view.byTestId('lace-acute'));
    await type(view.byTestId('lace-ed') as HTMLInputElement, '1');
    expect(view.byTestId('lace-score')?.dataset.score).toBe('10');
    expect(view.byTestId('lace-score')?.textContent).toContain('High risk');

    await view.press(view.byTestId('lace-save'));
    await view.until(() => view.byTestId('notice')?.textContent?.includes('LACE score 10') ?? false, 'saved');
    expect((await getClient(view.db, client.id))?.lace).toEqual({
      lengthOfStayDays: 5,
      acuteAdmission: true,
      charlson: 2,
      edVisits6m: 1,
      at: NOW,
    });
  });
});
