import { errorForStatus, parseRetryAfter, SyncError } from './errors';

/**
 * The one place in Rapport that may use the network. Every request goes to the single FHIR origin
 * the user configured; any other URL, and any redirect (which could lead elsewhere), is refused
 * before or instead of being followed.
 */

export interface TransportOptions {
  /** The organisation's FHIR base URL, e.g. https://fhir.example.org/fhir/R4/ */
  fhirBase: string;
  /** Test builds only: lets http://127.0.0.1 and http://localhost through. */
  allowLoopbackHttp?: boolean;
  /** Returns the current bearer token (refreshing it if due), or undefined when signed out. */
  accessToken?: () => Promise<string | undefined>;
  timeoutMs?: number;
  fetchImpl?: typeof globalThis.fetch;
  now?: () => number;
}

export interface RequestOptions {
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Token requests carry no bearer token. */
  anonymous?: boolean;
}

export interface TransportResponse<T> {
  status: number;
  body: T;
  etag?: string;
  location?: string;
}

export type Send = <T>(method: string, url: string, options?: RequestOptions) => Promise<TransportResponse<T>>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Parses and checks a FHIR base URL as the user typed it; the error says what to fix. */
export function checkFhirBase(input: string, allowLoopbackHttp = false): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SyncError('refused-url', 'That is not a web address. Enter the FHIR base URL, e.g. https://fhir.example.org/fhir/R4');
  }
  const loopbackAllowed = allowLoopbackHttp && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackAllowed) {
    throw new SyncError('refused-url', 'The team server address must start with https:// so health information travels encrypted.');
  }
  if (url.username || url.password) throw new SyncError('refused-url', 'The team server address must not contain a user name or password.');
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export function createTransport(options: TransportOptions): Send {
  const base = checkFhirBase(options.fhirBase, options.allowLoopbackHttp);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;

  return async function send<T>(method: string, target: string, request: RequestOptions = {}): Promise<TransportResponse<T>> {
    const url = new URL(target, base);
    if (url.origin !== base.origin) {
      throw new SyncError('refused-url', `Rapport only talks to your team server (${base.origin}); it refused ${url.origin}.`);
    }
    const headers: Record<string, string> = { accept: 'application/fhir+json, application/json', ...request.headers };
    let body: string | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/fhir+json';
      body = JSON.stringify(request.json);
    } else if (request.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    }
    if (!request.anonymous) {
      const token = await options.accessToken?.();
      if (!token) throw new SyncError('signed-out', 'You are signed out of the team server. Sign in again to keep syncing.');
      headers.authorization = `Bearer ${token}`;
    }

    let response: Response;
    try {
      response = await fetchImpl(url, { method, headers, body, redirect: 'manual', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new SyncError('timeout', 'The team server did not answer in time; Rapport will try again.');
      }
      throw new SyncError('offline', 'Rapport could not reach the team server (offline?); changes wait and sync later.');
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || (response.url && new URL(response.url).origin !== base.origin)) {
      throw new SyncError('refused-url', 'The team server tried to send Rapport elsewhere; Rapport refused, to keep data on your server.');
    }
    if (!response.ok) throw errorForStatus(response.status, parseRetryAfter(response.headers.get('retry-after'), now()));
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      throw new SyncError('bad-response', 'The team server answered with something that is not FHIR JSON.', response.status);
    }
    return {
      status: response.status,
      body: parsed as T,
      etag: response.headers.get('etag') ?? undefined,
      location: response.headers.get('location') ?? undefined,
    };
  };
}
