import type { Bundle } from '@medplum/fhirtypes';
import { fhirBundle } from '../domain/fhir/export';
import { cadenceFor } from '../domain/settings/settings';
import type { RapportDb } from './db';
import { readAllOpened } from './backup';
import { loadSettings } from './settings';
import { isTombstone, type StoreName, type StoreRecords } from '../model/records';

/** Live records of every store (one read transaction) → a FHIR R4 collection Bundle. */
/** `itemText` words a checklist item in the user's language (the domain keeps only ids). */
export async function exportFhir(
  db: RapportDb,
  options: { now: number; timeZone: string; itemText: (itemId: string) => string },
): Promise<Bundle> {
  const [stores, settings] = await Promise.all([readAllOpened(db), loadSettings(db, options.timeZone)]);
  const live = <S extends StoreName>(store: S) => stores[store].filter((r) => !isTombstone(r)) as unknown as StoreRecords[S][];
  return fhirBundle({
    clients: live('clients'),
    contacts: live('contacts'),
    callbacks: live('callbacks'),
    checklists: live('checklists'),
    painPoints: live('painPoints'),
    cadenceOf: (client) => cadenceFor(client, settings),
    now: options.now,
    timeZone: options.timeZone,
    itemText: options.itemText,
  });
}
