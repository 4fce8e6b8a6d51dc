import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import { COVER_PREFIX } from '../store/sync-queue';
import { handoffSummaries } from '../store/team-handoffs';
import { coverKey, type TeamState } from '../model/team';
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
 *
 * Calling a cover off waits in the same queue (counted with the changes waiting too) under its own
 * key, and the queue is sent oldest first, so "cover, call off, cover again" ends with the cover.
 */

const CoverRequestSchema = v.strictObject({
  colleague: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  start: v.number(),
  end: v.number(),
  timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  queuedAt: v.number(),
});
export type CoverRequest = v.InferOutput<typeof CoverRequestSchema>;

const CallOffRequestSchema = v.strictObject({
  callOff: v.literal(true),
  colleague: CoverRequestSchema.entries.colleague,
  start: v.number(),
  end: v.number(),
  queuedAt: v.number(),
});
export type CallOffRequest = v.InferOutput<typeof CallOffRequestSchema>;
type Queued = CoverRequest | CallOffRequest;
const QueuedSchema = v.union([CoverRequestSchema, CallOffRequestSchema]);

const prefixRange = () => IDBKeyRange.bound(COVER_PREFIX, `${COVER_PREFIX}\uffff`);
/** One entry per cover and per call-off: asking for either twice before it is sent queues it once. */
const keyOf = (request: Pick<CoverRequest, 'colleague' | 'start' | 'end'> & { callOff?: true }) =>
  `${COVER_PREFIX}${request.callOff ? 'off|' : ''}${coverKey(request)}`;

export async function queueCover(db: RapportDb, request: Omit<CoverRequest, 'queuedAt'>, now: number): Promise<CoverRequest> {
  const queued = { ...request, queuedAt: now };
  await db.put('meta', { key: keyOf(queued), value: v.parse(CoverRequestSchema, queued) });
  notifyChanged({ store: 'meta', ids: [keyOf(queued)] });
  return queued;
}

/**
 * Calling a cover off: a cover still waiting to be sent is dropped from the queue (the colleague's
 * handoffs never reach the server), and the call-off queued all the same, because a cover whose
 * sending was cut short may already be on some of the teams.
 */
export async function queueCallOff(db: RapportDb, request: Pick<CallOffRequest, 'colleague' | 'start' | 'end'>, now: number): Promise<CallOffRequest> {
  const cover = { colleague: request.colleague, start: request.start, end: request.end };
  const queued: CallOffRequest = v.parse(CallOffRequestSchema, { callOff: true, ...cover, queuedAt: now });
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete(keyOf(cover)), tx.store.put({ key: keyOf(queued), value: queued }), tx.done]);
  notifyChanged({ store: 'meta', ids: [keyOf(cover), keyOf(queued)] });
  return queued;
}

/** Covers and call-offs still to send, oldest first; a damaged entry is skipped, never fatal to the rest. */
async function loadQueue(db: RapportDb): Promise<Queued[]> {
  return (await db.getAll('meta', prefixRange()))
    .flatMap((row) => {
      const parsed = v.safeParse(QueuedSchema, row.value);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

const isCallOff = (entry: Queued): entry is CallOffRequest => 'callOff' in entry;

export async function loadQueuedCovers(db: RapportDb): Promise<CoverRequest[]> {
  return (await loadQueue(db)).filter((entry): entry is CoverRequest => !isCallOff(entry));
}

export async function loadQueuedCallOffs(db: RapportDb): Promise<CallOffRequest[]> {
  return (await loadQueue(db)).filter(isCallOff);
}

async function settle(db: RapportDb, request: Pick<CoverRequest, 'colleague' | 'start' | 'end'> & { callOff?: true }): Promise<void> {
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

/**
 * Sends one queued call-off through callOffCover (the one call to the server side of it), and
 * clears it once sent, with the same keep-or-drop rule as a cover.
 */
export async function sendCallOff(db: RapportDb, send: Send, state: TeamState, request: CallOffRequest, now: number): Promise<CallOffResult> {
  try {
    const result = await callOffCover(db, send, state, { colleague: request.colleague, start: request.start, end: request.end }, now);
    await settle(db, request);
    return result;
  } catch (error) {
    if (!staysQueued(error)) await settle(db, request);
    throw error;
  }
}

/**
 * A round's part: every queued cover and call-off, oldest first. Answers those dropped, in words,
 * and those sent, so the round saves its team with them (withSent) instead of as it was before.
 */
export async function sendQueuedCovers(db: RapportDb, send: Send, state: TeamState, now: number): Promise<{ problems: string[]; sent: { request: Queued; at: number }[] }> {
  const problems: string[] = [];
  const sent: { request: Queued; at: number }[] = [];
  for (const request of await loadQueue(db)) {
    try {
      if (isCallOff(request)) await sendCallOff(db, send, state, request, now);
      else await sendCover(db, send, state, request, now);
      sent.push({ request, at: now });
    } catch (error) {
      if (staysQueued(error)) throw error;
      const what = isCallOff(request) ? 'Calling off the cover' : 'A cover';
      problems.push(`${what} by ${request.colleague} was not sent: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
    }
  }
  return { problems, sent };
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
