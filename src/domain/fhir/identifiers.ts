import type { Identifier } from '@medplum/fhirtypes';
import { originOfSystem, type ClientRecord } from '../../model/records';
import { RAPPORT_SYSTEM_URN } from './codes';
import { RAPPORT_IDENTIFIER_SYSTEM } from './read';

/**
 * The identifiers a record's resource carries, stated once for the export and for team sync: both
 * write what these functions return, so an exported resource is the one sync's conditional create
 * and pull find (a team server handed an export, or a reader matching it against the server, sees
 * the same record, not a look-alike). The stay Encounter's is stayIdentifier (stay.ts), the one
 * other rule: a stay is named by its Patient, not by a record of its own.
 */

/** A page's identity system as a URI: a page origin is one already; any other system gets Rapport's URN. */
export function identifierSystem(system: string): string {
  if (!/^https?:\/\//.test(originOfSystem(system))) return `${RAPPORT_SYSTEM_URN}${encodeURIComponent(system)}`;
  return system;
}

/** Rapport's own identifier of a record: its id, unique across installs. */
export const rapportIdentifier = (recordId: string): { system: string; value: string } => ({ system: RAPPORT_IDENTIFIER_SYSTEM, value: recordId });

/** A client's Patient: its chart number on each page it was read from, then Rapport's own. */
export function patientIdentifiers(client: Pick<ClientRecord, 'id' | 'identities'>): Identifier[] {
  const charts = client.identities
    .filter((identity) => identity.mrn)
    .map((identity): Identifier => ({ use: 'usual', type: { text: 'MRN' }, system: identifierSystem(identity.system), value: identity.mrn }));
  return [...charts, rapportIdentifier(client.id)];
}

/** A contact's Communication, a callback's or a checklist item's Task, a pain point's Condition: Rapport's own alone. */
export const recordIdentifiers = (record: Pick<ClientRecord, 'id'>): Identifier[] => [rapportIdentifier(record.id)];
