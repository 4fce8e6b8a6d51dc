import { afterEach, describe, expect, test } from 'vitest';
import { mountPanel, type MountedPanel } from './render';
import { createClient, listClients } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { addCallback } from '../../../src/store/callbacks';
import { DAY_MS as DAY } from '../../../src/domain/time/dates';

const NOW = Date.UTC(2026, 10, 27, 15, 0); // Friday 10:00 in New York
// An inpatient with an expected discharge tomorrow: every rule would have something to say.
const jane = {
  name: 'Jane M Doe',
  mrn: 'MRN-100234',
  dob: '1950-01-05',
  sex: 'F',
  phone: '(555) 010-1234',
  admitDate: '2026-11-24',
  dischargeDate: '2026-11-28',
  location: '4 West, Room 412',
  source: 'demo-classic',
  confidence: 0.95,
};

let view: MountedPanel;
afterEach(() => view?.unmount());

async function janeRecord() {
  const [record] = await listClients(view.db);
  if (!record) throw new Error('Jane was not recorded');
  return record;
}

describe('a chart only seen', () => {
  test('shows what was read and "Add to my caseload" as its one button, with no cadence colour, suggestion or sections', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('seen-client') !== null, 'seen-only view');
    expect(view.byTestId('client-name')?.textContent).toBe('Jane M Doe');
    expect(view.byTestId('client-phone')?.textContent).toBe('(555) 010-1234');
    const seen = view.byTestId('seen-client')!.textContent;
    // An inpatient's location is on the reach line, once.
    expect(view.byTestId('reach')?.textContent).toContain('4 West, Room 412');
    expect(seen).not.toContain('4 West, Room 412');
    expect(seen).toContain('Discharge expected');
    expect(seen).toContain('Nov 28, 2026');
    expect(seen).toContain('forgotten after 30 days');
    expect(view.byTestId('enrol-client')?.textContent).toBe('Add to my caseload');
    const buttons = [...view.root.querySelectorAll<HTMLElement>('article.client button, article.client [role="button"]')];
    expect(buttons.map((button) => button.dataset.testid)).toEqual(['enrol-client']);
    for (const absent of ['log-contact', 'quick-call', 'owe-callback', 'add-callback', 'read-from-page', 'copy-phone']) expect(view.byTestId(absent), absent).toBeNull();
    for (const absent of ['cadence-status', 'last-contact', 'next-action', 'suggestion']) expect(view.byTestId(absent), absent).toBeNull();
    expect(view.root.querySelector('.sections')).toBeNull();
    expect((await view.panel.suggestions.load()).list.value).toEqual([]);
    expect((await janeRecord()).enrolledAt).toBeUndefined();
  });

  test('what the reader read, and from where, is a site tool: "Site setup" in the menu shows it', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('seen-client') !== null, 'seen-only view');
    expect(view.byTestId('seen-read-from-page')).toBeNull();
    await view.click('panel-menu');
    await view.click('menu-site-setup');
    await view.until(() => view.byTestId('seen-read-from-page') !== null, 'the provenance table');
    const table = view.byTestId('seen-read-from-page')!;
    expect(table.querySelector('[data-field="mrn"]')?.textContent).toContain('MRN-100234');
    expect(table.textContent).toContain('demo-classic');
    // The site controls are loaded when first shown.
    await view.until(() => view.byTestId('site-controls') !== null, 'the site controls');
    expect(view.byTestId('seen-client')).not.toBeNull();
  });

  test('one click enrols them and the view becomes the full client view at once', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('enrol-client') !== null, 'the button');
    await view.click('enrol-client');
    // The write goes through code loaded on first use: on a cold start it lands after the click's own task.
    await view.until(() => view.byTestId('cadence-status') !== null, 'the full view');
    expect((await janeRecord()).enrolledAt).toBe(NOW);
    expect(view.byTestId('seen-client')).toBeNull();
    // Joined today: "no contact yet", in words, not red.
    expect(view.byTestId('cadence-status')?.dataset.state).toBe('no-contact-yet');
    expect(view.byTestId('cadence-status')?.dataset.status).toBe('ok');
    const suggestions = await view.panel.suggestions.load();
    await view.until(() => suggestions.list.value.length > 0, 'suggestions for a client');
    await view.until(() => view.byTestId('next-action') !== null, 'the next action, loaded just after the first paint');
    expect(view.root.textContent).toContain('is in your caseload');

    await view.click('view-caseload');
    await view.until(() => view.byTestId('caseload')?.dataset.loaded === 'true', 'caseload');
    expect(view.byTestId('caseload-size')?.textContent).toBe('1 client in your caseload');
    expect(view.byTestId('caseload-discharges')?.textContent).toContain('Jane M Doe');
  });

  test('the caseload leaves them out until they are added', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('enrol-client') !== null, 'the button');
    await view.click('view-caseload');
    await view.until(() => view.byTestId('caseload')?.dataset.loaded === 'true', 'caseload');
    expect(view.byTestId('caseload-size')?.textContent).toBe('0 clients in your caseload');
    expect(view.byTestId('caseload-discharges')).toBeNull();
  });

  test('an act from elsewhere (a shortcut, another window) enrols them and the panel shows it', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('seen-client') !== null, 'seen-only view');
    const record = await janeRecord();
    await logContact(view.db, { clientId: record.id, at: NOW - DAY, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '1', 'the full view with the contact');
    expect(view.byTestId('seen-client')).toBeNull();
  });

  test('owing a callback from the seen-only view enrols them', async () => {
    view = await mountPanel({ now: NOW, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('seen-client') !== null, 'seen-only view');
    await addCallback(view.db, { clientId: (await janeRecord()).id, dueAt: NOW - 60_000, reason: 'walker' }, NOW);
    await view.until(() => view.byTestId('callback') !== null, 'the owed callback on the full view');
    expect(view.byTestId('seen-client')).toBeNull();
    expect((await janeRecord()).enrolledAt).toBe(NOW);
  });

  test('the cadence counts "no contact yet" from joining the caseload, not from the first visit', async () => {
    view = await mountPanel({ now: NOW - 40 * DAY, context: jane, seenOnly: true });
    await view.until(() => view.byTestId('seen-client') !== null, 'seen-only view');
    view.setNow(NOW);
    await view.click('enrol-client');
    await view.until(() => view.byTestId('cadence-status') !== null, 'the full view');
    expect(view.byTestId('cadence-status')?.dataset.status).toBe('ok');
  });

  test('a client added by hand is in the caseload at once', async () => {
    view = await mountPanel({ now: NOW, context: null });
    const added = await createClient(view.db, { name: 'Ada Walker' }, NOW);
    expect(added.enrolledAt).toBe(NOW);
  });
});
