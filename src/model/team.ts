import * as v from 'valibot';
import { filled, RecordIdSchema, text, TimestampSchema } from './values';

/**
 * The care team as the organisation's FHIR server states it, kept on this device: who works with
 * each client (a CareTeam per client, domain/fhir/care-team.ts maps it), and the signed-in user's
 * place in the team (a PractitionerRole, sync/team.ts). All of it is derived from the server and
 * replaced whole on every sync round, so it lives beside the rest of team sync's device state
 * (store/team.ts), sealed when a passphrase is set, and never in a backup: a backup restored
 * elsewhere would describe a team as it was, and the next round states it as it is.
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

/**
 * A handoff summary addressed to the user (domain/fhir/handoff.ts reads it from a Composition):
 * kept as the words the colleague wrote, section by section, because it is a note to read, not
 * records to merge; the caseload shows it while the cover it was written for has not ended.
 */
export const HandoffNoteSchema = v.strictObject({
  serverId: FhirIdSchema,
  patientId: FhirIdSchema,
  clientId: v.optional(RecordIdSchema),
  from: MemberReferenceSchema,
  fromDisplay: v.optional(filled(200)),
  to: MemberReferenceSchema,
  start: v.optional(TimestampSchema),
  end: v.optional(TimestampSchema),
  writtenAt: TimestampSchema,
  sections: v.pipe(v.array(v.strictObject({ code: filled(64), title: filled(200), lines: v.pipe(v.array(text(4000)), v.maxLength(100)) })), v.maxLength(20)),
});
export type HandoffNote = v.InferOutput<typeof HandoffNoteSchema>;

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
  careTeams: v.pipe(v.array(CareTeamSchema), v.maxLength(100_000)),
  /** Handoff summaries colleagues addressed to the user, for patients in scope. */
  handoffs: v.optional(v.pipe(v.array(HandoffNoteSchema), v.maxLength(100_000))),
  refreshedAt: TimestampSchema,
});
export type TeamState = v.InferOutput<typeof TeamStateSchema>;
