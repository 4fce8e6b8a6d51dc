import { sealIfAsked } from '../store/sealed-mode';
import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { contactsForClient } from '../../../src/store/contacts';
import { listClients, recordSeenClient } from '../../../src/store/clients';
import { systemForUrl } from '../../../src/context/site';
import { logCallForTab } from '../../../src/background/shortcuts';
import type { TabContext } from '../../../src/messaging/schema';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
let db: RapportDb;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
});

const chart: TabContext = {
  tabId: 7,
  url: 'http://127.0.0.1:8765/framed/chart/1',
  frameUrl: 'http://127.0.0.1:8765/classic/chart/1',
  context: { name: 'Jane M. Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 },
  readAt: NOW - 1000,
};

const depsFor = (tabs: Record<number, TabContext | null>) => ({
  db: async () => db,
  now: () => NOW,
  tabContext: async (tabId: number) => tabs[tabId] ?? null,
});

describe('the "log a successful call" shortcut', () => {
  test('logs a successful outbound call now for the client on screen, and says who', async () => {
    // The panel saw her before: the shortcut must find the same record (same system, same URL).
    const seen = await recordSeenClient(
      db,
      { context: chart.context!, system: systemForUrl(chart.frameUrl, chart.context!.source), url: chart.url },
      NOW - 5000,
    );
    const record = await logCallForTab(7, depsFor({ 7: chart }));
    expect(record).toMatchObject({ kind: 'logged', tabId: 7, at: NOW, clientId: seen.client.id, name: 'Jane M. Doe' });
    const contacts = await contactsForClient(db, seen.client.id);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ at: NOW, channel: 'call', direction: 'outbound', outcome: 'reached' });
    expect(record.kind === 'logged' && record.contactId).toBe(contacts[0]!.id);
    expect(await listClients(db)).toHaveLength(1);
  });

  test('a client never seen before is recorded first, then the call logged', async () => {
    const record = await logCallForTab(7, depsFor({ 7: chart }));
    const [client] = await listClients(db);
    expect(client?.name).toBe('Jane M. Doe');
    expect(record.kind === 'logged' && record.clientId).toBe(client!.id);
  });

  test('no client on screen: nothing is logged, and the record says so', async () => {
    const list: TabContext = { ...chart, context: null };
    expect(await logCallForTab(7, depsFor({ 7: list }))).toEqual({ kind: 'no-client', tabId: 7, at: NOW });
    expect(await logCallForTab(9, depsFor({}))).toEqual({ kind: 'no-client', tabId: 9, at: NOW });
    expect(await listClients(db)).toEqual([]);
  });
});
