import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPanel, type MountedPanel } from './render';
import { StaleWriteError } from '../../../src/store/base';
import { callbacksForClient } from '../../../src/store/callbacks';
import { checklistsForClient } from '../../../src/store/checklists';
import { getClient, listClients, updateClient } from '../../../src/store/clients';
import { contactsForClient } from '../../../src/store/contacts';
import { addPainPoint, painPointsForClient } from '../../../src/store/pain-points';
import type { ClientRecord } from '../../../src/model/records';

// Two panels in two windows on one database, each with its own connection, both showing Jane.
const NOW = Date.UTC(2026, 10, 27, 15, 0); // Friday 10:00 in New York
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95, location: 'Ward 1' };
const discharged = { ...jane, admitDate: '2026-11-20', dischargeDate: '2026-11-25', dischargeActual: true };

let windows: MountedPanel[] = [];
afterEach(() => {
  windows.forEach((view) => view.unmount());
  windows = [];
});

async function twoWindows(context: typeof jane = jane, ready = 'details-name') {
  const a = await mountPanel({ now: NOW, context });
  const b = await mountPanel({ now: NOW, context, anotherWindow: true });
  windows = [a, b];
  for (const view of windows) await view.until(() => view.byTestId(ready) !== null, ready);
  const [record] = await listClients(a.db);
  return { a, b, id: record!.id };
}

const value = (view: MountedPanel, id: string) => (view.byTestId(id) as HTMLInputElement).value;
const notice = (view: MountedPanel) => view.byTestId('notice')?.textContent ?? '';
const saysSaved = (view: MountedPanel) => () => notice(view).startsWith('Saved');

/** Both windows act in the same moment: each starts its write from what it shows. */
const atOnce = (...clicks: (() => void)[]) => act(async () => clicks.forEach((click) => click()));

describe('client details edited in two windows', () => {
  test('different fields: both edits are kept, the second save merges over the first', async () => {
    const { a, b, id } = await twoWindows();
    await a.type('details-tier', 'high');
    await b.type('details-location', 'ICU, Bed 6');
    await a.submit('details-save');
    await a.until(saysSaved(a), 'saved in A');
    await b.submit('details-save');
    await b.until(saysSaved(b), 'saved in B');
    expect(await getClient(a.db, id)).toMatchObject({ tier: 'high', location: 'ICU, Bed 6' });
    expect(value(b, 'details-tier')).toBe('high');
    expect(b.byTestId('details-clashes')).toBeNull();
  });

  test('the same field saved in both at once: the later save keeps what its user typed, shows the other value, and saving again keeps it', async () => {
    const { a, b, id } = await twoWindows();
    await a.type('details-location', 'Ward 5');
    await a.type('details-tier', 'low');
    await b.type('details-location', 'ICU, Bed 6');
    const save = (view: MountedPanel) => () => (view.byTestId('details-save') as HTMLButtonElement).form!.requestSubmit();
    await atOnce(save(a), save(b));
    await a.until(() => [a, b].some((view) => notice(view).includes('another window')), 'clash announced in one window');
    const [later, first, typed, theirs] = notice(b).includes('another window') ? [b, a, 'ICU, Bed 6', 'Ward 5'] : [a, b, 'Ward 5', 'ICU, Bed 6'];
    await first.until(saysSaved(first), 'the first save done');
    expect(notice(later)).toContain('Location');
    expect(later.byTestId('details-clashes')?.getAttribute('role')).toBe('alert');
    expect(later.byTestId('details-clashes')?.textContent).toContain(`Location is now “${theirs}” in the other window`);
    expect(value(later, 'details-location')).toBe(typed);
    expect(value(later, 'details-tier')).toBe('low');
    // Only window A typed a tier: the record holds it now only if A's save was the one that landed.
    expect(await getClient(a.db, id)).toMatchObject(first === a ? { location: theirs, tier: 'low' } : { location: theirs });

    await later.submit('details-save');
    await later.until(saysSaved(later), 'saved again');
    expect(await getClient(a.db, id)).toMatchObject({ location: typed, tier: 'low' });
    expect(later.byTestId('details-clashes')).toBeNull();
    await first.until(() => value(first, 'details-location') === typed, 'the first window shows it');
  });
});

describe('client details changed elsewhere while the form is open', () => {
  const dob = (view: MountedPanel) => view.root.querySelector<HTMLInputElement>('[data-testid="client-details"] input[type="date"]')!.value;

  // The worker writes what a team sync pulled through its own connection, as window A does here.
  test('after a save of its own, the form takes the fields changed elsewhere (a pulled date of birth)', async () => {
    const { a, b, id } = await twoWindows();
    await b.type('details-location', 'Ward 2');
    await b.submit('details-save');
    await b.until(saysSaved(b), 'saved in B');
    const saved = (await getClient(a.db, id))!;
    await updateClient(a.db, id, { dob: '1950-01-06' }, NOW + 1000, saved.rev);
    await b.until(() => dob(b) === '1950-01-06', 'B shows the new date of birth');
    expect(value(b, 'details-location')).toBe('Ward 2');
    // Saving again sends no stale date of birth back.
    await b.type('details-tier', 'high');
    await b.submit('details-save');
    await expect.poll(async () => (await getClient(a.db, id))?.tier).toBe('high');
    expect(await getClient(a.db, id)).toMatchObject({ dob: '1950-01-06', location: 'Ward 2' });
  });

  test('what the user is typing stays; a change elsewhere to that same field is shown as a clash', async () => {
    const { a, b, id } = await twoWindows();
    await b.type('details-location', 'ICU, Bed 6');
    const before = (await getClient(a.db, id))!;
    await updateClient(a.db, id, { dob: '1950-01-06', location: 'Ward 5' }, NOW + 1000, before.rev);
    await b.until(() => dob(b) === '1950-01-06', 'B shows the new date of birth');
    expect(value(b, 'details-location')).toBe('ICU, Bed 6');
    expect(b.byTestId('details-clashes')?.textContent).toContain('Location is now “Ward 5” in the other window');
    await b.submit('details-save');
    await b.until(saysSaved(b), 'saved in B');
    expect(await getClient(a.db, id)).toMatchObject({ dob: '1950-01-06', location: 'ICU, Bed 6' });
  });
});

describe('one-click acts from two windows at once', () => {
  const firstBox = (view: MountedPanel) => view.root.querySelector<HTMLInputElement>('[data-testid="checklist-item"] input[type="checkbox"]')!;

  test('ticks are appended in both; an untick based on an older view is refused, not misapplied', async () => {
    const { a, b, id } = await twoWindows(jane, 'trust-checklist');
    await atOnce(() => firstBox(a).click(), () => firstBox(b).click());
    await a.until(() => a.byTestId('checklist-item')?.dataset.checked === 'true', 'ticked in A');
    // A sealed write that found the other window's row first goes round again: wait for both.
    await a.until(() => a.byTestId('checklist-item')?.textContent?.includes('2 times') ?? false, 'A shows both ticks');
    const [row] = await checklistsForClient(a.db, id);
    expect(row!.ticks).toEqual([NOW, NOW]);

    await b.until(() => b.byTestId('checklist-item')?.textContent?.includes('2 times') ?? false, 'B shows both ticks');
    await atOnce(() => firstBox(a).click(), () => firstBox(b).click());
    // Which window's untick lands first depends on how long its sealing took: the other is told.
    await b.until(() => [a, b].some((view) => notice(view).includes('another window')), 'one window told');
    expect((await checklistsForClient(a.db, id))[0]!.ticks).toEqual([NOW]);
    for (const view of [a, b]) await view.until(() => view.byTestId('checklist-item')?.dataset.checked === 'true', 'both show the tick that is left');
  });

  test('a pain point relieved in both windows is relieved once, at the first time', async () => {
    const { a, b, id } = await twoWindows(jane, 'pain-points');
    await addPainPoint(a.db, { clientId: id, text: 'Pharmacy closes at 5' }, NOW - 1000);
    const relieve = (view: MountedPanel) => view.root.querySelector<HTMLButtonElement>('[data-testid="pain-point"] button')!;
    for (const view of windows) await view.until(() => view.byTestId('pain-point') !== null, 'pain point shown');
    await atOnce(() => relieve(a).click(), () => relieve(b).click());
    await b.until(() => [a, b].some((view) => notice(view).includes('another window')), 'one window told');
    const [point] = await painPointsForClient(a.db, id);
    expect(point).toMatchObject({ status: 'relieved', relievedAt: NOW, rev: 2 });
    for (const view of [a, b]) await view.until(() => view.byTestId('pain-point')?.dataset.status === 'relieved', 'both show it relieved');
  });

  test('a callback returned in both windows is returned once, with one contact', async () => {
    const { a, b, id } = await twoWindows(jane, 'owe-callback');
    await a.click('owe-callback');
    for (const view of windows) await view.until(() => view.allByTestId('callback').length === 1, 'callback shown');
    await atOnce(() => a.byTestId('callback-done')!.click(), () => b.byTestId('callback-done')!.click());
    await b.until(() => [a, b].some((view) => notice(view).includes('another window')), 'one window told');
    await b.until(() => [a, b].some((view) => notice(view).includes('Callback done')), 'the other saved');
    expect((await callbacksForClient(a.db, id))[0]?.status).toBe('done');
    expect((await contactsForClient(a.db, id)).filter((contact) => contact.tags.includes('callback'))).toHaveLength(1);
  });
});

describe('discharge tools in two windows', () => {
  test('TCM acts recorded from the same starting record are both kept; the same act is refused', async () => {
    const { a, b, id } = await twoWindows(discharged, 'tcm-clock');
    const shown = a.panel.client.client.peek() as ClientRecord;
    await Promise.all([
      a.panel.stay.markTcmDone(shown, '2026-11-25', 'faceToFaceOn', '2026-11-26'),
      b.panel.stay.markTcmDone(shown, '2026-11-25', 'medicationReconciledOn', '2026-11-27'),
      b.panel.stay.update(shown, { tcmComplexity: 'high' }),
    ]);
    expect(await getClient(a.db, id)).toMatchObject({
      tcmComplexity: 'high',
      tcmDone: { dischargeDate: '2026-11-25', faceToFaceOn: '2026-11-26', medicationReconciledOn: '2026-11-27' },
    });
    await expect(b.panel.stay.markTcmDone(shown, '2026-11-25', 'faceToFaceOn', '2026-11-27')).rejects.toBeInstanceOf(StaleWriteError);
    await expect(b.panel.stay.update(shown, { tcmComplexity: 'moderate' })).rejects.toBeInstanceOf(StaleWriteError);
    expect((await getClient(a.db, id))?.tcmDone?.faceToFaceOn).toBe('2026-11-26');
  });

  test('a LACE score saved in A is not overwritten unseen by B’s older form; B keeps its numbers', async () => {
    const { a, b, id } = await twoWindows(discharged, 'lace-open');
    await a.click('lace-open');
    await b.click('lace-open');
    await a.type('lace-charlson', '2');
    await a.type('lace-ed', '0');
    await a.click('lace-save');
    await a.until(() => notice(a).includes('LACE score 6'), 'saved in A');

    await b.type('lace-charlson', '3');
    await b.type('lace-ed', '1');
    await b.click('lace-save');
    await b.until(() => notice(b).includes('Another window saved a LACE score of 6'), 'B told');
    expect([value(b, 'lace-charlson'), value(b, 'lace-ed')]).toEqual(['3', '1']);
    expect((await getClient(a.db, id))?.lace?.charlson).toBe(2);

    await b.click('lace-save');
    await b.until(() => notice(b).includes('LACE score 8'), 'saved in B on the second try');
    expect((await getClient(a.db, id))?.lace).toMatchObject({ charlson: 3, edVisits6m: 1 });
  });
});
