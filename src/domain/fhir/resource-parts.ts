import type { Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { RecordMeta } from '../../model/records';

/**
 * The parts every mapping of a record shares, whether it goes to the team server or into an
 * export Bundle: instants, the record's id and last update, references by urn:uuid. Kept apart
 * from export.ts so the mappings it uses (condition.ts) do not import it back.
 */
export type Meta = Pick<RecordMeta, 'id' | 'createdAt' | 'updatedAt'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
export const iso = (ms: number) => new Date(ms).toISOString();

/** Entries are addressed by urn:uuid (store ids are UUIDs); anything else gets a local URN. */
export function fullUrl(type: string, id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:rapport:${type}:${encodeURIComponent(id)}`;
}
export const ref = <R extends Resource = Patient>(type: R['resourceType'], id: string): Reference<R> => ({ reference: fullUrl(type, id) });
export const idOf = (id: string) => (FHIR_ID.test(id) ? { id } : {});
export const meta = (record: Meta) => ({ meta: { lastUpdated: iso(record.updatedAt) } });
