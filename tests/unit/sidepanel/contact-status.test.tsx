import { afterEach, expect, test, vi } from 'vitest';
import { mountPanel, type MountedPanel } from './render';
import { listClients } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { DAY_MS as DAY } from '../../../src/domain/time/dates';

// The contact log never arrives: what the status line shows can only come from the client record.
vi.mock('../../../src/store/contacts', async (original) => ({
  ...(await original<typeof import('../../../src/store/contacts')>()),
  contactsForClient: () => new Promise(() => undefined),
}));

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

let view: MountedPanel;
afterEach(() => view?.unmount());

test('the time since the last contact comes with the client, not after the contact log has loaded', async () => {
  view = await mountPanel({ now: NOW, context: jane });
  await view.until(() => view.byTestId('last-contact') !== null, 'client');
  expect(view.byTestId('last-contact')?.dataset.days).toBe('');
  const [record] = await listClients(view.db);
  await logContact(view.db, { clientId: record!.id, at: NOW - 3 * DAY, channel: 'call', direction: 'outbound', outcome: 'no-answer', tags: [] }, NOW);
  await logContact(view.db, { clientId: record!.id, at: NOW - 5 * DAY, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
  await view.until(() => view.byTestId('last-contact')?.dataset.days === '5', 'last success from the record');
  expect(view.byTestId('cadence-status')?.dataset.status).toBe('ok');
  expect(view.root.textContent).toContain('Last attempt');
});
