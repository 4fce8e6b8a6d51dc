import type { RapportDb } from '../../../src/store/db';
import { recordSeenClient, updateClient } from '../../../src/store/clients';
import { enrolClient } from '../../../src/store/enrolment';
import { addCallback, completeCallback } from '../../../src/store/callbacks';
import { logContact } from '../../../src/store/contacts';
import type { ContactOutcome } from '../../../src/model/values';
import type { ClientRecord } from '../../../src/model/records';
import { DAY_MS } from '../../../src/domain/time/dates';

/** Friday 27 November 2026, 10:00 in New York: the day after Thanksgiving, a federal holiday. */
export const NOW = Date.UTC(2026, 10, 27, 15, 0);
export const ZONE = 'America/New_York';
export const HOUR = 3_600_000;
/** The sidepanel tests still import the day by this name. */
export { DAY_MS as DAY };
export const ORIGIN = 'http://127.0.0.1:8765';

interface Seeded {
  [name: string]: ClientRecord;
}

/**
 * A caseload with one client per case the view must tell apart, plus look-alikes that must stay
 * out of it (a done callback, a TCM contact already made, a client met today).
 */
export async function seedCaseload(db: RapportDb): Promise<Seeded> {
  const seen = async (name: string, mrn: string, at: number, stay: { admitDate?: string; dischargeDate?: string; dischargeActual?: boolean } = {}) =>
    (
      await recordSeenClient(
        db,
        { context: { name, mrn, source: 'demo-classic', confidence: 1, ...stay }, system: ORIGIN, url: `${ORIGIN}/classic/chart/${mrn}` },
        at,
      )
    ).client;
  /** Seen and added to the caseload by the user then. */
  const enrolled = async (...args: Parameters<typeof seen>) => enrolClient(db, (await seen(...args)).id, args[2]);
  const contact = (client: ClientRecord, at: number, outcome: ContactOutcome = 'reached') =>
    logContact(db, { clientId: client.id, at, channel: 'call', direction: 'outbound', outcome, tags: [] }, at);

  const clients: Seeded = {};
  const recent = NOW - DAY_MS;
  const old = NOW - 100 * DAY_MS;

  clients.ann = await enrolled('Ann Overdue', 'A1', recent);
  // Known in a second system (a merge the user confirmed) and seen there later: the jump back goes
  // to the newest chart.
  clients.ann = {
    ...clients.ann,
    identities: [...clients.ann.identities, { system: 'http://localhost:8766', mrn: 'A1', lastUrl: 'http://localhost:8766/app/patient/A1', lastSeenAt: recent + HOUR }],
  };
  await db.put('clients', clients.ann);
  await addCallback(db, { clientId: clients.ann.id, dueAt: NOW - 3 * DAY_MS, reason: 'Pharmacy question' }, NOW - 4 * DAY_MS);

  clients.bob = await enrolled('Bob Overdue', 'B1', recent);
  await addCallback(db, { clientId: clients.bob.id, dueAt: NOW - 2 * HOUR }, NOW - 3 * HOUR);

  clients.cal = await enrolled('Cal Callbacks', 'C1', recent);
  const done = await addCallback(db, { clientId: clients.cal.id, dueAt: NOW - DAY_MS }, NOW - 2 * DAY_MS);
  await completeCallback(db, done.id, NOW - DAY_MS);
  await addCallback(db, { clientId: clients.cal.id, dueAt: NOW + HOUR }, NOW - HOUR);

  clients.dee = await enrolled('Dee Discharging', 'D1', recent, { admitDate: '2026-11-24', dischargeDate: '2026-11-29' });
  clients.dan = await enrolled('Dan Later', 'D2', recent, { admitDate: '2026-11-24', dischargeDate: '2026-12-04' });

  // Discharged Tuesday (the page says so); Thanksgiving skipped, the second business day is today.
  clients.eve = await enrolled('Eve Tcm', 'E1', recent, { admitDate: '2026-11-20', dischargeDate: '2026-11-24', dischargeActual: true });
  clients.fay = await enrolled('Fay Reached', 'F1', recent, { admitDate: '2026-11-20', dischargeDate: '2026-11-24', dischargeActual: true });
  await contact(clients.fay, Date.UTC(2026, 10, 25, 16));

  clients.gus = await enrolled('Gus Weekly', 'G1', old);
  clients.gus = await updateClient(db, clients.gus.id, { tier: 'high' }, old);
  await contact(clients.gus, NOW - 25 * DAY_MS);
  clients.hal = await enrolled('Hal Monthly', 'H1', old);
  await contact(clients.hal, NOW - 45 * DAY_MS);
  clients.ivy = await enrolled('Ivy Never', 'I1', NOW - 60 * DAY_MS);
  clients.jo = await enrolled('Jo New', 'J1', NOW);
  clients.kim = await enrolled('Kim Voicemail', 'K1', old);
  await contact(clients.kim, NOW - 40 * DAY_MS);
  await contact(clients.kim, NOW - 2 * DAY_MS, 'voicemail');
  clients.lee = await enrolled('Lee Own Cadence', 'L1', old);
  clients.lee = await updateClient(db, clients.lee.id, { cadence: { idealDays: 60, maxDays: 90 } }, old);
  await contact(clients.lee, NOW - 45 * DAY_MS);
  // Only looked at, long ago and just now, with a discharge coming: no section lists them.
  clients.sam = await seen('Sam Seen', 'S1', NOW - 60 * DAY_MS, { admitDate: '2026-11-24', dischargeDate: '2026-11-28' });
  clients.pat = await seen('Pat Seen Today', 'P1', NOW - HOUR, { admitDate: '2026-11-20', dischargeDate: '2026-11-24' });
  return clients;
}
