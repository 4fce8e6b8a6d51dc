import * as v from 'valibot';
import type { RapportDb } from '../store/db';

/**
 * The Patients this device has seen with a CareTeam on this server. Rapport never deletes a
 * CareTeam (a team ends by its participants' periods and status), so a Patient seen with one has
 * one for good, and the daily whole search's claim (team.ts's claimUnteamed) need not ask again:
 * a care manager who handed a caseload over otherwise searched every handed-over client's team
 * every day (4,250 Patients in 85 searches in the sync bench's team at full size). Server ids only,
 * as the serverIds store holds them in the clear: which client is whose stays in the sealed team
 * state. A `sync:` key, so never in a backup (model/meta.ts).
 */
export const TEAMED_KEY = 'sync:team:teamed';
const TeamedSchema = v.object({ fhirBase: v.string(), patients: v.pipe(v.array(v.string()), v.maxLength(1_000_000)) });

export async function loadTeamed(db: RapportDb, fhirBase: string): Promise<Set<string>> {
  const parsed = v.safeParse(TeamedSchema, (await db.get('meta', TEAMED_KEY))?.value);
  return new Set(parsed.success && parsed.output.fhirBase === fhirBase ? parsed.output.patients : []);
}

/** Adds `seen` to what was kept (`kept`: loadTeamed's), written only when something is new. */
export async function keepTeamed(db: RapportDb, fhirBase: string, kept: ReadonlySet<string>, seen: Iterable<string>): Promise<void> {
  const patients = new Set(kept);
  for (const patient of seen) patients.add(patient);
  if (patients.size === kept.size) return;
  await db.put('meta', { key: TEAMED_KEY, value: { fhirBase, patients: [...patients] } });
}
