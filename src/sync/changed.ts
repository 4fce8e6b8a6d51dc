import { patientIdOf } from '../domain/fhir/read';
import { firstPageUrl, nextPageUrl, takePage, type Checkpoint, type SearchBundle } from './pull';
import type { Send } from './transport';

/**
 * What changed on the server since a checkpoint, as references only: which resources of a type
 * changed and the patients they are about, every change the user may read, sorted and paged by
 * `next`. References only, because most of an organisation's changes are about clients outside the
 * user's care teams, whose records this device must not fetch; a round then reads whole only the
 * changed resources it holds or whose patients it syncs.
 */

const PROBE_COUNT = 1000;
const PROBE_PAGES = 10;

export interface Changed {
  /** Server ids of the changed resources. */
  ids: Set<string>;
  /** The patients (server ids) they are about. */
  patients: Set<string>;
  /** The checkpoint after every change seen. */
  checkpoint: Checkpoint;
}

/** The first page's URL of changedSince's search, for a round that asks it together with others (batch-read.ts). */
export function changedSinceUrl(resourceType: string, since: Checkpoint, extra: Record<string, string> = {}): string {
  return firstPageUrl(resourceType, since, { ...extra, _elements: 'subject', _count: String(PROBE_COUNT) });
}

/**
 * Undefined when there are more changes than PROBE_PAGES pages: then searching whole is cheaper.
 * `first`: the search's first page when it was already asked (changedSinceUrl).
 */
export async function changedSince(send: Send, resourceType: string, since: Checkpoint, extra: Record<string, string> = {}, first?: SearchBundle): Promise<Changed | undefined> {
  const changed: Changed = { ids: new Set(), patients: new Set(), checkpoint: since };
  let url: string | undefined = changedSinceUrl(resourceType, since, extra);
  for (let pages = 0; url; pages++) {
    if (pages === PROBE_PAGES) return undefined;
    const body: SearchBundle<{ resourceType: string; id?: string; subject?: unknown }> = pages === 0 && first ? first : (await send<SearchBundle>('GET', url)).body;
    const page = takePage(body, changed.checkpoint);
    for (const resource of page.resources) {
      if (resource.id) changed.ids.add(resource.id);
      const patient = patientIdOf(resource.subject);
      if (patient) changed.patients.add(patient);
    }
    changed.checkpoint = page.checkpoint;
    url = nextPageUrl(body);
  }
  return changed;
}

/**
 * Where a whole search's changes start: the newest resource of the type the user may read, asked
 * before the search, so one changed while it pages is looked at again next round. The versions at
 * that instant are not kept: the next round reads that instant's changes once more, which changes nothing.
 */
export async function newestChange(send: Send, resourceType: string, extra: Record<string, string> = {}): Promise<Checkpoint> {
  return newestIn((await send<SearchBundle>('GET', newestChangeUrl(resourceType, extra))).body);
}

/** newestChange's search, for a round that asks it together with others; newestIn reads its answer. */
export const newestChangeUrl = (resourceType: string, extra: Record<string, string> = {}) =>
  `${resourceType}?${new URLSearchParams({ ...extra, _sort: '-_lastUpdated', _count: '1', _elements: 'subject' })}`;

export function newestIn(page: SearchBundle): Checkpoint {
  const lastUpdated = page.entry?.[0]?.resource?.meta?.lastUpdated;
  return { ...(lastUpdated ? { lastUpdated } : {}), seenAtInstant: [] };
}
