import type { CareTeam, CareTeamParticipant } from '../../model/team';

/**
 * Who is on a client's care team when: the rules every team feature shares (which patients a
 * device syncs, whose client a caseload row is, who covers).
 */

/** On the team at `at`: the period has begun and not ended (an open side is unbounded). */
export function activeAt(participant: CareTeamParticipant, at: number): boolean {
  return (participant.start === undefined || participant.start <= at) && (participant.end === undefined || at <= participant.end);
}

/**
 * Still to be on the team after `now`: a coverage that starts next week already counts, so the
 * colleague's device has the clients and the handoff before the first day of cover.
 */
export function notEnded(participant: CareTeamParticipant, now: number): boolean {
  return participant.end === undefined || now <= participant.end;
}

/**
 * The patients (server ids) whose data a device syncs: those of the active care teams on which any
 * of `people` is a participant whose period has not ended. A patient whose team no longer lists
 * them drops out; what the device already holds for that client stays (see sync/pull-changes.ts).
 */
export function patientsInScope(careTeams: readonly CareTeam[], people: ReadonlySet<string>, now: number): Set<string> {
  const patients = new Set<string>();
  for (const team of careTeams) {
    if (team.active && team.participants.some((participant) => people.has(participant.member) && notEnded(participant, now))) patients.add(team.patientId);
  }
  return patients;
}

/**
 * The client's primary care manager at `at`: the primary participant whose period holds `at`; of
 * several (a handover recorded without closing the old period), the one who started last.
 */
export function primaryAt(team: CareTeam, at: number): CareTeamParticipant | undefined {
  let found: CareTeamParticipant | undefined;
  for (const participant of team.participants) {
    if (participant.role !== 'primary' || !activeAt(participant, at)) continue;
    if (!found || (participant.start ?? -Infinity) > (found.start ?? -Infinity)) found = participant;
  }
  return found;
}
