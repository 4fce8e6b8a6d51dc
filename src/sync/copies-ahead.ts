import type { SharedStore } from '../domain/fhir/shared';
import type { FhirResource } from './bundle';
import { nextPageUrl, type SearchBundle } from './pull';
import { refusedPage } from './batch-read';
import type { OutboxEntry } from './outbox';

/**
 * The server's copies of the records a push will update, asked in the round's first request (the
 * user's roles, team.ts) instead of a request of their own just before the push: one round trip
 * fewer in a round that updates anything. An update merges onto its copy and is written with
 * If-Match on the version read, so a copy a colleague changes in between costs a 412 and a merge
 * round that reads it again (push.ts), never a lost write. Only the first send of a batch uses
 * them; a batch with a record not asked about ahead reads its copies as before.
 */

export const RESOURCE_TYPE: Record<SharedStore, string> = { clients: 'Patient', contacts: 'Communication', callbacks: 'Task', painPoints: 'Condition', checklists: 'Task' };

export type ServerCopy = FhirResource & { id: string; meta?: { versionId?: string } };
export type ServerIds = Record<SharedStore, Map<string, string>>;

export interface CopiesAhead {
  readonly urls: readonly string[];
  /** `Type/id` of every copy asked about. */
  readonly asked: ReadonlySet<string>;
  /** The copies the server had, once the request that asked came back whole. */
  copies?: Map<string, ServerCopy>;
}

/** Ids per search: a comma list of 50 server ids keeps the URL near 2.5 KB, under every server's limit (team.ts). */
const IDS_PER_SEARCH = 50;
/** More updates than this (a backlog) read their copies batch by batch, as a push always did. */
const MOST_AHEAD = 200;

/**
 * The searches for the copies of these queued records that the server has (`ids`: their server ids,
 * looked up); undefined when there are none, or too many to ask at once. Clients are left out: a
 * push may write a client twice (its stay, stay.ts), and the second write needs the first's version.
 */
export function copiesAhead(entries: readonly OutboxEntry[], ids: ServerIds): CopiesAhead | undefined {
  const byType = new Map<string, string[]>();
  for (const entry of entries) {
    const serverId = entry.store === 'clients' ? undefined : ids[entry.store].get(entry.id);
    if (serverId === undefined) continue;
    const type = RESOURCE_TYPE[entry.store];
    byType.set(type, [...(byType.get(type) ?? []), serverId]);
  }
  const total = [...byType.values()].reduce((sum, some) => sum + some.length, 0);
  if (!total || total > MOST_AHEAD) return undefined;
  const urls: string[] = [];
  const asked = new Set<string>();
  for (const [type, serverIds] of byType) {
    for (let start = 0; start < serverIds.length; start += IDS_PER_SEARCH) {
      const some = serverIds.slice(start, start + IDS_PER_SEARCH);
      // One more than can match: a page short of its count is whole (batch-read.ts asks a full page without `next` again).
      urls.push(`${type}?_id=${some.map(encodeURIComponent).join(',')}&_count=${some.length + 1}`);
      for (const id of some) asked.add(`${type}/${id}`);
    }
  }
  return { urls, asked };
}

/**
 * Keeps the copies from the pages of copiesAhead's searches, in its order. A page that goes on
 * (`next`) or was refused (a queued record of a client the user may no longer read: the push holds
 * it back) keeps none: a copy missing from them would read as gone from the server.
 */
export function takeCopies(ahead: CopiesAhead, pages: readonly SearchBundle[]): void {
  if (pages.length !== ahead.urls.length || pages.some((page) => nextPageUrl(page) !== undefined || refusedPage(page))) return;
  const copies = new Map<string, ServerCopy>();
  for (const page of pages) {
    for (const { resource } of page.entry ?? []) {
      const copy = resource as ServerCopy | undefined;
      if (copy?.id && ahead.asked.has(`${copy.resourceType}/${copy.id}`)) copies.set(`${copy.resourceType}/${copy.id}`, copy);
    }
  }
  ahead.copies = copies;
}

/** A batch's copies from those asked ahead, when each of its records the server has was asked about; undefined otherwise. */
export function copiesFor(ahead: CopiesAhead | undefined, batch: readonly OutboxEntry[], ids: ServerIds): Map<string, ServerCopy> | undefined {
  if (!ahead?.copies) return undefined;
  const copies = new Map<string, ServerCopy>();
  for (const entry of batch) {
    const serverId = ids[entry.store].get(entry.id);
    if (serverId === undefined) continue;
    const key = `${RESOURCE_TYPE[entry.store]}/${serverId}`;
    if (!ahead.asked.has(key)) return undefined;
    const copy = ahead.copies.get(key);
    if (copy) copies.set(key, copy);
  }
  return copies;
}
