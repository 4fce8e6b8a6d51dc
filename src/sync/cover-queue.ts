import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import { COVER_PREFIX } from '../store/sync-queue';
import { handoffSummaries } from '../store/team-handoffs';
import type { TeamState } from '../model/team';
import { cancelCover, coverFor, coveredTeams, type CancelResult, type CoverResult } from './cover';
import { SyncError } from './errors';
import type { Send } from './transport';

/**
 * "Cover for me from … to …" waits in the meta store like a record's change in the outbox, so a
 * cover asked for offline, or just before the worker stopped, is sent by a later round instead of
 * being lost. An entry holds the colleague's reference, the two instants and the time zone the
 * handoff summaries are written in, nothing about a client: the summaries are built from the
 * records when the cover is sent, so the colleague reads the clients as they are then. Sending is
 * safe to repeat (coverFor finds a cover already there, a handoff is created conditionally), so a
 * round and the panel's own attempt may both send one entry.
 */

const CoverRequestSchema = v.strictObject({
  colleague: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  start: v.number(),
  end: v.number(),
  timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  queuedAt: v.number(),
});
export type CoverRequest = v.InferOutput<typeof CoverRequestSchema>;

const prefixRange = () => IDBKeyRange.bound(COVER_PREFIX, `${COVER_PREFIX}\uffff`);
/** One entry per cover: asking for the same cover twice before it is sent queues it once. */
const keyOf = (request: Pick<CoverRequest, 'colleague' | 'start' | 'end'>) => `${COVER_PREFIX}${request.colleague}|${request.start}|${request.end}`;

export async function queueCover(db: RapportDb, request: Omit<CoverRequest, 'queuedAt'>, now: number): Promise<CoverRequest> {
  const queued = { ...request, queuedAt: now };
  await db.put('meta', { key: keyOf(queued), value: v.parse(CoverRequestSchema, queued) });
  notifyChanged({ store: 'meta', ids: [keyOf(queued)] });
  return queued;
}

/** Covers still to send, oldest first; a damaged entry is skipped, never fatal to the rest. */
export async function loadQueuedCovers(db: RapportDb): Promise<CoverRequest[]> {
  return (await db.getAll('meta', prefixRange()))
    .flatMap((row) => {
      const parsed = v.safeParse(CoverRequestSchema, row.value);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

async function settle(db: RapportDb, request: Pick<CoverRequest, 'colleague' | 'start' | 'end'>): Promise<void> {
  await db.delete('meta', keyOf(request));
  notifyChanged({ store: 'meta', ids: [keyOf(request)] });
}

/**
 * A failure a later round can get past (offline, busy, signed out, a team changing faster than
 * the merge rounds) keeps the cover queued; a refusal the server would repeat drops it, in words,
 * so one cover the server will never take does not stop every later round.
 */
const KEPT_KINDS: readonly SyncError['kind'][] = ['signed-out', 'sign-in', 'changed-elsewhere'];
export const staysQueued = (error: unknown): boolean => error instanceof SyncError && (error.retryable || KEPT_KINDS.includes(error.kind));

/** Sends one queued cover to the user's teams as `state` (fresh from the server) lists them, and clears it once sent. */
export async function sendCover(db: RapportDb, send: Send, state: TeamState, request: CoverRequest, now: number): Promise<CoverResult> {
  try {
    const colleague = state.colleagues.find((member) => member.member === request.colleague && member.member !== state.user);
    if (!colleague) throw new SyncError('not-found', 'The colleague chosen to cover is no longer on your team on the team server.');
    const summaries = await handoffSummaries(db, coveredTeams(state, request.start).flatMap((team) => team.clientId ?? []), now, request.timeZone);
    const handoffs = { of: (team: { clientId?: string }) => (team.clientId ? summaries.get(team.clientId) : undefined), now, timeZone: request.timeZone };
    const result = await coverFor(send, state, colleague, request.start, request.end, handoffs);
    await settle(db, request);
    return result;
  } catch (error) {
    if (!staysQueued(error)) await settle(db, request);
    throw error;
  }
}

/** A round's part: every queued cover, oldest first. Answers the covers dropped, in words. */
export async function sendQueuedCovers(db: RapportDb, send: Send, state: TeamState, now: number): Promise<string[]> {
  const problems: string[] = [];
  for (const request of await loadQueuedCovers(db)) {
    try {
      await sendCover(db, send, state, request, now);
    } catch (error) {
      if (staysQueued(error)) throw error;
      problems.push(`A cover by ${request.colleague} was not sent: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
    }
  }
  return problems;
}

/** The cover to call off, as the user asked for it (the colleague's reference and the two instants). */
export type CoverToCallOff = Pick<CoverRequest, 'colleague' | 'start' | 'end'>;

export interface CallOffResult extends CancelResult {
  /** True when the cover was still waiting to be sent: it now never will be. */
  unqueued: boolean;
}

/**
 * "Call the cover off", for the background route: a cover still queued is dropped first (so no
 * later round sends it), then whatever part of it reached the server is ended there (cancelCover).
 * `state` is the team as last saved. A SyncError (offline, signed out, …) is thrown for the route
 * to put in words; the queue entry is already gone, and asking again finishes the server's part.
 */
export async function callOffCover(db: RapportDb, send: Send, state: TeamState, cover: CoverToCallOff, now: number): Promise<CallOffResult> {
  const unqueued = (await db.get('meta', keyOf(cover))) !== undefined;
  if (unqueued) await settle(db, cover);
  return { ...(await cancelCover(send, state, { member: cover.colleague }, cover.start, cover.end, now)), unqueued };
}
