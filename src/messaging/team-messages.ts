import * as v from 'valibot';
import { HandoffNoteSchema, MemberReferenceSchema, TeamMemberSchema } from '../model/team';
import { RecordIdSchema, TimestampSchema } from '../model/values';

/**
 * The team screens' messages (issue 12): panel/options → background. Kept apart from schema.ts so
 * the shared union gains one spread, and both sides of each message read together here.
 */
export const TEAM_MESSAGES = [
  /** panel → background: whose client each caseload client is, the team, and a supervisor's rows. */
  v.strictObject({ type: v.literal('team/caseload') }),
  /** panel/options → background: add `colleague` as covering on the user's clients from `start` to `end`. */
  v.strictObject({ type: v.literal('team/cover'), colleague: MemberReferenceSchema, start: TimestampSchema, end: TimestampSchema }),
  /** panel → background: the handoff summaries colleagues addressed to the user, for covers not yet ended. */
  v.strictObject({ type: v.literal('team/handoffs') }),
  /** panel → background: call off the cover `colleague` holds for the user from `start` to `end` (a row of `covers`). */
  v.strictObject({ type: v.literal('team/call-off'), colleague: MemberReferenceSchema, start: TimestampSchema, end: TimestampSchema }),
] as const;

export const TEAM_REQUESTS = ['team/caseload', 'team/cover', 'team/handoffs', 'team/call-off'] as const;

const name = v.pipe(v.string(), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ClientOwnershipSchema = v.strictObject({
  /** The primary care manager's name (or reference when the server gives no name); absent when none. */
  primary: v.optional(name),
  mine: v.boolean(),
  coveredByMe: v.boolean(),
});
export type ClientOwnership = v.InferOutput<typeof ClientOwnershipSchema>;

const RowClientSchema = v.strictObject({ id: RecordIdSchema, name });
export const ManagerRowsSchema = v.strictObject({
  /** Absent: clients whose care team names no primary care manager. */
  manager: v.optional(name),
  overdue: v.array(v.strictObject({ client: RowClientSchema, dueAt: v.number() })),
  pastMax: v.array(v.strictObject({ client: RowClientSchema, daysSince: v.optional(count), maxDays: count })),
});
export type ManagerRows = v.InferOutput<typeof ManagerRowsSchema>;

/** A colleague covering for the user: one row per cover, however many clients' teams it is on. */
export const CoverRowSchema = v.strictObject({
  colleague: MemberReferenceSchema,
  name,
  start: TimestampSchema,
  end: TimestampSchema,
  /** Care teams listing the cover as the team server last said; 0 while it waits to be sent. */
  clients: count,
  /** Asked for with the team server out of reach: it goes with a later sync. */
  waiting: v.boolean(),
});
export type CoverRow = v.InferOutput<typeof CoverRowSchema>;

export const TeamCaseloadReplySchema = v.strictObject({
  /** Null with sync off, before the first round, or while no user is known: nothing changes then. */
  team: v.nullable(
    v.strictObject({
      supervisor: v.boolean(),
      /** Colleagues, without the user: who can cover. */
      members: v.array(TeamMemberSchema),
      clients: v.record(RecordIdSchema, ClientOwnershipSchema),
      /** Only for a supervisor. */
      byManager: v.optional(v.array(ManagerRowsSchema)),
      /** Who covers for the user, covers not yet ended, soonest first; absent from a worker that predates it. */
      covers: v.optional(v.array(CoverRowSchema)),
    }),
  ),
});
export type TeamCaseloadReply = v.InferOutput<typeof TeamCaseloadReplySchema>;

export const TeamCoverReplySchema = v.variant('ok', [
  /** `queued`: the team server was out of reach; the cover waits with the other changes and goes with a later sync. */
  v.strictObject({ ok: v.literal(true), added: count, already: count, queued: v.optional(v.literal(true)) }),
  /** `reason`: what stopped it, for the user to read. */
  v.strictObject({ ok: v.literal(false), reason: v.picklist(['no-team', 'unknown-colleague', 'bad-dates', 'locked', 'server']), detail: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
]);
export type TeamCoverReply = v.InferOutput<typeof TeamCoverReplySchema>;

export const TeamCallOffReplySchema = v.variant('ok', [
  /** `ended`: care teams the cover left now; `queued`: the server was out of reach, a later sync calls it off. */
  v.strictObject({ ok: v.literal(true), ended: count, queued: v.optional(v.literal(true)) }),
  v.strictObject({ ok: v.literal(false), reason: v.picklist(['no-team', 'unknown-cover', 'locked', 'server']), detail: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
]);
export type TeamCallOffReply = v.InferOutput<typeof TeamCallOffReplySchema>;

/** Newest first; empty with sync off, before the first round, or while locked. */
export const TeamHandoffsReplySchema = v.strictObject({ handoffs: v.array(HandoffNoteSchema) });
export type TeamHandoffsReply = v.InferOutput<typeof TeamHandoffsReplySchema>;

export const TEAM_REPLIES = {
  'team/caseload': TeamCaseloadReplySchema,
  'team/cover': TeamCoverReplySchema,
  'team/handoffs': TeamHandoffsReplySchema,
  'team/call-off': TeamCallOffReplySchema,
} as const;
