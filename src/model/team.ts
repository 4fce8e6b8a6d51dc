import * as v from 'valibot';
import {
  CalendarDateSchema,
  ClientPreferencesSchema,
  ContactChannelSchema,
  ContactDirectionSchema,
  ContactOutcomeSchema,
  filled,
  RecordIdSchema,
  text,
  TimestampSchema,
} from './values';

/**
 * The care team as the organisation's FHIR server states it, kept on this device: who works with
 * each client (a CareTeam per client, domain/fhir/care-team.ts maps it), and the signed-in user's
 * place in the team (a PractitionerRole, sync/team.ts). All of it is derived from the server and
 * restated by every sync round (whole, or by what changed since the last: sync/team.ts), so it
 * lives beside the rest of team sync's device state (store/team.ts), sealed when a passphrase is
 * set, and never in a backup: a backup restored elsewhere would describe a team as it was, and the
 * next round states it as it is.
 */

/** A server resource id (FHIR `id`: letters, digits, '-' and '.', at most 64). */
export const FhirIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9\-.]{1,64}$/));
/** A person on the team, as a relative reference: `Practitioner/<id>` (or PractitionerRole, …). */
export const MemberReferenceSchema = v.pipe(v.string(), v.regex(/^(?:Practitioner|PractitionerRole|Person|RelatedPerson|Organization)\/[A-Za-z0-9\-.]{1,64}$/));

/**
 * A participant's part in a client's care. `primary`: the care manager the client belongs to;
 * `covering`: a colleague standing in for a period; `supervisor`: oversees without owning;
 * `member`: anyone else the server lists (an EHR's own roles Rapport does not interpret).
 */
export const CARE_TEAM_ROLES = ['primary', 'covering', 'supervisor', 'member'] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];

export const CareTeamParticipantSchema = v.strictObject({
  member: MemberReferenceSchema,
  /** The name the server gives with the reference; the caseload shows it. */
  display: v.optional(filled(200)),
  role: v.picklist(CARE_TEAM_ROLES),
  /** Epoch ms; an open end is "until further notice". */
  start: v.optional(TimestampSchema),
  end: v.optional(TimestampSchema),
});
export type CareTeamParticipant = v.InferOutput<typeof CareTeamParticipantSchema>;

export const CareTeamSchema = v.strictObject({
  serverId: FhirIdSchema,
  /** The server version read: an update is sent with If-Match on it. */
  versionId: v.optional(text(64)),
  /** The client's Patient on the server. */
  patientId: FhirIdSchema,
  /** The client's record on this device, once it has them (linked after each round's pull). */
  clientId: v.optional(RecordIdSchema),
  /** An inactive team (status inactive, suspended, entered-in-error) gives nobody the client. */
  active: v.boolean(),
  participants: v.pipe(v.array(CareTeamParticipantSchema), v.maxLength(100)),
});
export type CareTeam = v.InferOutput<typeof CareTeamSchema>;

export const TEAM_ROLES = ['care-manager', 'supervisor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TeamMemberSchema = v.strictObject({ member: MemberReferenceSchema, display: v.optional(filled(200)) });
export type TeamMember = v.InferOutput<typeof TeamMemberSchema>;

const DEADLINE_STATES = ['met', 'late', 'open', 'due-today', 'overdue'] as const;

/**
 * What a handoff summary says, as data: instants are epoch ms and days are YYYY-MM-DD, so the
 * reader's panel formats them in the reader's own locale and time zone (a colleague covering from
 * another zone reads "Mar 4, 9:00" where it is 9:00 for them). States such as `overdue` and the TCM
 * deadlines' are as of `writtenAt`, the moment the summary describes.
 */
export const HandoffSummarySchema = v.strictObject({
  reach: v.strictObject({ phone: v.optional(text(40)), ...ClientPreferencesSchema.entries }),
  lastContact: v.optional(
    v.strictObject({ at: TimestampSchema, channel: ContactChannelSchema, direction: ContactDirectionSchema, outcome: ContactOutcomeSchema, note: v.optional(text(4000)) }),
  ),
  /** Open callbacks, soonest first. */
  callbacksOwed: v.pipe(v.array(v.strictObject({ dueAt: TimestampSchema, reason: v.optional(text(500)), overdue: v.boolean() })), v.maxLength(100)),
  /** Open pain points, oldest first. */
  painPoints: v.pipe(v.array(v.strictObject({ text: text(4000), rootCause: v.optional(text(4000)), openedAt: TimestampSchema })), v.maxLength(100)),
  stay: v.strictObject({
    inpatient: v.boolean(),
    admitDate: v.optional(CalendarDateSchema),
    expectedDischarge: v.optional(CalendarDateSchema),
    dischargeToConfirm: v.optional(CalendarDateSchema),
    actualDischarge: v.optional(CalendarDateSchema),
  }),
  tcm: v.optional(
    v.strictObject({
      dischargeDate: CalendarDateSchema,
      interactiveContactDue: CalendarDateSchema,
      faceToFaceDue: CalendarDateSchema,
      interactiveContact: v.picklist(DEADLINE_STATES),
      faceToFace: v.picklist(DEADLINE_STATES),
      medicationReconciliation: v.picklist(DEADLINE_STATES),
      inPeriod: v.boolean(),
      businessDaysLeft: v.optional(v.number()),
    }),
  ),
  /**
   * `callback-overdue` (with the callback's `dueAt` and `reason`) or a suggestion rule's id (with its
   * `due` day); a rule this version does not know is still shown by the narrative's words.
   */
  nextAction: v.optional(
    v.strictObject({
      ruleId: filled(64),
      key: filled(300),
      urgency: v.number(),
      due: v.optional(CalendarDateSchema),
      dueAt: v.optional(TimestampSchema),
      reason: v.optional(text(500)),
    }),
  ),
});
export type HandoffSummary = v.InferOutput<typeof HandoffSummarySchema>;

/**
 * A handoff summary addressed to the user (domain/fhir/handoff.ts reads it from a Composition).
 * `summary` is the structured summary, which the panel formats for its reader; `sections` are the
 * words of the Composition's narrative, section by section, for a summary written before
 * Rapport carried the data (or by another writer), which has no `summary`. Both are a note to read,
 * not records to merge; the caseload shows it while the cover it was written for has not ended.
 */
export const HandoffNoteSchema = v.strictObject({
  serverId: FhirIdSchema,
  patientId: FhirIdSchema,
  clientId: v.optional(RecordIdSchema),
  /** The client's name as the writer's device had it: shown before this device holds the client. */
  clientName: v.optional(filled(200)),
  from: MemberReferenceSchema,
  fromDisplay: v.optional(filled(200)),
  to: MemberReferenceSchema,
  start: v.optional(TimestampSchema),
  end: v.optional(TimestampSchema),
  writtenAt: TimestampSchema,
  sections: v.pipe(v.array(v.strictObject({ code: filled(64), title: filled(200), lines: v.pipe(v.array(text(4000)), v.maxLength(100)) })), v.maxLength(20)),
  summary: v.optional(HandoffSummarySchema),
});
export type HandoffNote = v.InferOutput<typeof HandoffNoteSchema>;

/** A search for what changed resumes here: the newest change seen and the versions seen at that instant. */
const ChangesSinceSchema = v.strictObject({
  lastUpdated: v.optional(v.pipe(v.string(), v.maxLength(40))),
  seenAtInstant: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000)),
});

/** Care teams a team state holds at most. */
export const MAX_CARE_TEAMS = 100_000;

export const TeamStateSchema = v.strictObject({
  /** The server and user this describes: another connection or sign-in starts from nothing. */
  fhirBase: filled(2048),
  user: MemberReferenceSchema,
  /** The user's own name on the server, for the participant entries Rapport writes. */
  userDisplay: v.optional(filled(200)),
  role: v.picklist(TEAM_ROLES),
  /** The user's colleagues (Organization members on the server): who can cover, whom a supervisor sees. */
  colleagues: v.pipe(v.array(TeamMemberSchema), v.maxLength(1000)),
  /** The care teams of the patients this device syncs. */
  careTeams: v.pipe(v.array(CareTeamSchema), v.maxLength(MAX_CARE_TEAMS)),
  /** Handoff summaries colleagues addressed to the user, for patients in scope. */
  handoffs: v.optional(v.pipe(v.array(HandoffNoteSchema), v.maxLength(100_000))),
  refreshedAt: TimestampSchema,
  /** Where the next round's search for changed CareTeams starts (sync/team.ts). */
  careTeamsSince: v.optional(ChangesSinceSchema),
  /** The same for the handoff Compositions (sync/handoff.ts). */
  handoffsSince: v.optional(ChangesSinceSchema),
  /** When the CareTeams were last searched whole rather than by what changed. */
  fullRefreshAt: v.optional(TimestampSchema),
});
export type TeamState = v.InferOutput<typeof TeamStateSchema>;

/** Which cover a period is: a colleague can cover twice, in different periods. */
export const coverKey = (cover: { colleague: string; start: number; end: number }) => `${cover.colleague}|${cover.start}|${cover.end}`;
