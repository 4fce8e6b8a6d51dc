/**
 * The searches a request to the FHIR server asks: a GET's own URL, or each GET entry of a `batch`
 * Bundle (a round asks its probes together, sync/batch-read.ts) or of a pushed one that carries them
 * (sync/carry.ts), resolved against the base it was posted to.
 */
export function searchesAsked(input: URL | RequestInfo, init?: RequestInit): URL[] {
  const url = new URL(String(input));
  const method = init?.method ?? 'GET';
  if (method === 'GET') return [url];
  if (method !== 'POST' || typeof init?.body !== 'string') return [];
  const bundle = JSON.parse(init.body) as { resourceType?: string; type?: string; entry?: { request?: { method?: string; url?: string } }[] };
  if (bundle.resourceType !== 'Bundle' || (bundle.type !== 'batch' && bundle.type !== 'transaction')) return [];
  return (bundle.entry ?? []).flatMap(({ request }) => (request?.method === 'GET' && request.url ? [new URL(request.url, url)] : []));
}
