import type { RapportDb } from './db';
import { caseloadSnapshot } from './caseload';
import { loadTeamState, type MetaSealer } from './team';
import { parseSyncSettings, syncIsOn, SYNC_SETTINGS_KEY } from '../model/sync-settings';
import { relativeReference } from '../domain/fhir/care-team';
import type { CallbackRecord, ClientRecord } from '../model/records';
import type { TeamState } from '../model/team';

/**
 * The caseload with the team around it: the caseload's own snapshot (enrolled clients, overdue
 * callbacks) and the team as the server last stated it, for domain/team's "mine / my team"
 * (caseloadOwnership) and supervisor view (supervisorView). `team` is absent with sync off, before
 * the first round, or on a server that names no user: then every client is the user's own.
 */
export async function teamCaseloadSnapshot(db: RapportDb, sealer: MetaSealer, now: number): Promise<{ clients: ClientRecord[]; overdue: CallbackRecord[]; team?: TeamState }> {
  const settings = parseSyncSettings((await db.get('meta', SYNC_SETTINGS_KEY))?.value);
  const team = syncIsOn(settings) && settings.fhirUser ? await loadTeamState(db, sealer, settings.fhirBase, relativeReference(settings.fhirUser)) : undefined;
  return { ...(await caseloadSnapshot(db, now)), ...(team ? { team } : {}) };
}
