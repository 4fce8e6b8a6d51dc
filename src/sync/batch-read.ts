import { errorForStatus, SyncError } from './errors';
import { nextPageUrl, type PulledResource, type SearchBundle } from './pull';
import type { Send } from './transport';

/**
 * Several searches' first pages in one request: a `batch` Bundle of GETs, which every FHIR server
 * that takes the push's batches answers entry by entry, each page a searchset whose `next` link
 * pages on as any search's does. A round's probes (pull-scoped.ts), one per resource type, cost one
 * round trip instead of five. One search alone goes as itself. `optional`: the searches (by index)
 * whose refusal (forbidden, not found, gone) reads as no match rather than failing the round.
 */
export async function firstPages(send: Send, urls: readonly string[], optional: ReadonlySet<number> = NONE): Promise<SearchBundle[]> {
  if (urls.length <= 1) return Promise.all(urls.map(async (url, i) => (await alone(send, url, optional.has(i)))));
  const batch = { resourceType: 'Bundle', type: 'batch', entry: urls.map((url) => ({ request: { method: 'GET', url } })) };
  const { body } = await send<{ entry?: { resource?: { resourceType?: string }; response?: { status?: string } }[] }>('POST', '', { json: batch });
  const answers = body?.entry ?? [];
  if (answers.length !== urls.length) throw new SyncError('bad-response', 'The team server answered a batch of searches with a different number of answers.');
  const pages = answers.map((answer, i) => {
    const status = Number.parseInt(answer.response?.status ?? '', 10);
    if (optional.has(i) && REFUSALS.includes(status)) return NO_MATCH;
    if (!(status >= 200 && status < 300)) throw errorForStatus(Number.isNaN(status) ? 500 : status, undefined);
    if (answer.resource?.resourceType !== 'Bundle') throw new SyncError('bad-response', 'The team server answered a search in a batch with something that is not a page of results.');
    return answer.resource as SearchBundle;
  });
  // A server may leave paging links out of the searchsets inside a batch: a full page without a
  // next link may have more behind it, so that search is asked again alone, where paging is sure.
  return Promise.all(pages.map(async (page, i) => (mayHaveMore(page, urls[i]!) ? alone(send, urls[i]!, optional.has(i)) : page)));
}

/**
 * The first pages of searches asked inside another Bundle (carry.ts), by URL: only those answered
 * with a page that is sure (2xx, a Bundle, not a full page without a `next` link). The others are
 * left out, for the caller to ask as it would have; nothing is asked here.
 */
export function acceptedPages(urls: readonly string[], answers: readonly { resource?: unknown; response?: { status?: string } }[]): Map<string, SearchBundle> {
  const pages = new Map<string, SearchBundle>();
  if (answers.length !== urls.length) return pages;
  answers.forEach((answer, i) => {
    const status = Number.parseInt(answer.response?.status ?? '', 10);
    const page = answer.resource as SearchBundle | undefined;
    if (status >= 200 && status < 300 && page?.resourceType === 'Bundle' && !mayHaveMore(page, urls[i]!)) pages.set(urls[i]!, page);
  });
  return pages;
}

/** firstPages, less the searches whose first pages are `known` already (asked in a pushed Bundle: carry.ts). */
export async function firstPagesKnowing(send: Send, urls: readonly string[], known: ReadonlyMap<string, SearchBundle> | undefined): Promise<SearchBundle[]> {
  const asked = urls.filter((url) => !known?.has(url));
  const answered = await firstPages(send, asked);
  const byUrl = new Map(asked.map((url, i) => [url, answered[i]!]));
  return urls.map((url) => known?.get(url) ?? byUrl.get(url)!);
}

const NONE: ReadonlySet<number> = new Set();
const REFUSALS = [403, 404, 410];
const NO_MATCH: SearchBundle = { resourceType: 'Bundle' };

/** Whether firstPages answered an optional search with no match because the server refused it. */
export const refusedPage = (page: SearchBundle) => page === NO_MATCH;

async function alone(send: Send, url: string, optional: boolean): Promise<SearchBundle> {
  try {
    return (await send<SearchBundle>('GET', url)).body;
  } catch (error) {
    if (optional && error instanceof SyncError && (error.kind === 'not-found' || error.kind === 'forbidden' || error.status === 410)) return NO_MATCH;
    throw error;
  }
}

function mayHaveMore(page: SearchBundle, url: string): boolean {
  const count = Number(new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('_count'));
  return nextPageUrl(page) === undefined && count > 0 && (page.entry?.length ?? 0) >= count;
}

/**
 * Searches a comma list cannot fold into one (a supervisor's 5,000 clients, 50 a search: 100 of
 * them), their first pages asked SEARCHES_PER_BATCH to a request, each then paged on by its `next`
 * link: every match of each search, in the order asked.
 */
export async function searchEach<R extends PulledResource>(send: Send, urls: readonly string[]): Promise<R[][]> {
  const found: R[][] = [];
  for (let start = 0; start < urls.length; start += SEARCHES_PER_BATCH) {
    for (const first of await firstPages(send, urls.slice(start, start + SEARCHES_PER_BATCH))) found.push(await everyMatch<R>(send, first));
  }
  return found;
}

/** Every match of a search, from its first page on by `next` links. */
export async function everyMatch<R extends PulledResource>(send: Send, first: SearchBundle): Promise<R[]> {
  const matches: R[] = [];
  for (let page: SearchBundle | undefined = first; page; ) {
    for (const { resource } of page.entry ?? []) if (resource) matches.push(resource as R);
    const next = nextPageUrl(page);
    page = next === undefined ? undefined : (await send<SearchBundle>('GET', next)).body;
  }
  return matches;
}

/** Searches of up to 50 ids each (about 2.5 KB of URL): twenty keep a batch near 50 KB. */
const SEARCHES_PER_BATCH = 20;
