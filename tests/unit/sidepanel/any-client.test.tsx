import { afterEach, describe, expect, test } from 'vitest';
import { mountPanel, type MountedPanel } from './render';
import { createClient, getClient, listClients, updateClient } from '../../../src/store/clients';
import { callbacksForClient } from '../../../src/store/callbacks';
import { contactsForClient } from '../../../src/store/contacts';

const NOW = Date.UTC(2026, 10, 27, 15, 0); // Friday 10:00 in New York
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95, location: 'Ward 1' };

let view: MountedPanel;
afterEach(() => view?.unmount());

describe('any client, not only the one on screen', () => {
  test('find a known client by MRN and work on them while the page shows someone else', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane M. Doe', 'page client');
    const sam = await createClient(view.db, { name: 'Sam Lee', mrn: 'M-77', dob: '1960-01-01' }, NOW);
    await view.type('client-search', 'm-77');
    await view.submit('client-search');
    await view.until(() => view.allByTestId('client-search-result').length === 1, 'a result');
    await view.click('client-search-result');
    await view.until(() => view.byTestId('client-name')?.textContent === 'Sam Lee', 'chosen client');
    expect(view.byTestId('chosen-client')?.textContent).toContain('Jane M. Doe');
    await view.click('quick-call');
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '0', 'contact for Sam');
    expect(await contactsForClient(view.db, sam.id)).toHaveLength(1);
    await view.click('follow-page');
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane M. Doe', 'back to page client');
    expect(view.byTestId('last-contact')?.dataset.days).toBe('');
  });

  test('add a client by hand and open them', async () => {
    view = await mountPanel({ now: NOW, context: null });
    await view.click('add-client');
    await view.type('new-client-name', 'Rosa Park');
    await view.submit('new-client-save');
    await view.until(() => view.byTestId('client-name')?.textContent === 'Rosa Park', 'new client shown');
    expect((await listClients(view.db)).map((client) => client.name)).toEqual(['Rosa Park']);
  });
});

describe('corrections, rhythm and preferences', () => {
  test('a corrected field wins and the header shows it', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('details-name') !== null, 'details form');
    await view.type('details-name', 'Jane Marie Doe');
    await view.type('details-tier', 'high');
    await view.type('details-best-start', '16:00');
    await view.type('details-best-end', '18:00');
    await view.submit('details-save');
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane Marie Doe', 'corrected name');
    expect(view.byTestId('client-cadence')?.textContent).toContain('7');
    expect(view.byTestId('client-best-time')?.textContent).toBe('call between 4 and 6 pm');
  });

  test("the client's own rhythm: whole days typed in the shared number field are saved as the cadence", async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('details-ideal') !== null, 'details form');
    const ideal = view.byTestId('details-ideal') as HTMLInputElement;
    expect([ideal.type, ideal.inputMode, ideal.step]).toEqual(['number', 'numeric', '1']);
    await view.type('details-ideal', '10');
    await view.type('details-max', '20');
    await view.submit('details-save');
    await view.until(() => view.byTestId('notice')?.textContent?.startsWith('Saved') ?? false, 'saved');
    const [record] = await listClients(view.db);
    expect(record?.cadence).toEqual({ idealDays: 10, maxDays: 20 });
  });

  test('a save over a change made in another window keeps what was typed and says so', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('details-name') !== null, 'details form');
    const [record] = await listClients(view.db);
    await view.type('details-location', 'ICU, Bed 6');
    // The same field: edits to different fields merge (tests/unit/sidepanel/stale-writes.test.tsx).
    await updateClient(view.db, record!.id, { location: 'Ward 2' }, NOW + 1, record!.rev);
    await view.submit('details-save');
    await view.until(() => view.byTestId('notice')?.textContent?.includes('another window') ?? false, 'stale notice');
    expect((view.byTestId('details-location') as HTMLInputElement).value).toBe('ICU, Bed 6');
    expect((await getClient(view.db, record!.id))?.location).toBe('Ward 2');
    await view.submit('details-save');
    await view.until(() => view.byTestId('notice')?.textContent?.startsWith('Saved') ?? false, 'saved on second try');
    expect((await getClient(view.db, record!.id))?.location).toBe('ICU, Bed 6');
  });
});

describe('promises and pain points', () => {
  test('"client called" owes a call back by the promptness target in business hours', async () => {
    // Friday 16:00 New York + 4 business hours (9–17) → Monday 12:00.
    view = await mountPanel({ now: Date.UTC(2026, 10, 27, 21, 0), context: jane });
    await view.until(() => view.byTestId('owe-callback') !== null, 'owe button');
    await view.click('owe-callback');
    await view.until(() => view.allByTestId('callback').length === 1, 'callback owed');
    const [record] = await listClients(view.db);
    const [callback] = await callbacksForClient(view.db, record!.id);
    expect(callback!.dueAt).toBe(Date.UTC(2026, 10, 30, 17, 0));
  });

  test('the share of calls returned on time', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('owe-callback') !== null, 'owe button');
    await view.click('owe-callback');
    await view.until(() => view.allByTestId('callback').length === 1, 'callback owed');
    await view.click('callback-done');
    await view.until(() => view.byTestId('callbacks-on-time') !== null, 'on-time share');
    expect(view.byTestId('callbacks-on-time')?.dataset.share).toBe('1.00');
  });

  test('note a pain point with its root cause, then mark it relieved', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('add-pain-point') !== null, 'pain points');
    await view.click('add-pain-point');
    await view.type('pain-point-text', 'Cannot get to the pharmacy');
    await view.submit('pain-point-save');
    await view.until(() => view.byTestId('pain-point')?.dataset.status === 'open', 'open pain point');
    await view.click('pain-point');
    (view.byTestId('pain-point')?.querySelector('button') as HTMLButtonElement).click();
    await view.until(() => view.byTestId('pain-point')?.dataset.status === 'relieved', 'relieved');
  });

  test('a contact can carry trust tags', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('log-contact') !== null, 'log contact');
    await view.click('log-contact');
    await view.click('contact-tag-extra-mile');
    await view.submit('log-contact-save');
    await view.until(() => view.byTestId('contact-history') !== null, 'history');
    expect(view.byTestId('contact-history')?.textContent).toContain('#extra-mile');
  });

  test('the 90-day timeline counts successful contacts and attempts', async () => {
    view = await mountPanel({ now: NOW, context: jane });
    await view.until(() => view.byTestId('timeline') !== null, 'timeline');
    expect(view.byTestId('timeline')?.dataset.successful).toBe('0');
    await view.click('quick-call');
    await view.until(() => view.byTestId('timeline')?.dataset.successful === '1', 'one success');
    // The picture is described for screen readers by its caption: counts in words, plural by count.
    const svg = view.byTestId('timeline-chart')!;
    const description = view.root.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent ?? '';
    expect(description).toContain('1 reached · 0 attempts · 0 callbacks due · 0 late');
    expect(view.byTestId('timeline-summary')?.textContent).toBe('1 reached · 0 attempts · 0 callbacks due · 0 late');
    expect(svg.querySelectorAll('circle.reached')).toHaveLength(1);
    expect(svg.querySelector('.today-label')?.textContent).toBe('today');
  });
});
