import { describe, expect, test } from 'vitest';
import { HOUR, T0, useFreshDb } from './helpers';
import { getClient, recordSeenClient, updateClient } from '../../../src/store/clients';
import { enrolClient, pruneSeenClients, pruneSeenClientsIfDue } from '../../../src/store/enrolment';
import { logContact } from '../../../src/store/contacts';
import { addCallback } from '../../../src/store/callbacks';
import { tickItem } from '../../../src/store/checklists';
import { addPainPoint } from '../../../src/store/pain-points';
import { caseloadSnapshot } from '../../../src/store/caseload';
import { DAY_MS } from '../../../src/domain/time/dates';

const db = useFreshDb();
const ORIGIN = 'https://ehr.example.org';
const seen = async (name: string, mrn: string, at = T0) =>
  (await recordSeenClient(db(), { context: { name, mrn, source: 'generic', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/${mrn}` }, at)).client;

describe('seen is not enrolled', () => {
  test('a chart looked at makes a client seen, not one of the caseload', async () => {
    const client = await seen('Sam Seen', 'S1');
    expect(client.enrolledAt).toBeUndefined();
    expect((await caseloadSnapshot(db(), T0)).clients).toEqual([]);
  });

  test('"Add to my caseload" enrols once, keeps the first time, and is not an edit', async () => {
    const client = await seen('Ada Added', 'A1');
    const enrolled = await enrolClient(db(), client.id, T0 + HOUR);
    expect(enrolled).toMatchObject({ enrolledAt: T0 + HOUR, rev: client.rev });
    expect((await enrolClient(db(), client.id, T0 + 2 * HOUR)).enrolledAt).toBe(T0 + HOUR);
    expect((await caseloadSnapshot(db(), T0 + HOUR)).clients.map((c) => c.id)).toEqual([client.id]);
    // A form opened before enrolling still saves: enrolment did not move the revision.
    await expect(updateClient(db(), client.id, { phone: '555-0100' }, T0 + 3 * HOUR, client.rev)).resolves.toMatchObject({ enrolledAt: T0 + HOUR });
  });

  // Enrolment keeps the revision, so a write prepared from a read just before it passes the revision
  // check: it must carry the enrolment over, or "Add to my caseload" is undone behind the user's back.
  test.each([
    ['a correction', (id: string, rev: number) => updateClient(db(), id, { phone: '555-0100' }, T0 + 2 * HOUR, rev)],
    ['a visit', () => seen('Eve Enrolled', 'E1', T0 + 2 * HOUR)],
  ])('"Add to my caseload" landing while %s is being written is kept', async (_write, write) => {
    const client = await seen('Eve Enrolled', 'E1');
    await Promise.all([write(client.id, client.rev), enrolClient(db(), client.id, T0 + HOUR)]);
    expect((await getClient(db(), client.id))?.enrolledAt).toBe(T0 + HOUR);
  });

  test.each([
    ['a contact', (clientId: string) => logContact(db(), { clientId, at: T0, channel: 'call', direction: 'outbound', outcome: 'voicemail', tags: [] }, T0 + HOUR)],
    ['a callback owed', (clientId: string) => addCallback(db(), { clientId, dueAt: T0 + DAY_MS }, T0 + HOUR)],
    ['a checklist tick', (clientId: string) => tickItem(db(), { clientId, templateId: 'trust', itemId: 'trust.more.remembered' }, T0 + HOUR)],
    ['a pain point', (clientId: string) => addPainPoint(db(), { clientId, text: 'Stairs at home' }, T0 + HOUR)],
  ])('acting for a client (%s) enrols them in the same write', async (_act, act) => {
    const client = await seen('Ann Acted', 'A2');
    await act(client.id);
    expect((await getClient(db(), client.id))?.enrolledAt).toBe(T0 + HOUR);
  });

  test('a call logged by shortcut with the visit enrols the client it was logged for', async () => {
    const { client } = await recordSeenClient(
      db(),
      { context: { name: 'Kim Shortcut', mrn: 'K1', source: 'generic', confidence: 1 }, system: ORIGIN, url: `${ORIGIN}/chart/K1` },
      T0,
      { at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] },
    );
    expect(client.enrolledAt).toBe(T0);
    expect((await getClient(db(), client.id))?.enrolledAt).toBe(T0);
  });
});

describe('seen-only clients are forgotten after the retention', () => {
  test('untouched past the retention: tombstoned; enrolled or seen again lately: kept', async () => {
    const old = await seen('Old Seen', 'O1', T0 - 40 * DAY_MS);
    const again = await seen('Seen Again', 'G1', T0 - 40 * DAY_MS);
    await seen('Seen Again', 'G1', T0 - 2 * DAY_MS);
    const mine = await seen('Old Mine', 'M1', T0 - 40 * DAY_MS);
    await enrolClient(db(), mine.id, T0 - 40 * DAY_MS);
    expect(await pruneSeenClients(db(), T0, 30)).toBe(1);
    expect(await db().get('clients', old.id)).toMatchObject({ deleted: true });
    expect(await getClient(db(), again.id)).toBeDefined();
    expect(await getClient(db(), mine.id)).toBeDefined();
  });

  test('runs at most every few hours, whatever wakes the background', async () => {
    await seen('Old Seen', 'O1', T0 - 40 * DAY_MS);
    expect(await pruneSeenClientsIfDue(db(), T0 - 10 * DAY_MS, 30)).toBe(0);
    await seen('Other Old', 'O2', T0 - 40 * DAY_MS);
    expect(await pruneSeenClientsIfDue(db(), T0 - 10 * DAY_MS + HOUR, 30)).toBe(0);
    expect(await pruneSeenClientsIfDue(db(), T0, 30)).toBe(2);
  });
});
