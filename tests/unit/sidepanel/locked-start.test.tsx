import { afterEach, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { createPanelSession } from '../../../src/sidepanel/panel';
import { createBindingModel } from '../../../src/sidepanel/models/binding';
import { PanelRoot } from '../../../src/sidepanel/components/App';
import { Vault } from '../../../src/store/vault/vault';
import { recordSeenClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import { TEST_ITERATIONS } from '../store/sealed-mode';
import { memoryHost } from './memory-host';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

// As main.tsx does before any panel is built: the models count business days with the holidays.
await loadHolidayCalendar();

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const PASS = 'a long enough passphrase';
const URL = 'http://127.0.0.1:8765/classic/chart/MRN-100234';
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

let db: RapportDb | undefined;
let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  db?.close();
});

test('a panel that asked what the tab shows while locked asks again for its client once unlocked', async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  const vault = await Vault.attach(db, memoryKeyRing(), { iterations: TEST_ITERATIONS });
  const { client } = await recordSeenClient(db, { context: jane, system: 'http://127.0.0.1:8765', url: URL }, NOW);
  await logContact(db, { clientId: client.id, at: NOW - 3 * 86_400_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Likes mornings', tags: [] }, NOW);
  await vault.enable(PASS);
  await vault.lock();

  const fake = memoryHost({ tabId: 7, now: () => NOW, db, enrolShown: true });
  await fake.showInTab({ tabId: 7, url: URL, frameUrl: URL, context: jane, readAt: NOW });
  // As main.tsx does: the tab is asked for before anything else, here while Rapport is locked.
  const binding = createBindingModel(fake.host);
  await binding.start();
  expect(binding.clientId.value).toBeUndefined();

  const session = createPanelSession(fake.host, db, vault, binding);
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<PanelRoot session={session} />, root!));
  await act(async () => void (await session.lock.unlock(PASS)));
  for (let i = 0; i < 100 && !root.textContent?.includes('Likes mornings'); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(root.textContent).toContain('Likes mornings');
  session.dispose();
});
