/**
 * Builds the FHIR R4 transaction Bundles Rapport pushes. A transaction applies whole or not at
 * all, so a push interrupted anywhere can simply be sent again: creates are conditional on
 * Rapport's own identifier (a replay finds the first copy instead of making a second), updates
 * carry the server version they were based on (If-Match), and nothing is ever DELETEd — a record
 * is retired by its status, because some servers keep no history of deletions for others to see.
 */

import { RAPPORT_IDENTIFIER_SYSTEM } from '../domain/fhir/read';
import { rapportIdentifier } from '../domain/fhir/identifiers';

export { RAPPORT_IDENTIFIER_SYSTEM };

export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
  identifier?: { system?: string; value?: string }[];
  [field: string]: unknown;
}

export type Change =
  /** A record the server may not have yet; `rapportId` (a UUID) is its value on RAPPORT_IDENTIFIER_SYSTEM. */
  | {
      kind: 'create';
      resource: FhirResource;
      rapportId: string;
      /** Identifiers that also find the server's copy (a patient's charts): a colleague may have pushed it first. */
      alsoMatch?: readonly { system: string; value: string }[];
    }
  /** A record the server has, changed from the server version `versionId`. */
  | { kind: 'update'; resource: FhirResource & { id: string }; versionId: string };

export interface TransactionEntry {
  fullUrl?: string;
  resource: FhirResource;
  request: { method: 'POST' | 'PUT'; url: string; ifNoneExist?: string; ifMatch?: string };
}

export interface TransactionBundle {
  resourceType: 'Bundle';
  /** A `batch` applies each entry on its own: only for entries that stand alone (see BATCH_ENTRIES). */
  type: 'transaction' | 'batch';
  entry: TransactionEntry[];
}

/** The search that finds the server's copy of a Rapport record (used by ifNoneExist and by re-reads after 412). */
export function rapportIdentifierQuery(rapportId: string): string {
  return RAPPORT_QUERY_PREFIX + encodeURIComponent(rapportId);
}

/**
 * The system's part encoded once: every create's ifNoneExist starts so, and encoding the system's
 * URL per record was half the cost of building a first upload's entries (23,000 at a tenth of the
 * sync bench's size: 45 ms). Encoding is per character, so the parts encode as the whole did.
 */
const RAPPORT_QUERY_PREFIX = `identifier=${encodeURIComponent(`${RAPPORT_IDENTIFIER_SYSTEM}|`)}`;

/**
 * A reference to a record created in the same Bundle, by the `urn:uuid` fullUrl the server
 * rewrites on commit. Medplum's router resolves no conditional references
 * (`Patient?identifier=…`), so a record pushed earlier is referenced by its server id instead.
 */
export function newRecordReference(rapportId: string): { reference: string } {
  return { reference: `urn:uuid:${rapportId}` };
}

/**
 * Servers cap transactions that need strict isolation: Medplum allows at most 8 entries once any
 * entry is conditional (ifNoneExist) and 50 updates in any transaction.
 */
export const MAX_TRANSACTION_ENTRIES = 8;

/**
 * Creates that stand alone (a contact, a callback, a pain point: no urn:uuid reference to another
 * entry, each conditional on this device's own record id, which no other device can create first)
 * need no transaction: a `batch` carries many in one request, each entry answering for itself, and
 * a replay of one is found by its identifier like a transaction's. The cap above is a transaction's.
 */
export const BATCH_ENTRIES = 100;

/** Medplum's cap on updates in one transaction; with none of its entries conditional, MAX_TRANSACTION_ENTRIES does not apply. */
export const MAX_TRANSACTION_UPDATES = 50;

/**
 * Packs groups of changes into transactions of at most `maxEntries`, in order. A group (a record
 * with the new records that reference it by urn:uuid) is never split, because those references
 * resolve only inside one Bundle; a group larger than the cap travels alone.
 */
export function transactionBundles(groups: readonly (readonly Change[])[], maxEntries = MAX_TRANSACTION_ENTRIES): TransactionBundle[] {
  const packed: Change[][] = [];
  for (const group of groups) {
    const last = packed.at(-1);
    if (last && last.length + group.length <= maxEntries) last.push(...group);
    else packed.push([...group]);
  }
  return packed.map((changes) => transactionBundle(changes));
}

export function transactionBundle(changes: readonly Change[], type: TransactionBundle['type'] = 'transaction'): TransactionBundle {
  return { resourceType: 'Bundle', type, entry: changes.map((change) => entryFor(change, type)) };
}

/**
 * A retirement is an update whose only news is the status (`entered-in-error`, `cancelled`, …):
 * other clients' pulls then see the record change instead of silently losing it.
 */
export function retire<R extends FhirResource & { id: string }>(resource: R, versionId: string, status: string): Change {
  return { kind: 'update', resource: { ...resource, status }, versionId };
}

function entryFor(change: Change, type: TransactionBundle['type']): TransactionEntry {
  if (change.kind === 'create') {
    // The server names it and stamps it: no id nor meta of ours goes.
    const { id: _id, meta: _meta, ...resource } = withRapportIdentifier(change.resource, change.rapportId);
    return {
      // Only a transaction's entries refer to one another by urn:uuid; a batch's stand alone
      // (BATCH_ENTRIES), so their fullUrl would be 7 % of a first upload's request for nothing.
      ...(type === 'transaction' ? { fullUrl: newRecordReference(change.rapportId).reference } : {}),
      resource,
      request: { method: 'POST', url: change.resource.resourceType, ifNoneExist: matchQuery(change.rapportId, change.alsoMatch ?? []) },
    };
  }
  const { meta: _serverMeta, ...resource } = change.resource;
  return {
    resource,
    request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}`, ifMatch: `W/"${change.versionId}"` },
  };
}

/** Search values joined by a comma are alternatives: the copy that carries any one of them. */
function matchQuery(rapportId: string, alsoMatch: readonly { system: string; value: string }[]): string {
  if (alsoMatch.length === 0) return rapportIdentifierQuery(rapportId);
  const escape = (part: string) => part.replace(/[\\,|$]/g, (c) => `\\${c}`);
  const tokens = [rapportIdentifier(rapportId), ...alsoMatch].map(({ system, value }) => `${escape(system)}|${escape(value)}`);
  return `identifier=${tokens.map(encodeURIComponent).join(',')}`;
}

/**
 * The resource with Rapport's identifier for `rapportId` last and no other of Rapport's: the
 * resource itself when it already is so (every mapping writes it so: domain/fhir/identifiers.ts),
 * else a copy. A push met it twice per record (planning, then the Bundle's entry), copying each time.
 */
export function withRapportIdentifier(resource: FhirResource, rapportId: string): FhirResource {
  const identifiers = resource.identifier ?? [];
  if (endsWithOnly(identifiers, rapportId)) return resource;
  const others = identifiers.filter((identifier) => identifier.system !== RAPPORT_IDENTIFIER_SYSTEM);
  return { ...resource, identifier: [...others, rapportIdentifier(rapportId)] };
}

/** Whether the last identifier is exactly rapportIdentifier(rapportId) (no other member) and no other is Rapport's. */
function endsWithOnly(identifiers: NonNullable<FhirResource['identifier']>, rapportId: string): boolean {
  const last = identifiers.at(-1);
  if (!last || last.system !== RAPPORT_IDENTIFIER_SYSTEM || last.value !== rapportId || Object.keys(last).length !== 2) return false;
  for (let i = 0; i < identifiers.length - 1; i++) if (identifiers[i]!.system === RAPPORT_IDENTIFIER_SYSTEM) return false;
  return true;
}
