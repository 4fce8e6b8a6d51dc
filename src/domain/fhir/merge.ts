import type { Identifier } from '@medplum/fhirtypes';
import { withTicksOf } from './checklist-task';
import { retiredCondition } from './condition';
import { SHARED_ELEMENTS, type SharedStore } from './shared';


export interface FhirJson {
  resourceType: string;
  [element: string]: unknown;
}

/** Task statuses by how far along they are: a status never goes back to a lower rank. */
const TASK_RANK: Record<string, number> = { completed: 1, cancelled: 1, failed: 1, rejected: 1, 'entered-in-error': 2 };
const taskRank = (status: unknown) => (typeof status === 'string' ? (TASK_RANK[status] ?? 0) : 0);

const identifierKey = (identifier: Identifier) => `${identifier.system ?? ''}|${identifier.value ?? ''}`;

function identifierUnion(server: unknown, local: unknown): Identifier[] {
  const all = [...((server as Identifier[] | undefined) ?? []), ...((local as Identifier[] | undefined) ?? [])];
  return [...new Map(all.map((identifier) => [identifierKey(identifier), identifier])).values()];
}

/**
 * The resource to write over the server's copy: the server's, with the elements of the `changed`
 * fields taken from this device's mapping (all shared fields when `changed` is undefined). The rules
 * are the two-window merge's: field-wise, identifiers added to (a chart seen here never removes one
 * seen elsewhere), and a task's status only moves forward (done in one place stays done).
 */
export function mergeOntoServer<R extends FhirJson>(store: SharedStore, server: R, local: FhirJson, changed?: readonly string[]): R {
  // Ticks are appends: the server's and ours together, whichever fields changed.
  if (store === 'checklists') return withTicksOf(server, local);
  const fields: Record<string, readonly string[]> = SHARED_ELEMENTS[store];
  const merged: Record<string, unknown> = { ...server };
  for (const field of changed ?? Object.keys(fields)) {
    for (const element of fields[field] ?? []) {
      if (local[element] === undefined) delete merged[element];
      else merged[element] = local[element];
    }
  }
  if (store === 'clients') {
    const identifier = identifierUnion(server.identifier, local.identifier);
    if (identifier.length) merged.identifier = identifier;
  }
  if (store === 'callbacks' && taskRank(server.status) > taskRank(merged.status)) {
    merged.status = server.status;
    merged.lastModified = server.lastModified;
  }
  return merged as R;
}

/** A record deleted here is retired on the server by its status, never deleted there. */
export function retired<R extends FhirJson>(store: SharedStore, server: R): R {
  if (store === 'clients') return { ...server, active: false };
  if (store === 'painPoints') return retiredCondition(server);
  return { ...server, status: 'entered-in-error' };
}
