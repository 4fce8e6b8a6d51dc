import type { Identifier } from '@medplum/fhirtypes';
import { PAIN_POINT_ELEMENTS, retiredCondition } from './condition';

/**
 * The record types a team shares and, for each field, the FHIR elements it is written to
 * (export.ts maps them). A push replaces only the elements of the fields this device changed, so
 * what a colleague changed in the others, and anything another tool added, stays.
 */
export const SHARED_ELEMENTS = {
  clients: { name: ['name'], dob: ['birthDate'], sex: ['gender'], phone: ['telecom'], identities: ['identifier'] },
  contacts: { at: ['sent'], channel: ['medium'], direction: ['sender', 'recipient'], outcome: ['status', 'statusReason'], note: ['note'] },
  callbacks: { dueAt: ['executionPeriod'], status: ['status', 'lastModified'], doneAt: ['lastModified'], reason: ['description'] },
  painPoints: PAIN_POINT_ELEMENTS,
} as const satisfies Record<string, Record<string, readonly string[]>>;
export type SharedStore = keyof typeof SHARED_ELEMENTS;
export const SHARED_STORES = Object.keys(SHARED_ELEMENTS) as SharedStore[];

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
