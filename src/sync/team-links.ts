import type { RapportDb } from '../store/db';
import type { TeamState } from '../model/team';
import { loadServerIds } from './outbox';

/**
 * Which client on this device each care team and handoff is about (team.ts's linkedToClients), by
 * Patient id. Reading every client's server id for it costs a round the whole caseload (5,000 rows
 * at the sync bench's full size, for 750 teams that were linked already). A client's server id is
 * written only by a round (the push, the first upload, the pull) and cleared only with everything
 * (store/erase.ts, which takes the team state too), so the links a finished round saved still
 * hold, with what this round wrote laid over them. Read whole when there is no such state (a first
 * round; the last one stopped before saving, having perhaps written ids it never linked) or when
 * the state names a Patient that state did not: nothing says whether this device holds its client.
 */
export async function roundLinks(db: RapportDb, state: TeamState, finished: TeamState | undefined, written: Iterable<readonly [patientId: string, clientId: string]>): Promise<Map<string, string>> {
  if (!finished) return clientsByPatient(db);
  const named = new Set<string>();
  const links = new Map<string, string>();
  for (const { patientId, clientId } of [...finished.careTeams, ...(finished.handoffs ?? [])]) {
    named.add(patientId);
    if (clientId) links.set(patientId, clientId);
  }
  const patientOf = new Map([...links].map(([patientId, clientId]) => [clientId, patientId]));
  for (const [patientId, clientId] of written) {
    // A client now kept under another Patient is no longer this one's, as its one server id row says.
    const before = patientOf.get(clientId);
    if (before !== undefined && before !== patientId) links.delete(before);
    links.set(patientId, clientId);
    patientOf.set(clientId, patientId);
    named.add(patientId);
  }
  const unknown = [...state.careTeams, ...(state.handoffs ?? [])].some(({ patientId }) => !named.has(patientId));
  return unknown ? clientsByPatient(db) : links;
}

/** Patient id → the client this device holds for it, from every client's server id. */
export async function clientsByPatient(db: RapportDb): Promise<Map<string, string>> {
  return new Map([...(await loadServerIds(db, 'clients'))].map(([clientId, patientId]) => [patientId, clientId]));
}
