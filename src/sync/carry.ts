import type { BundleEntry } from '@medplum/fhirtypes';
import { SyncError } from './errors';
import { acceptedPages } from './batch-read';
import type { SearchBundle } from './pull';

/**
 * Searches a round asks in the last Bundle its push sends instead of a request of their own (the
 * pull's probes and the handoffs' first search): one round trip fewer. FHIR has a batch or
 * transaction's GET entries processed after its writes (http://hl7.org/fhir/R4/http.html#trules),
 * so they see the push as committed, as a request after it would. A page that did not come back
 * whole and sure (an entry refused, a full page without a `next` link) is asked on its own by
 * the pull, and a server that refuses GETs inside a pushed Bundle has the Bundle sent again
 * without them: the searches then go in their own request, as before.
 */
export interface Carried {
  readonly urls: readonly string[];
  /** Each URL's first page, once a pushed Bundle brought it back. */
  pages?: Map<string, SearchBundle>;
  /** The server refused a Bundle for carrying them: they are not carried again this round. */
  refused?: boolean;
}

/** The GET entries to append to a Bundle, when it is to carry them. */
export function carriedEntries(carry: Carried | undefined): { request: { method: 'GET'; url: string } }[] {
  return carry && !carry.refused && !carry.pages ? carry.urls.map((url) => ({ request: { method: 'GET' as const, url } })) : [];
}

/**
 * Answers a server gives a Bundle it will not read GETs in (a bad request, a method or Bundle shape
 * it does not take): the same Bundle without them is sent again.
 */
const REFUSALS = [400, 405, 422, 501];

export const refusedForCarrying = (error: unknown, carried: number) => carried > 0 && error instanceof SyncError && error.status !== undefined && REFUSALS.includes(error.status);

/** Keeps the carried searches' pages from the answers after the Bundle's writes. */
export function takeCarried(carry: Carried, answers: readonly BundleEntry[]): void {
  carry.pages = acceptedPages(carry.urls, answers);
}
