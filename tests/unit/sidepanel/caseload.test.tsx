import { sealIfAsked } from '../store/sealed-mode';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { completeCallback, listOverdue } from '../../../src/store/callbacks';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import { memoryHost } from './memory-host';
import { NOW, ZONE, seedCaseload } from '../store/caseload-seed';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

let db: RapportDb;
let root: HTMLElement;
let panel: Panel;
let fake: ReturnType<typeof memoryHost>;
let seeded: Awaited<ReturnType<typeof seedCaseload>>;

async function mount() {
  fake = memoryHost({ tabId: 7, now: () => NOW, timeZone: ZONE, db });
  await fake.showInTab({ tabId: 7, url: 'http://127.0.0.1:8765/classic/', frameUrl: 'http://127.0.0.1:8765/classic/', context: null, readAt: NOW });
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

const byTestId = (id: string, from: ParentNode = root) => from.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rowNames = (section: string) =>
  [...(byTestId(section)?.querySelectorAll('[data-testid="caseload-row"] strong') ?? [])].map((name) => name.textContent);

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

async function openCaseload() {
  await press(byTestId('view-caseload'));
  await until(() => byTestId('caseload')?.dataset.loaded === 'true', 'caseload loaded');
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
  seeded = await seedCaseload(db);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  panel.dispose();
  db.close();
});

describe('caseload view', () => {
  test('the overdue count shows beside "Caseload"; the caseload itself loads only when opened', async () => {
    await mount();
    await until(() => byTestId('caseload-count')?.dataset.count === '2', 'overdue count');
    expect(byTestId('view-caseload')?.textContent).toContain('2 overdue callbacks');
    expect(byTestId('view-client')?.getAttribute('aria-pressed')).toBe('true');
    expect(panel.caseload.sections.value.overdue).toBeNull();
    expect(byTestId('caseload')).toBeNull();

    await openCaseload();
    expect(byTestId('view-caseload')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('no-client')).toBeNull();
  });

  test('lists each kind of urgency, most urgent section first, each sorted', async () => {
    await mount();
    await openCaseload();
    const order = [...root.querySelectorAll('.caseload-section h3')].map((heading) => heading.textContent);
    expect(order).toEqual([
      'Overdue callbacks (2)',
      'TCM contact due today or tomorrow (1)',
      'Discharges in the next 72 hours (1)',
      'Past their maximum interval (4)',
    ]);
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue', 'Bob Overdue']);
    expect(byTestId('caseload-overdue')?.textContent).toContain('3 days late');
    expect(byTestId('caseload-overdue')?.textContent).toContain('2 h late');
    expect(rowNames('caseload-tcm')).toEqual(['Eve Tcm']);
    expect(byTestId('caseload-tcm')?.textContent).toContain('due today');
    expect(rowNames('caseload-discharges')).toEqual(['Dee Discharging']);
    // Dates in the panel's one format, never the stored ISO form.
    expect(byTestId('caseload-tcm')?.textContent).toContain('Discharged Nov 24, 2026');
    expect(byTestId('caseload-discharges')?.textContent).toContain('Discharge expected Nov 29, 2026');
    expect(byTestId('caseload')?.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rowNames('caseload-past-max')).toEqual(['Ivy Never', 'Gus Weekly', 'Hal Monthly', 'Kim Voicemail']);
    expect(byTestId('caseload-past-max')?.textContent).toContain('Last reached 25 days ago (maximum: 14 days)');
  });

  test('one click jumps back to the chart where the client was last seen', async () => {
    await mount();
    await openCaseload();
    await press(byTestId('caseload-open-chart', byTestId('caseload-overdue')!));
    expect(fake.openedCharts).toEqual(['http://localhost:8766/app/patient/A1']);
  });

  test('"Open here" makes the row\'s client the panel\'s client', async () => {
    await mount();
    await openCaseload();
    await press(byTestId('caseload-open-client', byTestId('caseload-overdue')!));
    await until(() => byTestId('client-name')?.textContent === 'Ann Overdue', 'Ann in the panel');
    expect(panel.client.client.value?.id).toBe(seeded.ann!.id);
    expect(byTestId('view-client')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('chosen-client')).not.toBeNull();
  });

  test('a callback completed elsewhere updates the open caseload and the count', async () => {
    await mount();
    await openCaseload();
    const [oldest] = await listOverdue(db, NOW);
    await completeCallback(db, oldest!.id, NOW);
    await until(() => rowNames('caseload-overdue').join() === 'Bob Overdue', 'list updated');
    await until(() => byTestId('caseload-count')?.dataset.count === '1', 'count updated');
  });
});
