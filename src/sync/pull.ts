/**
 * Plans incremental pulls: per resource type, everything changed since a checkpoint, oldest first,
 * page by page through the server's `next` links (never by building offsets ourselves: servers
 * page by cursors, offsets or snapshots, and only their link knows which).
 *
 * The checkpoint is the newest `meta.lastUpdated` seen plus the versions seen at that instant. The
 * query asks for `ge` that instant rather than `gt`: a write landing in the same millisecond just
 * after a pull would otherwise be skipped forever; the versions already seen are dropped instead.
 * Versions are compared as opaque strings (Medplum's are UUIDs, not counters).
 */

export interface Checkpoint {
  /** ISO instant of the newest change seen, or undefined before the first pull. */
  lastUpdated?: string;
  /** `Type/id/versionId` of every change seen at exactly `lastUpdated`. */
  seenAtInstant: string[];
}

export const EMPTY_CHECKPOINT: Checkpoint = { seenAtInstant: [] };

export interface PulledResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
}

export interface SearchBundle<R extends PulledResource = PulledResource> {
  resourceType: 'Bundle';
  entry?: { resource?: R }[];
  link?: { relation: string; url: string }[];
}

export const PAGE_SIZE = 100;

/** The first page's URL, relative to the FHIR base; `extra` narrows it (e.g. `_has`, `patient`). */
export function firstPageUrl(resourceType: string, checkpoint: Checkpoint, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ _sort: '_lastUpdated', _count: String(PAGE_SIZE), ...extra });
  if (checkpoint.lastUpdated) query.set('_lastUpdated', `ge${checkpoint.lastUpdated}`);
  return `${resourceType}?${query.toString()}`;
}

export function nextPageUrl(bundle: SearchBundle): string | undefined {
  return bundle.link?.find((link) => link.relation === 'next')?.url;
}

/** The page's resources not already seen, and the checkpoint after them. */
export function takePage<R extends PulledResource>(bundle: SearchBundle<R>, checkpoint: Checkpoint): { resources: R[]; checkpoint: Checkpoint } {
  const seen = new Set(checkpoint.seenAtInstant);
  const resources: R[] = [];
  let { lastUpdated } = checkpoint;
  // The newest instant parsed once, not per resource: a first sync's probes read pages of 1,000.
  let newest = lastUpdated ? Date.parse(lastUpdated) : Number.NaN;
  let atInstant = new Set(checkpoint.seenAtInstant);
  for (const { resource } of bundle.entry ?? []) {
    if (!resource?.meta?.lastUpdated) continue;
    const key = versionKey(resource);
    if (resource.meta.lastUpdated === checkpoint.lastUpdated && seen.has(key)) continue;
    resources.push(resource);
    const stamp = resource.meta.lastUpdated;
    const at = Date.parse(stamp);
    if (!lastUpdated || at > newest) {
      lastUpdated = stamp;
      newest = at;
      atInstant = new Set([key]);
    } else if (at === newest) {
      atInstant.add(key);
    }
  }
  return { resources, checkpoint: { lastUpdated, seenAtInstant: [...atInstant] } };
}

/**
 * Pulls one resource type to the end, handing each page to `apply` before the checkpoint moves,
 * so a pull stopped midway resumes after the last page applied, never past an unapplied one.
 */
export async function pullType<R extends PulledResource>(
  resourceType: string,
  checkpoint: Checkpoint,
  getPage: (url: string) => Promise<SearchBundle<R>>,
  apply: (resources: R[], checkpoint: Checkpoint) => Promise<void>,
  extra: Record<string, string> = {},
): Promise<Checkpoint> {
  let url: string | undefined = firstPageUrl(resourceType, checkpoint, extra);
  let current = checkpoint;
  while (url) {
    const bundle: SearchBundle<R> = await getPage(url);
    const page = takePage(bundle, current);
    await apply(page.resources, page.checkpoint);
    current = page.checkpoint;
    url = nextPageUrl(bundle);
  }
  return current;
}

/** `Type/id/versionId`: one version of one resource. */
export function versionKey(resource: PulledResource): string {
  return `${resource.resourceType}/${resource.id ?? ''}/${resource.meta?.versionId ?? ''}`;
}
