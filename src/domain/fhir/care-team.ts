import * as v from 'valibot';
import { CARE_TEAM_ROLES, CareTeamParticipantSchema, CareTeamSchema, type CareTeam, type CareTeamParticipant, type CareTeamRole } from '../../model/team';
import { instant, isObject, list, patientIdOf, type Json } from './read';
import { iso } from './resource-parts';

/**
 * A client's care team ⇄ FHIR R4 CareTeam. `subject` is the client's Patient; each participant is
 * a `member` reference with its display name, one `role` coded in Rapport's CodeSystem below, and
 * a `period`. Roles from other systems (an EHR's own) are kept on the server untouched and read
 * here as `member`: Rapport interprets only the codes it defines.
 */

/** Rapport's CodeSystem for a participant's part in a client's care (codes: CARE_TEAM_ROLES). */
export const CARE_TEAM_ROLE_SYSTEM = 'https://rapport.care/fhir/CodeSystem/care-team-role';
/**
 * The identifier Rapport gives a CareTeam it creates: the Patient's server id. Creation is
 * conditional on it, so two devices (or a replay) claiming one client make one team, not two.
 */
export const CARE_TEAM_IDENTIFIER_SYSTEM = 'https://rapport.care/fhir/identifier/care-team-of-patient';

const ROLE_DISPLAY: Record<CareTeamRole, string> = {
  primary: 'Primary care manager',
  covering: 'Covering care manager',
  supervisor: 'Supervisor',
  member: 'Team member',
};
const INACTIVE = new Set(['inactive', 'suspended', 'entered-in-error']);

/** `https://server/fhir/Practitioner/7` and `Practitioner/7` name one person: compare the relative form. */
export function relativeReference(reference: string): string {
  const match = reference.match(/(?:^|\/)((?:Practitioner|PractitionerRole|Person|RelatedPerson|Organization|Patient)\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/);
  return match?.[1] ?? reference;
}

export function participantElement(participant: CareTeamParticipant): Json {
  const period = { ...(participant.start !== undefined ? { start: iso(participant.start) } : {}), ...(participant.end !== undefined ? { end: iso(participant.end) } : {}) };
  return {
    role: [{ coding: [{ system: CARE_TEAM_ROLE_SYSTEM, code: participant.role, display: ROLE_DISPLAY[participant.role] }] }],
    member: { reference: participant.member, ...(participant.display ? { display: participant.display } : {}) },
    ...(Object.keys(period).length ? { period } : {}),
  };
}

/** A new CareTeam for a client: created by Rapport when a client it pushed has none on the server. */
export function careTeamResource(patientId: string, participants: readonly CareTeamParticipant[]): Json {
  return {
    resourceType: 'CareTeam',
    identifier: [{ system: CARE_TEAM_IDENTIFIER_SYSTEM, value: patientId }],
    status: 'active',
    name: 'Care management',
    subject: { reference: `Patient/${patientId}` },
    participant: participants.map(participantElement),
  };
}

function roleOf(participant: Json): CareTeamRole {
  for (const concept of list(participant.role)) {
    for (const coding of list(concept.coding)) {
      if (coding.system === CARE_TEAM_ROLE_SYSTEM && (CARE_TEAM_ROLES as readonly unknown[]).includes(coding.code)) return coding.code as CareTeamRole;
    }
  }
  return 'member';
}

function readParticipant(participant: Json): CareTeamParticipant | undefined {
  const member = isObject(participant.member) ? participant.member : undefined;
  if (typeof member?.reference !== 'string') return undefined;
  const period = isObject(participant.period) ? participant.period : {};
  const display = typeof member.display === 'string' ? member.display.trim().slice(0, 200) : '';
  const start = instant(period.start);
  const end = instant(period.end);
  return {
    member: relativeReference(member.reference),
    ...(display ? { display } : {}),
    role: roleOf(participant),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  };
}

export type CareTeamRead = { kind: 'record'; team: CareTeam } | { kind: 'problem'; problem: string };

/**
 * A server CareTeam → the team of one client. A participant the model cannot hold (a member that is
 * not a person's reference, a group) is left out rather than failing the whole team.
 */
export function readCareTeam(resource: Json): CareTeamRead {
  const patientId = patientIdOf(resource.subject);
  const id = typeof resource.id === 'string' ? resource.id : '';
  if (!patientId) return { kind: 'problem', problem: `CareTeam ${id}: its subject is not a Patient` };
  const participants = list(resource.participant)
    .flatMap((participant) => readParticipant(participant) ?? [])
    .filter((participant) => v.safeParse(CareTeamParticipantSchema, participant).success);
  const meta = isObject(resource.meta) ? resource.meta : {};
  const parsed = v.safeParse(CareTeamSchema, {
    serverId: id,
    ...(typeof meta.versionId === 'string' ? { versionId: meta.versionId } : {}),
    patientId,
    active: !INACTIVE.has(String(resource.status)),
    participants: participants.slice(0, 100),
  });
  return parsed.success ? { kind: 'record', team: parsed.output } : { kind: 'problem', problem: `CareTeam ${id}: ${parsed.issues[0].message}`.slice(0, 300) };
}

const sameParticipant = (a: CareTeamParticipant, b: CareTeamParticipant) => a.member === b.member && a.role === b.role;

/**
 * A member holds a role once (a new primary period replaces the old), but covers once per period:
 * a colleague covering a week in May and again in August is on the team for both.
 */
const samePlace = (read: CareTeamParticipant, participant: CareTeamParticipant) =>
  sameParticipant(read, participant) && (participant.role !== 'covering' || (read.start === participant.start && read.end === participant.end));

/**
 * The server's CareTeam with `participant` added, or its period replaced when that member already
 * has that role (for a cover: that very period): every other element and participant, including
 * those other tools wrote, stays as the server has it. Applied to a fresh read after a 412, so a
 * colleague's change is kept.
 */
export function withParticipant<R extends Json>(server: R, participant: CareTeamParticipant): R {
  const others = list(server.participant).filter((element) => {
    const read = readParticipant(element);
    return !read || !samePlace(read, participant);
  });
  return { ...server, participant: [...others, participantElement(participant)] };
}

/**
 * The server's CareTeam with one cover called off at `now`, by its period alone (R4's participant
 * has no status, and a removed participant leaves no trace on servers that keep no history): one
 * under way ends now, the days it ran stay on record; one not yet begun becomes the instant it was
 * called off, because an end before the planned start breaks FHIR's period rule (per-1) and an end
 * at the planned start would keep the client in the colleague's sync scope until that day.
 * Undefined when the team has no such cover (called off already): a replay writes nothing.
 */
export function withCoverEnded<R extends Json>(server: R, cover: CareTeamParticipant, now: number): R | undefined {
  let found = false;
  const participant = list(server.participant).flatMap((element) => {
    const read = readParticipant(element);
    if (!read || !sameParticipant(read, cover) || read.start !== cover.start || read.end !== cover.end) return [element];
    found = true;
    const period = isObject(element.period) ? element.period : {};
    if (cover.start !== undefined && now < cover.start) return [{ ...element, period: { ...period, start: iso(now), end: iso(now) } }];
    return [{ ...element, period: { ...period, end: iso(now) } }];
  });
  return found ? { ...server, participant } : undefined;
}
