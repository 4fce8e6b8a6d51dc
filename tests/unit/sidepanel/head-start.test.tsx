import { afterEach, expect, test, vi } from 'vitest';
import { mountPanel, type MountedPanel } from './render';
import { createClient, lookupSeenClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { systemForUrl } from '../../../src/context/site';

// The panel's own recording of the visit never finishes: whatever it shows came from the head start.
vi.mock('../../../src/store/clients', async (original) => ({
  ...(await original<typeof import('../../../src/store/clients')>()),
  recordSeenClient: () => new Promise(() => undefined),
}));

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const DAY = 86_400_000;
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

let view: MountedPanel | undefined;
afterEach(() => view?.unmount());

test('a client the background already knows is shown from its answer, before the panel has read anything itself', async () => {
  view = await mountPanel({
    now: NOW,
    context: jane,
    knownClient: (db) => (tab) => lookupSeenClient(db, { context: tab.context!, system: systemForUrl(tab.frameUrl, tab.context!.source) }),
  });
  const panel = view;
  // Nobody known yet: nothing to show until the panel records the visit (which, here, it never does).
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(panel.byTestId('last-contact')).toBeNull();
  panel.unmount();

  view = await mountPanel({ now: NOW, context: null, anotherWindow: true });
  const known = await createClient(view.db, { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', system: 'http://127.0.0.1:8765' }, NOW - 30 * DAY);
  await logContact(view.db, { clientId: known.id, at: NOW - 4 * DAY, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] }, NOW);
  view.unmount();

  view = await mountPanel({
    now: NOW,
    context: jane,
    anotherWindow: true,
    knownClient: (db) => (tab) => lookupSeenClient(db, { context: tab.context!, system: systemForUrl(tab.frameUrl, tab.context!.source) }),
  });
  await view.until(() => view!.byTestId('last-contact')?.dataset.days === '4', 'the known client, from the head start');
  expect(view.byTestId('client-name')?.textContent).toBe('Jane M. Doe');
});
