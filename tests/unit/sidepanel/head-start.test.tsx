import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mountPanel, type MountedPanel } from './render';
import { createClient } from '../../../src/store/clients';
import * as clients from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { DAY_MS as DAY } from '../../../src/domain/time/dates';

// The panel's own read of a client never finishes when a test says so: whatever it shows then came
// from the background's answer. Every visit recorded is counted.
const hold = vi.hoisted(() => ({ reads: false, visits: 0 }));
vi.mock('../../../src/store/clients', async (original) => {
  const actual = await original<typeof import('../../../src/store/clients')>();
  return {
    ...actual,
    getClient: (...args: Parameters<typeof actual.getClient>) => (hold.reads ? new Promise(() => undefined) : actual.getClient(...args)),
    recordSeenClient: (...args: Parameters<typeof actual.recordSeenClient>) => (hold.visits++, actual.recordSeenClient(...args)),
  };
});

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

let view: MountedPanel | undefined;
beforeEach(() => {
  hold.reads = false;
  hold.visits = 0;
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

test('a client the background resolved is shown from its answer, before the panel has read anything itself', async () => {
  view = await mountPanel({ now: NOW, context: null });
  const known = await createClient(view.db, { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', system: 'http://127.0.0.1:8765' }, NOW - 30 * DAY);
  await logContact(view.db, { clientId: known.id, at: NOW - 4 * DAY, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
  view.unmount();

  hold.reads = true;
  view = await mountPanel({ now: NOW, context: jane, anotherWindow: true });
  await view.until(() => view!.byTestId('last-contact')?.dataset.days === '4', 'the known client, from the head start');
  expect(view.byTestId('client-name')?.textContent).toBe('Jane M. Doe');
});

test('the page is resolved to its client once, in the background: the panel records no second visit', async () => {
  view = await mountPanel({ now: NOW, context: jane });
  await view.until(() => view!.byTestId('client-name')?.textContent === 'Jane M. Doe', 'the client');
  await view.until(() => view!.byTestId('last-contact') !== null, 'the client read by the panel');
  expect(hold.visits).toBe(1);
  const [record] = await clients.listClients(view.db);
  expect(record?.rev).toBe(1);
});
