import { afterEach, describe, expect, test } from 'vitest';
import { completeCallback, listOverdue } from '../../../src/store/callbacks';
import { mountPanel, type MountedPanel } from './render';
import { NOW, ZONE, seedCaseload } from '../store/caseload-seed';

let view: MountedPanel<Awaited<ReturnType<typeof seedCaseload>>>;
afterEach(() => view.unmount());

async function mount() {
  view = await mountPanel({ now: NOW, timeZone: ZONE, context: null, seed: seedCaseload });
}

const rowNames = (section: string) =>
  [...(view.byTestId(section)?.querySelectorAll('[data-testid="caseload-row"] strong') ?? [])].map((name) => name.textContent);
const openCaseload = () => view.openCaseload();

describe('caseload view', () => {
  test('the overdue count shows beside "Caseload"; the caseload itself loads only when opened', async () => {
    await mount();
    await view.until(() => view.byTestId('caseload-count')?.dataset.count === '2', 'overdue count');
    expect(view.byTestId('view-caseload')?.textContent).toContain('2 overdue callbacks');
    expect(view.byTestId('view-client')?.getAttribute('aria-pressed')).toBe('true');
    expect(view.panel.caseload.sections.value.overdue).toBeNull();
    expect(view.byTestId('caseload')).toBeNull();

    await openCaseload();
    expect(view.byTestId('view-caseload')?.getAttribute('aria-pressed')).toBe('true');
    expect(view.byTestId('no-client')).toBeNull();
  });

  test('lists each kind of urgency, most urgent section first, each sorted', async () => {
    await mount();
    await openCaseload();
    const order = [...view.root.querySelectorAll('.caseload-section h3')].map((heading) => heading.textContent);
    expect(order).toEqual([
      'Overdue callbacks (2)',
      'TCM contact due today or tomorrow (1)',
      'Discharges in the next 72 hours (1)',
      'Past their maximum interval (4)',
    ]);
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue', 'Bob Overdue']);
    expect(view.byTestId('caseload-overdue')?.textContent).toContain('3 days late');
    expect(view.byTestId('caseload-overdue')?.textContent).toContain('2 h late');
    expect(rowNames('caseload-tcm')).toEqual(['Eve Tcm']);
    expect(view.byTestId('caseload-tcm')?.textContent).toContain('due today');
    expect(rowNames('caseload-discharges')).toEqual(['Dee Discharging']);
    // Dates in the panel's one format, never the stored ISO form.
    expect(view.byTestId('caseload-tcm')?.textContent).toContain('Discharged Nov 24, 2026');
    expect(view.byTestId('caseload-discharges')?.textContent).toContain('Discharge expected Nov 29, 2026');
    expect(view.byTestId('caseload')?.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rowNames('caseload-past-max')).toEqual(['Ivy Never', 'Gus Weekly', 'Hal Monthly', 'Kim Voicemail']);
    expect(view.byTestId('caseload-past-max')?.textContent).toContain('Last reached 25 days ago (maximum: 14 days)');
  });

  test('one click jumps back to the chart where the client was last seen', async () => {
    await mount();
    await openCaseload();
    await view.press(view.byTestId('caseload-open-chart', view.byTestId('caseload-overdue')!));
    expect(view.fake.openedCharts).toEqual(['http://localhost:8766/app/patient/A1']);
  });

  test('"Open here" makes the row\'s client the panel\'s client', async () => {
    await mount();
    await openCaseload();
    await view.press(view.byTestId('caseload-open-client', view.byTestId('caseload-overdue')!));
    await view.until(() => view.byTestId('client-name')?.textContent === 'Ann Overdue', 'Ann in the panel');
    expect(view.panel.client.client.value?.id).toBe(view.seeded.ann!.id);
    expect(view.byTestId('view-client')?.getAttribute('aria-pressed')).toBe('true');
    expect(view.byTestId('chosen-client')).not.toBeNull();
  });

  test('a callback completed elsewhere updates the open caseload and the count', async () => {
    await mount();
    await openCaseload();
    const [oldest] = await listOverdue(view.db, NOW);
    await completeCallback(view.db, oldest!.id, NOW);
    await view.until(() => rowNames('caseload-overdue').join() === 'Bob Overdue', 'list updated');
    await view.until(() => view.byTestId('caseload-count')?.dataset.count === '1', 'count updated');
  });
});
