import { beforeEach, describe, expect, test } from 'vitest';
import { caseloadSnapshot, tcmRows } from '../../../src/store/caseload';
import { defaultSettings } from '../../../src/domain/settings/settings';
import { calendarDateOf, daysBetweenDates, DAY_MS } from '../../../src/domain/time/dates';
import { listOverdue } from '../../../src/store/callbacks';
import { useFreshDb } from './helpers';
import { NOW, ZONE, seedCaseload } from './caseload-seed';
import type { ClientRecord } from '../../../src/model/records';
import { dischargeRows, overdueRows, pastMaxRows } from '../../../src/domain/caseload/caseload';

const db = useFreshDb();
let seeded: Awaited<ReturnType<typeof seedCaseload>>;
let clients: ClientRecord[];
beforeEach(async () => {
  seeded = await seedCaseload(db());
  clients = (await caseloadSnapshot(db(), NOW)).clients;
});
const names = (rows: { client: { name: string } }[]) => rows.map((row) => row.client.name);

describe('caseload queries', () => {
  test('overdue callbacks: longest overdue first, with the newest chart to jump back to', async () => {
    const rows = overdueRows(await listOverdue(db(), NOW), clients);
    expect(names(rows)).toEqual(['Ann Overdue', 'Bob Overdue']);
    expect(rows[0]).toMatchObject({ dueAt: NOW - 3 * DAY_MS, reason: 'Pharmacy question' });
    expect(rows[0]?.client.chartUrl).toBe('http://localhost:8766/app/patient/A1');
    expect(rows[1]?.client.chartUrl).toBe('http://127.0.0.1:8765/classic/chart/B1');
  });

  test('the last successful contact, kept on the client, skips attempts that did not reach them', async () => {
    const byId = new Map(clients.map((client) => [client.id, client]));
    expect(byId.get(seeded.kim!.id)?.lastSuccessAt).toBe(NOW - 40 * DAY_MS);
    expect(byId.get(seeded.gus!.id)?.lastSuccessAt).toBe(NOW - 25 * DAY_MS);
    expect(byId.get(seeded.ivy!.id)?.lastSuccessAt).toBeUndefined();
  });

  test('past the maximum interval: ordered by catch-up priority against each client\'s own cadence', async () => {
    const rows = pastMaxRows(clients, defaultSettings(ZONE), NOW, ZONE);
    // Never reached first; a weekly client 25 days out outranks a monthly one 45 days out.
    expect(names(rows)).toEqual(['Ivy Never', 'Gus Weekly', 'Hal Monthly', 'Kim Voicemail']);
    expect(rows[1]).toMatchObject({ daysSince: 25, cadence: { idealDays: 7, maxDays: 14 } });
    expect(rows[0]?.daysSince).toBeUndefined();
  });

  test('the tier defaults follow the settings', async () => {
    const settings = defaultSettings(ZONE);
    settings.cadenceByTier.medium = { idealDays: 30, maxDays: 50 };
    expect(names(pastMaxRows(clients, settings, NOW, ZONE))).toEqual(['Ivy Never', 'Gus Weekly']);
  });

  test('discharges expected in the next 72 hours', () => {
    const rows = dischargeRows(clients, NOW, ZONE);
    expect(rows).toEqual([expect.objectContaining({ dischargeDate: '2026-11-29', daysUntil: 2 })]);
    expect(names(rows)).toEqual(['Dee Discharging']);
  });

  test('TCM interactive contact due today, unless a successful contact already met it', async () => {
    const rows = await tcmRows(db(), clients, NOW, ZONE);
    expect(rows).toEqual([expect.objectContaining({ dischargeDate: '2026-11-24', due: '2026-11-27' })]);
    expect(names(rows)).toEqual(['Eve Tcm']);
  });

  test('a deadline tomorrow is listed the day before', async () => {
    // Tuesday 24 November: for a Monday discharge the second business day is Wednesday.
    const tuesday = Date.UTC(2026, 10, 24, 15);
    const monday = clients.map((client) => (client.id === seeded.eve!.id ? { ...client, dischargeDate: '2026-11-23' } : client));
    const rows = await tcmRows(db(), monday, tuesday, ZONE);
    expect(rows).toEqual([expect.objectContaining({ dischargeDate: '2026-11-23', due: '2026-11-25' })]);
  });
});

describe('the caseload is the enrolled clients', () => {
  test('a chart only looked at is in no section: not overdue for contact, no discharge, no TCM call', async () => {
    const ids = clients.map((client) => client.id);
    expect(ids).not.toContain(seeded.sam!.id);
    expect(ids).not.toContain(seeded.pat!.id);
    expect(ids).toContain(seeded.ann!.id);
  });

  test('a client never reached counts from when they joined the caseload, not from when the chart was first seen', () => {
    const joined = (daysAgo: number): ClientRecord => ({ ...clients.find((c) => c.id === seeded.ivy!.id)!, createdAt: NOW - 300 * DAY_MS, enrolledAt: NOW - daysAgo * DAY_MS });
    expect(pastMaxRows([joined(2)], defaultSettings(ZONE), NOW, ZONE)).toEqual([]);
    expect(names(pastMaxRows([joined(40)], defaultSettings(ZONE), NOW, ZONE))).toEqual(['Ivy Never']);
  });
});

describe('past the maximum, near its edge', () => {
  test('skipping clients well inside their maximum never drops one that is past it, in any zone', () => {
    const zones = ['America/New_York', 'Pacific/Auckland', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
    // Around a DST change in New York (2026-03-08) and Auckland (2026-04-05) as well as in an ordinary week.
    const nows = [Date.UTC(2026, 2, 8, 7, 30), Date.UTC(2026, 3, 5, 13, 0), Date.UTC(2026, 10, 27, 23, 59)];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const zone of zones) {
      for (const now of nows) {
        const edge: ClientRecord[] = Array.from({ length: 600 }, (_, i) => {
          const maxDays = 2 + Math.floor(random() * 30);
          // Within a day and a half either side of the maximum: where the calendar decides.
          const lastSuccessAt = now - (maxDays - 1.5 + random() * 3) * DAY_MS;
          return { id: `c${i}`, name: `Client ${i}`, createdAt: now - 400 * DAY_MS, updatedAt: now, rev: 1, identities: [], identityKeys: [], searchName: `client ${i}`, cadence: { idealDays: 1, maxDays }, lastSuccessAt };
        });
        const today = calendarDateOf(now, zone);
        const expected = edge.filter((c) => daysBetweenDates(calendarDateOf(c.lastSuccessAt!, zone), today) > c.cadence!.maxDays).map((c) => c.id);
        const found = pastMaxRows(edge, defaultSettings(zone), now, zone).map((row) => row.client.id);
        expect(found.sort()).toEqual(expected.sort());
        expect(expected.length).toBeGreaterThan(50);
      }
    }
  });
});
