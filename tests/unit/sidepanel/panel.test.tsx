import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { contactsForClient } from '../../../src/store/contacts';
import { listClients } from '../../../src/store/clients';
import type { TabContext } from '../../../src/messaging/schema';
import { mountPanel, type MountedPanel } from './render';

const NOW = Date.UTC(2026, 10, 27, 15, 0); // 10:00 in New York
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };
const jose = { name: 'José Núñez', mrn: 'MRN-100318', dob: '1948-11-23', source: 'demo-classic', confidence: 0.95 };

let view: MountedPanel;
afterEach(() => view.unmount());

async function mount(context: TabContext['context'] = jane) {
  view = await mountPanel({ now: NOW, context });
}

describe('side panel', () => {
  test('shows the client read from the page and records them as known', async () => {
    await mount();
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane M Doe', 'client name');
    expect(view.byTestId('client-mrn')?.textContent).toBe('MRN-100234');
    expect(view.byTestId('client-dob')?.getAttribute('datetime')).toBe('1950-01-05');
    expect(view.byTestId('client-dob')?.textContent).toBe('Jan 5, 1950');
    expect(view.byTestId('client-age')?.textContent).toBe('(age 76)');
    await view.until(() => view.byTestId('last-contact') !== null, 'last contact');
    const clients = await listClients(view.db);
    expect(clients.map((client) => client.name)).toEqual(['Jane M Doe']);
  });

  test('says so when the page shows no single client, and can ask for a fresh read', async () => {
    await mount(null);
    await view.until(() => view.byTestId('no-client') !== null, 'no-client message');
    expect(view.byTestId('no-client')?.textContent).toContain('does not show a single client');
    await view.click('read-this-page');
    expect(view.fake.rereads).toEqual([7]);
  });

  test('logging a contact with the defaults makes the last contact "today"', async () => {
    await mount();
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '', 'no contact yet');
    // Never reached, and joined today: not late yet, and said in its own words.
    expect(view.byTestId('cadence-status')?.dataset.status).toBe('ok');
    expect(view.byTestId('cadence-status')?.dataset.state).toBe('no-contact-yet');
    expect(view.byTestId('cadence-status')?.textContent).toBe('No contact yet · joined today');
    await view.click('log-contact');
    await view.submit('log-contact-save');
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '0', 'contact today');
    expect(view.byTestId('last-contact')?.textContent).toContain('today');
    expect(view.byTestId('cadence-status')?.dataset.status).toBe('ok');
    expect(view.fake.dataChanges()).toBe(1);
    expect(view.byTestId('notice')?.textContent).toContain('Jane M Doe');
  });

  test('a past-due callback is overdue; completing it logs the call and Undo restores both', async () => {
    await mount();
    await view.click('add-callback');
    await view.until(() => view.byTestId('callback-due') !== null, 'the callback form');
    await view.type('callback-due', '2026-11-26T09:00');
    await view.submit('callback-save');
    await view.until(() => view.allByTestId('callback').length === 1, 'one callback');
    expect(view.byTestId('callback')?.dataset.overdue).toBe('true');
    await view.click('callback-done');
    await view.until(() => view.allByTestId('callback').length === 0, 'callback done');
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '0', 'return call logged');
    await view.click('undo');
    await view.until(() => view.allByTestId('callback').length === 1, 'callback back');
    await view.until(() => view.byTestId('last-contact')?.dataset.days === '', 'contact undone');
  });

  test('a callback due later is not overdue', async () => {
    await mount();
    await view.click('add-callback');
    await view.submit('callback-save');
    await view.until(() => view.allByTestId('callback').length === 1, 'one callback');
    expect(view.byTestId('callback')?.dataset.overdue).toBe('false');
  });

  test('a half-written note stays with its client when the page switches to someone else', async () => {
    await mount();
    await view.until(() => view.byTestId('log-contact') !== null, 'log contact');
    await view.click('log-contact');
    await view.showInTab(7, jose);
    await view.until(() => view.byTestId('client-name')?.textContent === 'José Núñez', 'page switched');
    await view.until(() => view.byTestId('draft-other-client')?.textContent?.includes('Jane M Doe') ?? false, 'the draft still for Jane');
    await view.submit('log-contact-save');
    await view.until(() => view.byTestId('notice')?.textContent?.includes('Jane M Doe') ?? false, 'saved for Jane');
    // The panel names José from the page at once; his record is written alongside (slower when sealed).
    await expect.poll(async () => (await listClients(view.db)).map((client) => client.name)).toContain('José Núñez');
    const [janeRecord, joseRecord] = await listClients(view.db).then((clients) =>
      ['Jane M Doe', 'José Núñez'].map((name) => clients.find((client) => client.name === name)!),
    );
    expect(await contactsForClient(view.db, janeRecord!.id)).toHaveLength(1);
    expect(await contactsForClient(view.db, joseRecord!.id)).toHaveLength(0);
  });

  test('stops showing a client the moment the tab no longer shows one', async () => {
    await mount();
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane M Doe', 'client');
    await act(async () => view.fake.forgetTab(7));
    await view.until(() => view.byTestId('no-client') !== null, 'no client');
    expect(view.byTestId('client-name')).toBeNull();
  });

  test('follows the active tab', async () => {
    await mount();
    await view.until(() => view.byTestId('client-name')?.textContent === 'Jane M Doe', 'first tab');
    await view.showInTab(9, jose);
    await act(async () => view.fake.activateTab(9));
    await view.until(() => view.byTestId('client-name')?.textContent === 'José Núñez', 'second tab');
  });
});
