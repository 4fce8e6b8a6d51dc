/**
 * Everything that can go wrong talking to the organisation's FHIR server, as a kind code for the
 * sync logic (retry or not) and a sentence a care manager can act on for the panel and options.
 */
export type SyncErrorKind =
  | 'refused-url'
  | 'offline'
  | 'timeout'
  | 'signed-out'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'changed-elsewhere'
  | 'busy'
  | 'server'
  | 'bad-response'
  | 'sign-in';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    /** Milliseconds the server asked us to wait (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Worth trying again later without the user doing anything. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout' || this.kind === 'busy' || this.kind === 'server';
  }
}

export function errorForStatus(status: number, retryAfterMs: number | undefined): SyncError {
  if (status === 401) return new SyncError('signed-out', 'The team server signed you out. Sign in again to keep syncing.', status);
  if (status === 403) return new SyncError('forbidden', 'The team server does not let your account do this. Ask your administrator for access.', status);
  if (status === 404) return new SyncError('not-found', 'The team server has no such record (it may have been removed there).', status);
  if (status === 409) return new SyncError('conflict', 'The team server refused this change because it conflicts with its records.', status);
  if (status === 412) return new SyncError('changed-elsewhere', 'Someone changed this record on the team server first; Rapport will merge and retry.', status);
  if (status === 429) return new SyncError('busy', 'The team server is busy; Rapport will try again shortly.', status, retryAfterMs);
  if (status >= 500) return new SyncError('server', `The team server had a problem (error ${status}); Rapport will try again later.`, status, retryAfterMs);
  return new SyncError('bad-response', `The team server refused the request (error ${status}).`, status);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
