import type { RapportDb } from './db';
import { getLive } from './base';
import { callbacksForClient } from './callbacks';
import { contactsForClient } from './contacts';
import { dispositionsForClient } from './dispositions';
import { painPointsForClient } from './pain-points';
import { loadSettings } from './settings';
import { loadTeamState, type MetaSealer } from './team';
import { parseSyncSettings, syncIsOn, SYNC_SETTINGS_KEY } from '../model/sync-settings';
import { relativeReference } from '../domain/fhir/care-team';
import { handoffOf, type Handoff } from '../domain/team/handoff';
import { loadHolidayCalendar } from '../domain/time/holiday-calendar';
import type { HandoffNote } from '../model/team';

/**
 * Handoffs both ways: the summaries this device writes for a cover, from its own records, and the
 * ones colleagues addressed to the user, as the last round kept them in the (sealed) team state.
 */

/** Each enrolled client's handoff summary now, by client id (coverFor's `handoffs.of` reads it by the team's clientId). */
export async function handoffSummaries(db: RapportDb, clientIds: readonly string[], now: number, timeZone: string): Promise<Map<string, Handoff>> {
  // The TCM deadlines and suggestions count business days: the worker loads the holidays on demand too.
  const [settings] = await Promise.all([loadSettings(db, timeZone), loadHolidayCalendar()]);
  const summaries = new Map<string, Handoff>();
  for (const clientId of clientIds) {
    const client = await getLive(db, 'clients', clientId);
    if (!client) continue;
    const [contacts, callbacks, painPoints, dispositions] = await Promise.all([
      contactsForClient(db, clientId),
      callbacksForClient(db, clientId),
      painPointsForClient(db, clientId),
      dispositionsForClient(db, clientId),
    ]);
    summaries.set(clientId, handoffOf({ client, contacts, callbacks, painPoints, dispositions, settings, now, timeZone }));
  }
  return summaries;
}

/**
 * The handoffs the caseload shows: addressed to the user for a cover that has not ended (one
 * starting next week already shows, so the colleague can read up before the first day), newest first.
 */
export async function handoffsFor(db: RapportDb, sealer: MetaSealer, now: number): Promise<HandoffNote[]> {
  const settings = parseSyncSettings((await db.get('meta', SYNC_SETTINGS_KEY))?.value);
  if (!syncIsOn(settings) || !settings.fhirUser) return [];
  const team = await loadTeamState(db, sealer, settings.fhirBase, relativeReference(settings.fhirUser));
  return (team?.handoffs ?? []).filter((note) => note.end === undefined || now <= note.end).sort((a, b) => b.writtenAt - a.writtenAt);
}
